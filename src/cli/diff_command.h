// `bescore diff OLD NEW`: what changed between two versions of a resume (or two JSON reports) —
// the line a pull-request comment wants: "78 → 84: fixed 3, new 1".
#pragma once
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/score_command.h"
#include "rules/ruleset.h"

namespace bescore {

/// The difference between two JSON reports: score and categories before/after, findings fixed and new.
nlohmann::ordered_json diff_reports(const nlohmann::json& before, const nlohmann::json& after);

/// The difference as text ("78 → 84 (+6): fixed 3, new 1" and the lines) or json. Returns 0.
int write_diff(const nlohmann::ordered_json& diff, const std::string& format, std::ostream& out);

/// Reads or scores OLD and NEW and prints their difference (text or json); exit 0, or 2 on bad input.
int run_diff(const std::string& old_path, const std::string& new_path, const std::string& format,
             const RuleSet& rules, const ScoreOptions& options, std::ostream& out, std::ostream& err);

}  // namespace bescore
