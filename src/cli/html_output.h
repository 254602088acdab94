// --format html and --annotate for a scored file: the I/O around the pure writers of src/report (rendering the
// pages, reading the source again, writing the files). Errors are one line on err and exit code 2.
#pragma once
#include <iosfwd>
#include <string>

#include "cli/score_command.h"
#include "score/report.h"

namespace bescore {

/// What is wrong with --out, --annotate or --format html next to the other options, or empty.
std::string html_options_problem(const ScoreOptions& options);

/// The HTML report of one file: PDF pages rendered (or, when they cannot be, a note saying why) or the source
/// text read again; written to out_file, or to out when it is empty. Returns 0 or 2.
int write_html_report(const Report& report, const std::string& out_file, std::ostream& out, std::ostream& err);

/// The input PDF copied to out_file with a highlight and note per finding. Returns 0 or 2.
int write_annotated_pdf(const Report& report, const std::string& out_file, std::ostream& err);

}  // namespace bescore
