// `bescore diff OLD NEW`: both versions read or scored through the engine (src/engine/saved_report.h) under
// --timeout, and their difference (src/report/report_diff.h) printed.
#pragma once
#include <iosfwd>
#include <string>

#include "check/ruleset.h"
#include "engine/score_run.h"

namespace bescore {

/// Reads or scores OLD and NEW and prints their difference (text or json); exit 0, or 2 on bad input.
int run_diff(const std::string& old_path, const std::string& new_path, const std::string& format,
             const RuleSet& rules, const ScoreOptions& options, std::ostream& out, std::ostream& err);

}  // namespace bescore
