// Writers for CI: one-line diagnostics, GitHub Actions workflow commands and job summary, SARIF 2.1.0.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rules/ruleset.h"
#include "score/report.h"

namespace bescore {

/// `FILE:LINE:COL: severity: message [rule]`, the shape compilers and editors understand.
std::string report_to_lines(const Report& report);

/// GitHub Actions `::error file=…,line=…,title=…::…` commands, at most `limit` of them (GitHub's
/// per-step cap); the rest are left to the job summary.
std::string report_to_github(const Report& report, size_t limit = 50);

/// A Markdown job summary (for $GITHUB_STEP_SUMMARY): score table and every finding.
std::string reports_to_summary(const std::vector<Report>& reports);

/// One SARIF 2.1.0 log, one run per report, with the rules' metadata and the score as a run property.
nlohmann::ordered_json reports_to_sarif(const std::vector<Report>& reports, const RuleSet& rules);

}  // namespace bescore
