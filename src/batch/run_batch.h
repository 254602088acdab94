// bescore batch: scores a cohort of resumes in a pool of worker processes into CSV, JSON Lines or a
// self-contained HTML report, with a summary on stdout (docs/batch.md); or joins shards (--merge).
#pragma once
#include <iosfwd>

#include "batch/batch_options.h"

namespace bescore {

struct RuleSet;

/// Runs the batch; returns 0 when all were scored (or skipped as not resumes), 2 when any file failed or on
/// usage errors, 1 when a file fails its
/// thresholds (--fail-under, --fail-on or its .bescore.json's, as `bescore FILE` judges it) and none failed.
int run_batch(const BatchOptions& options, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace bescore
