#include "engine/score_file.h"

#include <unistd.h>

#include <cstdlib>

#include "parse/parser.h"
#include "score/not_resume.h"

namespace bescore {

namespace {

// Test-only (docs/hardening.md): scoring a path that contains $BESCORE_TEST_HANG_ON hangs, as a PDF that sends the
// PDF library into a loop would, and one that contains $BESCORE_TEST_CRASH_ON aborts, as a crash in a library
// would; the tests check that --timeout and the forked children cost that file only.
void misbehave_if_asked(const std::string& path) {
  auto named = [&](const char* variable) {
    const char* part = std::getenv(variable);
    return part && *part && path.find(part) != std::string::npos;
  };
  if (named("BESCORE_TEST_CRASH_ON")) std::abort();
  if (named("BESCORE_TEST_HANG_ON"))
    for (;;) pause();
}

}  // namespace

Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits, bool refuse_non_resumes) {
  return score_file(path, [&](const Document&, std::optional<Resume>&) -> const RuleSet& { return rules; }, limits,
                    refuse_non_resumes);
}

Outcome score_file(const std::string& path, const RulesFor& rules_for, const ExtractLimits& limits,
                   bool refuse_non_resumes) {
  misbehave_if_asked(path);
  Outcome o;
  o.file = path;
  auto doc = extract_file(path, limits);
  if (!doc) { o.error = doc.error(); return o; }
  if (doc->lines.empty()) { o.error = "no text found in the file"; return o; }
  std::optional<Resume> read;
  const RuleSet& rules = rules_for(*doc, read);
  Resume resume = read ? std::move(*read) : parse_resume(*doc, rules.vocabulary);
  if (std::string why = refuse_non_resumes ? not_a_resume(*doc, resume) : ""; !why.empty()) {
    o.error = why;
    o.not_a_resume = true;
    return o;
  }
  o.report = score_resume(std::move(resume), rules);
  return o;
}

}  // namespace bescore
