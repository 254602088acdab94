// Where a batch's results go: a .csv, .jsonl or .html file, written under a temporary name in the same
// folder and renamed into place when complete. CSV and JSON Lines rows are flushed as they come, so an
// interrupted batch leaves its rows so far in the temporary file.
#pragma once
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "error.h"
#include "report/cohort_csv.h"
#include "report/cohort_match.h"
#include "report/cohort_summary.h"
#include "rules/ruleset.h"

namespace bescore {

class CohortFile {
 public:
  enum class Kind { csv, jsonl, html };

  /// Checks the extension and opens the temporary file ("x.csv" → "x.csv.<pid>.partial").
  /// columns: what the CSV adds to its standard columns (--reports, --rules auto, --job).
  static Result<std::unique_ptr<CohortFile>> open(const std::string& path, const RuleSet& rules,
                                                  const CohortColumns& columns = {});

  /// One more resume, in input order; report is its (possibly redacted) JSON, null when it failed.
  void add(const CohortEntry& entry, const nlohmann::ordered_json& report);

  /// Writes what needs the whole cohort (HTML, with the posting's section when match is given), closes and
  /// renames into place.
  Result<std::string> finish(const std::vector<CohortEntry>& entries, const CohortSummary& summary,
                             const CohortMatch* match = nullptr);

 private:
  CohortFile(std::string path, Kind kind, const RuleSet& rules, const CohortColumns& columns);

  std::string path_, temp_;
  Kind kind_;
  std::vector<Category> categories_;
  std::string ruleset_label_;
  CohortColumns columns_;
  std::ofstream file_;
};

}  // namespace bescore
