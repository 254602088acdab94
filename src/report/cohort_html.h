// The cohort as one self-contained HTML page: inline CSS and SVG, a few lines of inline script to sort the
// table, nothing from the network. Every text is escaped; the bytes depend only on the entries.
#pragma once
#include <string>
#include <vector>

#include "report/cohort_match.h"
#include "report/cohort_summary.h"
#include "check/ruleset.h"

namespace bescore {


/// The page: score tiles, a histogram of scores, category averages, the share of resumes failing each rule,
/// and a sortable table of resumes whose rows open (<details>) to their findings and fixes. With a posting
/// (match), a section on who fits and what the cohort lacks, and Match and Title columns; a row whose entry has
/// a report_link links to it.
std::string cohort_to_html(const std::vector<CohortEntry>& entries, const CohortSummary& summary,
                           const std::string& ruleset_label, const CohortMatch* match = nullptr);

/// The columns of the table of resumes: a column per category, in this order, and the optional ones.
struct CohortTableColumns {
  std::vector<Category> categories;
  bool rules = false;  ///< Rules: the set --rules auto picked.
  bool match = false;  ///< Match and Title (--job).
};

/// The same page in three parts, so a batch can write each resume's row as it comes and the numbers above the
/// table at the end: everything up to the table's rows (resumes: how many rows there are) ...
std::string cohort_html_top(size_t resumes, const CohortSummary& summary, const std::string& ruleset_label,
                            const CohortMatch* match, const CohortTableColumns& table);
/// ... one resume's rows (position: its number in the # column, from 1) ...
std::string cohort_html_row(const CohortEntry& entry, size_t position, const CohortTableColumns& table);
/// ... and what closes the page.
std::string cohort_html_bottom();

}  // namespace bescore
