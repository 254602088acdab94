#include "batch/report_files.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("report names come from the path below the common folder, sanitised and never twice") {
  auto names = report_names({"in/a/Jo Doe.pdf", "in/b/x.txt", "in/a/Jo_Doe.pdf", "in/a/jo doe.pdf", "in/../up.md"}, false);
  CHECK(names == std::vector<std::string>{"in__a__Jo_Doe.pdf.html", "in__b__x.txt.html", "in__a__Jo_Doe.pdf-2.html",
                                          "in__a__jo_doe.pdf-3.html", "up.md.html"});
  CHECK(report_names({"cohort/a/x.pdf", "cohort/b/.hidden.txt"}, false) ==
        std::vector<std::string>{"a__x.pdf.html", "b__.hidden.txt.html"});
  CHECK(report_names({"/abs/only.pdf"}, false) == std::vector<std::string>{"only.pdf.html"});
  CHECK(report_names({"../x/.x.md"}, false) == std::vector<std::string>{"_.x.md.html"});
}

TEST_CASE("under redaction a report is named by its batch position only") {
  CHECK(report_names({"Maya Lindqvist.pdf", "b/jordan.txt"}, true) == std::vector<std::string>{"resume-1.html", "resume-2.html"});
}
