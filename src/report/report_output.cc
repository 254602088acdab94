#include "report/report_output.h"

#include <ostream>

#include "base/output_guard.h"
#include "report/ats_reading.h"
#include "report/ci_reports.h"
#include "report/html_files.h"
#include "report/json_report.h"
#include "report/sarif_report.h"

namespace bescore {

int write_reports(std::vector<Report>& reports, const ReportOutput& o, const RuleSet& rules, std::ostream& out,
                  std::ostream& err) {
  int code = 0;
  if (o.format == "json" || o.format == "jsonl") {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& r : reports) all.push_back(o.dump_text || o.as_ats ? resume_to_json(r.resume) : report_to_json(r));
    // A file name need not be UTF-8: its invalid bytes become U+FFFD instead of ending the run.
    const auto replace = nlohmann::json::error_handler_t::replace;
    if (o.format == "jsonl")  // one report a line, however many files: what a script streams
      for (const auto& j : all) out << j.dump(-1, ' ', false, replace) << "\n";
    else
      out << (all.size() == 1 && o.files == 1 ? all[0] : all).dump(2, ' ', false, replace) << "\n";
  } else if (o.format == "sarif") {
    out << reports_to_sarif(reports, rules).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    for (size_t i = 0; i < reports.size(); ++i) {
      Report& r = reports[i];
      if (o.format == "text" || o.format == "line") r.file = terminal_safe(r.file);  // shown on a terminal
      if (o.format == "line") out << report_to_lines(r);
      else if (o.format == "github") out << report_to_github(r);
      else if (o.format == "html") { if (write_html_report(r, o.html_file, out, err) != 0) code = 2; }
      else {
        if (i) out << "\n";
        out << (o.as_ats                ? readings_to_text(r.resume)
                : o.dump_text           ? resume_to_text(r.resume)
                                        : report_to_text(r, o.style));
      }
    }
  }
  return code;
}

}  // namespace bescore
