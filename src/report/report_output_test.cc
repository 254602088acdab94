// The reports of one run in the format asked: JSON is one object for one file and an array for several.
#include "report/report_output.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

std::string written(std::vector<Report> reports, const ReportOutput& output) {
  std::ostringstream out, err;
  CHECK(write_reports(reports, output, backend_rules(), out, err) == 0);
  CHECK(err.str().empty());
  return out.str();
}

}  // namespace

TEST_CASE("write_reports: one JSON object for one file, an array for several, one line each in jsonl") {
  Report r = score_text(strong_resume());
  ReportOutput json;
  json.format = "json";
  CHECK(written({r}, json).rfind("{\n", 0) == 0);
  json.files = 2;
  CHECK(written({r}, json).rfind("[\n", 0) == 0);  // two files given, one could not be read
  ReportOutput lines = json;
  lines.format = "jsonl";
  std::string two = written({r, r}, lines);
  CHECK(std::count(two.begin(), two.end(), '\n') == 2);
  ReportOutput text;
  CHECK(written({r}, text) == report_to_text(r, text.style));
}
