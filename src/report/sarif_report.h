// SARIF 2.1.0 for code scanning: one run for every file scored (code scanning rejects several runs of one tool).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

/// One SARIF log with one run: the rules' metadata (with a helpUri each), every report's findings at
/// repository-relative URIs, and each file's score under the run's properties. A PDF or DOCX finding names its
/// file and page but no region: its line is a line of the extracted text, not of the file.
nlohmann::ordered_json reports_to_sarif(const std::vector<Report>& reports, const RuleSet& rules);

/// The URI code scanning resolves against the checkout: the path relative to the root of the git repository
/// that holds it (else to the working folder), percent-encoded; a file outside both is an absolute file:// URI.
/// relative_to_root tells which.
std::string sarif_uri(const std::string& path, bool& relative_to_root);

}  // namespace bescore
