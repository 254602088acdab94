// The cohort as CSV: one row per resume (RFC 4180 quoting, LF line ends), rows written as they come.
#pragma once
#include <string>
#include <vector>

#include "report/cohort_summary.h"
#include "rules/ruleset.h"

namespace bescore {

/// How many of a resume's biggest fixes a row lists.
inline constexpr size_t kCsvFixes = 3;

/// One field, quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& value);

/// The header: file, score, one column per category id, fixN_rule/fixN_points/fixN_message, error.
std::string cohort_csv_header(const std::vector<Category>& categories);

/// One resume's row; a failed file has only its file and error.
std::string cohort_csv_row(const CohortEntry& entry, const std::vector<Category>& categories);

}  // namespace bescore
