// The HTML reports' style sheets and scripts: src/report/assets/*.css and *.js, compiled into the binary at build time
// (cmake/embed_files.cmake) so a report stays one self-contained page, and edited as CSS and JavaScript files.
#pragma once
#include <string>
#include <vector>

#include "base/embedded_file.h"

namespace bescore {

/// Every src/report/assets/* file, sorted by name.
const std::vector<EmbeddedFile>& embedded_report_assets();

/// The content of src/report/assets/NAME ("resume-report.css"); a name that is not there is a build error caught by the tests.
std::string report_asset(const char* name);

}  // namespace bescore
