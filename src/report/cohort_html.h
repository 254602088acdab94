// The cohort as one self-contained HTML page: inline CSS and SVG, a few lines of inline script to sort the
// table, nothing from the network. Every text is escaped; the bytes depend only on the entries.
#pragma once
#include <string>
#include <vector>

#include "report/cohort_match.h"
#include "report/cohort_summary.h"

namespace bescore {

/// `&`, `<`, `>`, `"` and `'` as entities.
std::string html_escape(const std::string& text);

/// The page: score tiles, a histogram of scores, category averages, the share of resumes failing each rule,
/// and a sortable table of resumes whose rows open (<details>) to their findings and fixes. With a posting
/// (match), a section on who fits and what the cohort lacks, and Match and Title columns; a row whose entry has
/// a report_link links to it.
std::string cohort_to_html(const std::vector<CohortEntry>& entries, const CohortSummary& summary,
                           const std::string& ruleset_label, const CohortMatch* match = nullptr);

}  // namespace bescore
