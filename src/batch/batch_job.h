// `bescore batch --job POSTING` and `batch --rules auto`: what the parent prepares once before forking (the posting
// read and its asked skills, every path set loaded) and what each child does with it (pick its file's set, match
// its resume to the posting). The judgement itself is src/match/ and src/rules/pick_ruleset.h.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "cli/score_files.h"
#include "document.h"
#include "report/cohort_match.h"
#include "rules/ruleset.h"

namespace bescore {

struct BatchJob {
  std::shared_ptr<const Document> posting;  ///< The posting's text, read once by --job's parse step; null without --job.
  CohortPosting cohort_posting;             ///< Its title, file and asked skills, for the cohort outputs.
  bool rules_auto = false;                  ///< Each file scored by the path set pick_ruleset gives it.
  std::map<std::string, std::shared_ptr<const RuleSet>> path_sets;  ///< With rules_auto: every set it can pick.
};

/// Reads what the children share: the posting's asked skills (with rules' lexicon) and, for --rules auto, the
/// path sets (loaded before the first fork, so each child has them for free). An unloadable set is an error.
Result<BatchJob> prepare_batch_job(std::shared_ptr<const Document> posting, const std::string& posting_file,
                                   bool rules_auto, const RuleSet& rules);

/// In a child: extracts, parses and scores the file with rules (or the set picked for it), and matches it to
/// the posting when there is one.
Outcome score_for_batch(const std::string& path, const RuleSet& rules, const ExtractLimits& limits, const BatchJob& job);

}  // namespace bescore
