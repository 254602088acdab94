// The HTML report and the annotated PDF of a scored file as files: the I/O around the pure writers of src/report
// (rendering the pages, reading the source again, writing the files). Errors are one line on err and exit code 2.
#pragma once
#include <iosfwd>
#include <string>

#include "score/report.h"

namespace bescore {

/// The HTML report of one file: PDF pages rendered (or, when they cannot be, a note saying why) or the source
/// text read again; written to out_file, or to out when it is empty. Returns 0 or 2.
int write_html_report(const Report& report, const std::string& out_file, std::ostream& out, std::ostream& err);

/// The input PDF copied to out_file with a highlight and note per finding. Returns 0 or 2.
int write_annotated_pdf(const Report& report, const std::string& out_file, std::ostream& err);

}  // namespace bescore
