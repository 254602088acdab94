// What changed between two versions of a resume, from their JSON reports: the score and categories before and
// after, and the findings fixed and new (a finding is the same finding when its rule, words and message are, wherever
// its line moved) — the line a pull-request comment wants: "78 → 84 (+6): fixed 3, new 1". `bescore diff`.
#pragma once
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

namespace bescore {

/// The difference between two JSON reports: score and categories before/after, findings fixed and new.
nlohmann::ordered_json diff_reports(const nlohmann::json& before, const nlohmann::json& after);

/// The difference as text ("78 → 84 (+6): fixed 3, new 1" and the lines) or json. Returns 0.
int write_diff(const nlohmann::ordered_json& diff, const std::string& format, std::ostream& out);

}  // namespace bescore
