// `bescore batch --job POSTING`: what the parent prepares once before forking (the posting read and its asked
// skills, for the cohort outputs). Each child scores its file through the engine (src/engine/engine.h), which
// matches it to the posting and picks its set with --rules auto.
#pragma once
#include <memory>
#include <string>

#include "base/result.h"
#include "document.h"
#include "report/cohort_match.h"
#include "check/ruleset.h"

namespace bescore {

struct BatchJob {
  std::shared_ptr<const Document> posting;  ///< The posting's text, read once by --job's parse step; null without --job.
  CohortPosting cohort_posting;             ///< Its title, file and asked skills, for the cohort outputs.
};

/// Reads what the cohort outputs show of the posting: its title and asked skills (with rules' lexicon).
BatchJob prepare_batch_job(std::shared_ptr<const Document> posting, const std::string& posting_file, const RuleSet& rules);

}  // namespace bescore
