#include "report/cohort_csv.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("CSV fields are quoted only when they must be") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("CSV cells a spreadsheet would run as a formula are made inert with a leading apostrophe") {
  CHECK(csv_field("=HYPERLINK(\"http://x.example\",\"cv\").pdf") == "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"cv\"\").pdf\"");
  CHECK(csv_field("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
  CHECK(csv_field("-2+3") == "'-2+3");
  CHECK(csv_field("@SUM(A1:A9)") == "'@SUM(A1:A9)");
  CHECK(csv_field("\t=1") == "'\t=1");
  CHECK(csv_field("\r=1") == "\"'\r=1\"");
  CHECK(csv_field("-3") == "-3");  // numbers stay numbers
  CHECK(csv_field("71") == "71");
  CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("a CSV row has a cell per header column, scored or not") {
  std::vector<Category> cats = {{"impact", "impact", 24}, {"evidence", "evidence", 8}};
  CHECK(cohort_csv_header(cats) ==
        "file,score,impact,evidence,fix1_rule,fix1_points,fix1_message,fix2_rule,fix2_points,fix2_message,"
        "fix3_rule,fix3_points,fix3_message,confidence,flag,error\n");
  CohortEntry e;
  e.file = "a, b.txt";
  e.score = 71;
  e.categories = {{"impact", "impact", 24, 20, ""}, {"evidence", "evidence", 8, 4, ""}};
  e.findings = {{"evidence/links", "warning", "evidence", "no GitHub profile", "add it", 4, {}, "", {}, false}};
  CHECK(cohort_csv_row(e, cats) == "\"a, b.txt\",71,20,4,evidence/links,4,no GitHub profile,,,,,,,100,,\n");
  CHECK(cohort_csv_row(failed_entry("x.pdf", "file is empty"), cats) == "x.pdf,,,,,,,,,,,,,,,file is empty\n");
  // A resume read with low confidence is flagged instead of ranked.
  e.confidence = 41;
  e.low_confidence = true;
  CHECK(cohort_csv_row(e, cats) ==
        "\"a, b.txt\",71,20,4,evidence/links,4,no GitHub profile,,,,,,,41,low reading confidence (41%): not ranked,\n");
}
