// The cohort as CSV: one row per resume (RFC 4180 quoting, LF line ends), rows written as they come.
#pragma once
#include <string>
#include <vector>

#include "report/cohort_summary.h"
#include "check/ruleset.h"

namespace bescore {

/// How many of a resume's biggest fixes a row lists.
inline constexpr size_t kCsvFixes = 3;

/// Columns a batch adds to the standard ones, each only when its option is given.
struct CohortColumns {
  bool report = false;  ///< `report`, after `file`: the resume's HTML report (--reports).
  bool rules = false;   ///< `rules`, after `score`: the set --rules auto picked.
  bool match = false;   ///< `match`, `title_match`, `fits`, `missing_required`, after `rules` (--job).
};

/// One field, quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& value);

/// The header: file, score, one column per category id, fixN_rule/fixN_points/fixN_message, error (and the
/// columns asked for, in the places CohortColumns says).
std::string cohort_csv_header(const std::vector<Category>& categories, const CohortColumns& columns = {});

/// One resume's row; a failed file has only its file and error.
std::string cohort_csv_row(const CohortEntry& entry, const std::vector<Category>& categories,
                           const CohortColumns& columns = {});

}  // namespace bescore
