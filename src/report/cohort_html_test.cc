#include "report/cohort_html.h"

#include <doctest/doctest.h>

using namespace bescore;

namespace {

std::vector<CohortEntry> cohort() {
  CohortEntry a;
  a.file = "<script>alert(1)</script>.txt";
  a.score = 62;
  a.categories = {{"impact", "impact", 24, 12, ""}};
  a.findings = {{"impact/quantified", "error", "impact", "0 of 4 bullets show a result", "add \"40%\" & <N>", 12,
                 {0, 9}, "Built <things>", {}, false}};
  CohortEntry b = a;
  b.file = "b.txt";
  b.score = 95;
  b.findings.clear();
  return {a, b, failed_entry("c.pdf", "PDF is encrypted (password required)")};
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the HTML report escapes every text and loads nothing from elsewhere") {
  auto entries = cohort();
  std::string html = cohort_to_html(entries, summarise(entries), "backend rules 1.0");
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;.txt") != std::string::npos);
  CHECK(html.find("add &quot;40%&quot; &amp; &lt;N&gt;") != std::string::npos);
  CHECK(html.find("Built &lt;things&gt;") != std::string::npos);
  CHECK(count(html, "<script>") == 1);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
}

TEST_CASE("the HTML report shows the numbers: tiles, histogram bins, rule shares, one row per file") {
  auto entries = cohort();
  std::string html = cohort_to_html(entries, summarise(entries), "backend rules 1.0");
  CHECK(html.find("<b id=\"median\">78.5</b>") != std::string::npos);
  CHECK(html.find("<b id=\"failed\">1</b>") != std::string::npos);
  CHECK(html.find("data-range=\"60–69\" data-count=\"1\"") != std::string::npos);
  CHECK(html.find("data-range=\"90–100\" data-count=\"1\"") != std::string::npos);
  CHECK(html.find("50% have impact/quantified (1 of 2)") != std::string::npos);
  CHECK(count(html, "<tr><td class=\"num\"") == 3);
  CHECK(count(html, "<details>") == 2);
  CHECK(html.find("PDF is encrypted (password required)") != std::string::npos);
  CHECK(html == cohort_to_html(entries, summarise(entries), "backend rules 1.0"));
}
