// How `bescore FILE...` writes the reports of one run in the format asked (--format, --dump-text, --as-ats): every
// report of the run at once, since JSON makes an array of them and SARIF one run for all files.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "report/text_report.h"
#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

/// What the reports are written as.
struct ReportOutput {
  std::string format = "text";  ///< text, json, jsonl, line, github, sarif, html
  bool dump_text = false;       ///< --dump-text: what was read, as text or JSON, instead of the report
  bool as_ats = false;          ///< --as-ats: the text a plain extractor gets, beside bescore's reading
  TextStyle style;              ///< the text report's colours, findings shown and width
  size_t files = 1;             ///< files given: json writes an array unless one file gave one report
  std::string html_file;        ///< html: the file to write (standard output when empty)
};

/// Writes the reports; returns 0, or 2 when an HTML report could not be written (said on err).
int write_reports(std::vector<Report>& reports, const ReportOutput& output, const RuleSet& rules, std::ostream& out,
                  std::ostream& err);

}  // namespace bescore
