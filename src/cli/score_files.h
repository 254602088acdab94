// Scoring a list of files with one rule set: extraction errors become one-line messages, the rest go on.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "rules/ruleset.h"
#include "score/report.h"

namespace bescore {

/// One input's outcome: a report, or the one-line cause it could not be read.
struct Outcome {
  std::string file;
  std::optional<Report> report;
  std::string error;
};

/// Extracts, parses and scores one file.
Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits);

}  // namespace bescore
