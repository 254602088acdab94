#include "report/cohort_summary.h"

#include <doctest/doctest.h>

#include "report/json_report.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

CohortEntry scored(int score, std::vector<std::string> rules = {}) {
  CohortEntry e;
  e.file = "r" + std::to_string(score) + ".txt";
  e.score = score;
  e.categories = {{"impact", "impact", 24, score / 5, ""}, {"evidence", "evidence", 8, 8, ""}};
  for (const auto& r : rules) e.findings.push_back({r, "warning", "impact", "msg " + r, "fix " + r, 2, {}, "", {}, false});
  return e;
}

}  // namespace

TEST_CASE("an entry read back from the JSON report keeps score, categories and findings in order") {
  Report r = score_text(replace(strong_resume(), "- Redesigned the ledger schema with composite indexes, cutting average query time by 65% across 12 endpoints",
                                "- Responsible for database management"));
  CohortEntry e = entry_from_json(report_to_json(r));
  CHECK(e.scored());
  CHECK(e.file == "test.txt");
  CHECK(e.score == r.score);
  REQUIRE(e.categories.size() == r.categories.size());
  CHECK(e.categories[0].id == r.categories[0].id);
  CHECK(e.categories[0].score == r.categories[0].score);
  REQUIRE(e.findings.size() == r.findings.size());
  CHECK(e.findings[0].rule == r.findings[0].rule);
  CHECK(e.findings[0].points == r.findings[0].points);
  CHECK(e.findings[0].at == r.findings[0].at);
}

TEST_CASE("a batch worker's entry fields read back as the same entry as its whole report, without the document") {
  Report r = score_text(replace(strong_resume(), "- Redesigned the ledger schema with composite indexes, cutting average query time by 65% across 12 endpoints",
                                "- Responsible for database management"));
  auto report = report_to_json(r);
  report["match"] = {{"percentage", 62}, {"title", {{"verdict", "partial"}}},
                     {"skills", {{{"name", "Go"}, {"asked", "required"}, {"resume", "missing"}}}}};
  report["ruleset"]["picked_because"] = "the resume's titles";
  auto fields = entry_fields(report);
  CHECK_FALSE(fields.contains("document"));
  REQUIRE(fields["findings"].size() == report["findings"].size());
  REQUIRE_FALSE(report["findings"].empty());
  CHECK(report["findings"][0].contains("lines"));
  CHECK_FALSE(fields["findings"][0].contains("lines"));
  CHECK(fields.dump().size() * 3 < report.dump().size());

  CohortEntry whole = entry_from_json(report), part = entry_from_json(fields);
  CHECK(part.file == whole.file);
  CHECK(part.score == whole.score);
  CHECK(part.confidence == whole.confidence);
  CHECK(part.low_confidence == whole.low_confidence);
  CHECK(part.rules == whole.rules);
  CHECK(part.rules == r.ruleset_id);
  REQUIRE(part.categories.size() == whole.categories.size());
  for (size_t i = 0; i < part.categories.size(); ++i) {
    CHECK(part.categories[i].id == whole.categories[i].id);
    CHECK(part.categories[i].score == whole.categories[i].score);
    CHECK(part.categories[i].weight == whole.categories[i].weight);
  }
  REQUIRE(part.findings.size() == whole.findings.size());
  for (size_t i = 0; i < part.findings.size(); ++i) {
    CHECK(part.findings[i].rule == whole.findings[i].rule);
    CHECK(part.findings[i].message == whole.findings[i].message);
    CHECK(part.findings[i].fix == whole.findings[i].fix);
    CHECK(part.findings[i].points == whole.findings[i].points);
    CHECK(part.findings[i].at == whole.findings[i].at);
    CHECK(part.findings[i].excerpt == whole.findings[i].excerpt);
  }
  REQUIRE(part.match);
  CHECK(part.match->percentage == 62);
  CHECK(part.match->title_verdict == "partial");
  CHECK(part.match->missing_required() == std::vector<std::string>{"Go"});
}

TEST_CASE("biggest fixes add up a rule's findings and rank rules by points") {
  CohortEntry e = scored(50);
  e.findings = {{"a/one", "error", "impact", "first a", "fix a", 3, {}, "", {}, false},
                {"b/two", "error", "impact", "first b", "fix b", 4, {}, "", {}, false},
                {"a/one", "error", "impact", "second a", "fix a2", 2, {}, "", {}, false},
                {"c/three", "info", "impact", "first c", "fix c", 1, {}, "", {}, false},
                {"d/four", "info", "impact", "first d", "fix d", 1, {}, "", {}, false}};
  auto fixes = biggest_fixes(e, 3);
  REQUIRE(fixes.size() == 3);
  CHECK(fixes[0].rule == "a/one");
  CHECK(fixes[0].points == 5);
  CHECK(fixes[0].message == "first a");
  CHECK(fixes[1].rule == "b/two");
  CHECK(fixes[2].rule == "c/three");  // ties keep report order
}

TEST_CASE("quantiles interpolate between ranks") {
  CHECK(quantile({}, 0.5) == 0);
  CHECK(quantile({7}, 0.25) == 7);
  CHECK(quantile({10, 20, 30, 40}, 0.5) == 25);
  CHECK(quantile({10, 20, 30, 40}, 0.25) == doctest::Approx(17.5));
  CHECK(quantile({10, 20, 30, 40, 50}, 0.75) == 40);
  CHECK(format_number(17.5) == "17.5");
  CHECK(format_number(25) == "25");
  CHECK(format_number(64.75) == "64.8");
}

TEST_CASE("the summary counts, ranks failed rules by share and leaves failed files out of the numbers") {
  std::vector<CohortEntry> entries = {scored(90), scored(40, {"impact/quantified", "evidence/links"}),
                                      failed_entry("bad.pdf", "PDF is encrypted (password required)"),
                                      scored(60, {"impact/quantified", "impact/quantified"}), scored(100)};
  CohortSummary s = summarise(entries);
  CHECK(s.scored == 4);
  CHECK(s.failed == 1);
  CHECK(s.median == 75);
  CHECK(s.q1 == 55);
  CHECK(s.q3 == 92.5);
  CHECK(s.min == 40);
  CHECK(s.max == 100);
  CHECK(s.histogram[9] == 2);
  CHECK(s.histogram[4] == 1);
  CHECK(s.histogram[6] == 1);
  REQUIRE(s.rules.size() == 2);
  CHECK(s.rules[0].rule == "impact/quantified");
  CHECK(s.rules[0].failing == 2);  // twice in one resume counts once
  CHECK(s.rules[0].percent == 50);
  CHECK(s.rules[1].rule == "evidence/links");
  CHECK(s.rules[1].percent == 25);
  REQUIRE(s.categories.size() == 2);
  CHECK(s.categories[0].id == "impact");
  CHECK(s.categories[0].average == doctest::Approx((18 + 8 + 12 + 20) / 4.0));
  std::string text = summary_to_text(s);
  CHECK(text.find("scored 4, failed 1\n") == 0);
  CHECK(text.find("median 75, quartiles 55 and 92.5, range 40-100") != std::string::npos);
  CHECK(text.find("impact/quantified    50% (2 of 4)") != std::string::npos);
}

TEST_CASE("a cohort where nothing could be read has counts only") {
  CohortSummary s = summarise({failed_entry("a.pdf", "file is empty")});
  CHECK(s.scored == 0);
  CHECK(s.failed == 1);
  CHECK(summary_to_text(s) == "scored 0, failed 1\n");
}
