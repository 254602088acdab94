// Where a batch's results go: a .csv, .jsonl or .html file, written under a temporary name in the same folder
// and renamed into place when complete; or JSON Lines on stdout (`--out -`, a shard to append to others).
// Every row is written as it comes and nothing of it is kept: CSV and JSON Lines rows are flushed to the
// temporary file, the HTML table's rows go to a spool file, and the numbers above the table are written at the
// end from the running tally (src/report/cohort_summary.h).
#pragma once
#include <fstream>
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.h"
#include "report/cohort_csv.h"
#include "report/cohort_html.h"
#include "report/cohort_match.h"
#include "report/cohort_summary.h"
#include "check/ruleset.h"

namespace bescore {

class CohortFile {
 public:
  enum class Kind { csv, jsonl, html };

  /// Checks the extension and opens the temporary file ("x.csv" → "x.csv.<pid>.partial"); path "-" is JSON
  /// Lines on stdout. columns: what the CSV adds to its standard columns (--reports, --rules auto, --job).
  static Result<std::unique_ptr<CohortFile>> open(const std::string& path, const RuleSet& rules,
                                                  const CohortColumns& columns, std::ostream& stdout_stream);
  ~CohortFile();

  /// One more resume, in input order; report_line is its (possibly redacted) JSON report on one line, written as
  /// it is to JSON Lines; empty when it failed or was skipped, or when the file is not JSON Lines.
  void add(const CohortEntry& entry, std::string_view report_line);

  /// Whether add needs each scored resume's report line (JSON Lines) or only its entry (CSV, HTML).
  bool takes_reports() const { return kind_ == Kind::jsonl; }

  /// Writes what needs the whole cohort (HTML, with the posting's section when match is given), closes and
  /// renames into place.
  Result<std::string> finish(const CohortSummary& summary, const CohortMatch* match = nullptr);

 private:
  CohortFile(std::string path, Kind kind, const RuleSet& rules, const CohortColumns& columns);

  std::string path_, temp_, rows_path_;
  Kind kind_;
  std::vector<Category> categories_;
  std::string ruleset_label_;
  CohortColumns columns_;
  CohortTableColumns table_;
  std::ofstream file_, rows_;
  std::ostream* sink_ = &file_;
  size_t count_ = 0;
};

/// A report or a batch's line as JSON Lines writes it: on one line, invalid UTF-8 replaced.
std::string json_line(const nlohmann::ordered_json& json);

/// A JSON Lines line of a batch as an entry: a report, {"file", "error"} or {"file", "skipped"}.
CohortEntry entry_from_line(const nlohmann::ordered_json& line);

}  // namespace bescore
