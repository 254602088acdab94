#include "batch/batch_job.h"

#include "match/asked_skills.h"
#include "match/posting.h"

namespace bescore {

BatchJob prepare_batch_job(std::shared_ptr<const Document> posting, const std::string& posting_file, const RuleSet& rules) {
  BatchJob job;
  if (posting) {
    Posting p = read_posting(*posting, *rules.vocabulary.lexicon);
    job.cohort_posting.title = p.title;
    job.cohort_posting.file = posting_file;
    for (const auto& a : asked_skills(p, *rules.vocabulary.lexicon)) job.cohort_posting.asked.push_back({a.name, to_string(a.asked), ""});
    job.posting = std::move(posting);
  }
  return job;
}

}  // namespace bescore
