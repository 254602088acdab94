// Job postings (--job): the text reader, then the posting reader and skill extraction, then a match against a
// fixed resume.
#include "fuzz_common.h"
#include "match/job_match.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  const RuleSet& rules = fuzz::builtin_rules();
  static const Resume resume = [&] {
    auto doc = read_text("SUMMARY\nBackend engineer, Go and PostgreSQL.\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present\n"
                         "- Built a Kafka pipeline handling 2M events/day\n\nSKILLS\nGo, PostgreSQL, Kafka, Redis\n",
                         "resume.txt", false);
    if (!doc) std::abort();
    return parse_resume(*doc, rules.vocabulary);
  }();
  auto doc = read_text(std::string_view(reinterpret_cast<const char*>(data), size), "posting.md", true);
  if (!doc) return 0;
  Posting posting = read_posting(*doc, *rules.vocabulary.lexicon);
  JobMatch m = match_job(posting, asked_skills(posting, *rules.vocabulary.lexicon), resume, *rules.vocabulary.lexicon);
  if (m.percentage < -1 || m.percentage > 100) std::abort();
  return 0;
}
