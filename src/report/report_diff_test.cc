// bescore diff's comparison of two JSON reports: a finding that only moved lines is neither fixed nor new.
#include "report/report_diff.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace bescore;
using nlohmann::json;

namespace {

json finding(const std::string& rule, const std::string& excerpt, int line) {
  return {{"rule", rule}, {"points", 4}, {"message", rule + " message"}, {"excerpt", excerpt}, {"location", {{"line", line}}}};
}

json report(int score, int impact, std::vector<json> findings) {
  return {{"file", "cv.md"}, {"score", score},
          {"categories", {{{"id", "impact"}, {"name", "impact"}, {"score", impact}, {"weight", 24}}}},
          {"findings", findings}};
}

}  // namespace

TEST_CASE("diff: fixed, new and moved findings, the score and the categories that changed") {
  json before = report(70, 10, {finding("a/fixed", "old words", 3), finding("b/moved", "same words", 5)});
  json after = report(78, 18, {finding("b/moved", "same words", 9), finding("c/new", "new words", 2)});
  auto d = diff_reports(before, after);
  CHECK(d["change"] == 8);
  REQUIRE(d["fixed"].size() == 1);
  CHECK(d["fixed"][0]["rule"] == "a/fixed");
  REQUIRE(d["new"].size() == 1);
  CHECK(d["new"][0]["rule"] == "c/new");
  CHECK(d["new"][0]["location"]["line"] == 2);
  std::ostringstream text;
  CHECK(write_diff(d, "text", text) == 0);
  CHECK(text.str() == "70 → 78 (+8): fixed 1, new 1\n\n  impact: 10 → 18 of 24\n  fixed  a/fixed  a/fixed message\n"
                      "  new    c/new  c/new message\n");
}
