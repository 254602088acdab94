// Writers for CI: one-line diagnostics, GitHub Actions workflow commands and job summary (SARIF: sarif_report.h).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

/// `FILE:LINE:COL: severity: message [rule]`, the shape compilers and editors understand.
std::string report_to_lines(const Report& report);

/// GitHub Actions `::error file=…,line=…,title=…::…` commands, at most `limit` of them (GitHub's
/// per-step cap); the rest are left to the job summary.
std::string report_to_github(const Report& report, size_t limit = 50);

/// A Markdown job summary (for $GITHUB_STEP_SUMMARY): score table and every finding, and why a file failed its
/// thresholds (failed_because[i] for reports[i], empty when it passed). Text from the resume and the rules is
/// escaped, so "<N>" in a fix template shows as written; a finding that costs nothing says 0, never -0.
std::string reports_to_summary(const std::vector<Report>& reports, const std::vector<std::string>& failed_because);

}  // namespace bescore
