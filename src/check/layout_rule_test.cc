// The ats/* rules of the built-in set (kind "layout"): each fires on its fact past its threshold, costs no points,
// and stays silent for formats without a layout.
#include <doctest/doctest.h>

#include <fstream>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

Resume pdf_resume(LayoutFacts facts) {
  Resume r = parse_text(strong_resume());
  r.format = "pdf";
  facts.known = true;
  if (facts.pages == 0) facts.pages = 1;
  if (facts.page.empty()) facts.page.push_back({1, 400, false, "", false});
  r.layout = facts;
  return r;
}

std::vector<Finding> ats(const Resume& r, const std::string& rule) { return findings_of(score_resume(r, backend_rules()), rule); }

}  // namespace

TEST_CASE("the audit never moves the score: ats findings cost 0 points and readability has no weight") {
  LayoutFacts f;
  f.page = {{1, 300, true, "CONTACT SUMMARY", false}, {2, 0, false, "", true}};
  f.pages = 5;
  f.file_bytes = 5u << 20;
  f.tiny_words = 4;
  f.glyphs.words = 300, f.glyphs.garbled_words = 9, f.glyphs.private_use = 9;
  f.contact_only_in_header = {"email"};
  Resume with = pdf_resume(f), without = pdf_resume({});
  Report a = score_resume(with, backend_rules()), b = score_resume(without, backend_rules());
  CHECK(a.score == b.score);
  int audit = 0;
  for (const auto& x : a.findings) {
    if (x.category != "readability") continue;
    ++audit;
    CHECK(x.points == 0);
  }
  CHECK(audit == 7);
  REQUIRE(a.audits.size() == 1);
  CHECK(a.audits[0].problems == 7);
  CHECK(a.audits[0].errors == 1);  // the image page
  for (const auto& c : a.categories) CHECK(c.id != "readability");
}

TEST_CASE("ats/columns names the pages and shows the row as read across") {
  LayoutFacts f;
  f.page = {{1, 300, true, "Go, SQL in Go", false}, {2, 300, true, "x y z w", false}};
  auto found = ats(pdf_resume(f), "ats/columns");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("pages 1 and 2") != std::string::npos);
  CHECK(found[0].message.find("\"Go, SQL in Go\"") != std::string::npos);
  CHECK(found[0].severity == "warning");
  CHECK(ats(pdf_resume({}), "ats/columns").empty());
}

TEST_CASE("ats/contact-in-header says which details and quotes the header line") {
  LayoutFacts f;
  f.contact_only_in_header = {"email", "phone"};
  f.header_contact_line = "jane@example.com | +1 312 555 0187";
  auto found = ats(pdf_resume(f), "ats/contact-in-header");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("your email and phone appear only in a page header or footer") == 0);
  CHECK(found[0].excerpt == f.header_contact_line);
}

TEST_CASE("ats/small-text counts the tiny words and shows the first") {
  LayoutFacts f;
  f.tiny_words = 5, f.tiny_example = "Kubernetes", f.tiny_page = 2;
  auto found = ats(pdf_resume(f), "ats/small-text");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("5 words set under 3.5 pt (page 2: \"Kubernetes\")") == 0);
}

TEST_CASE("ats/no-text-layer is an error and tells an image page from a blank one") {
  LayoutFacts f;
  f.page = {{1, 300, false, "", false}, {2, 0, false, "", true}, {3, 0, false, "", false}};
  auto found = ats(pdf_resume(f), "ats/no-text-layer");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
  CHECK(found[0].message.find("page 2 is an image with no text layer") == 0);
  CHECK(found[0].message.find("page 3 has no text at all") != std::string::npos);
  CHECK(found[0].at.page == 2);
}

TEST_CASE("ats/garbled-glyphs gives the share of words and what kind of glyphs") {
  LayoutFacts f;
  f.glyphs.words = 400, f.glyphs.garbled_words = 10, f.glyphs.private_use = 8, f.glyphs.ligature = 2;
  f.glyphs.example = "<U+F095>";
  auto found = ats(pdf_resume(f), "ats/garbled-glyphs");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("10 words of 400 (2.5%)") == 0);
  CHECK(found[0].message.find("8 icon-font glyphs and 2 ligatures") != std::string::npos);
}

TEST_CASE("ats/pages from 4 pages and ats/file-size over 2 MB") {
  LayoutFacts f;
  f.pages = 3;
  f.file_bytes = 2u << 20;
  CHECK(ats(pdf_resume(f), "ats/pages").empty());
  CHECK(ats(pdf_resume(f), "ats/file-size").empty());
  f.pages = 4;
  f.file_bytes = (2u << 20) + 1024 * 300;
  CHECK(ats(pdf_resume(f), "ats/pages").at(0).message == "the file has 4 pages");
  CHECK(ats(pdf_resume(f), "ats/file-size").at(0).message == "the file is 2.3 MB (over 2.0 MB)");
}

TEST_CASE("sources without a layout (text, Markdown, LaTeX) are not audited") {
  Report r = score_text(strong_resume());
  for (const auto& f : r.findings) CHECK(f.category != "readability");
  REQUIRE(r.audits.size() == 1);
  CHECK(r.audits[0].problems == 0);
}

TEST_CASE("a layout rule that would cost points, or names an unknown fact, is refused") {
  std::string dir = "/tmp/bescore-layout-rule-test";
  std::system(("mkdir -p " + dir).c_str());
  auto load = [&](const std::string& rule) {
    std::ofstream(dir + "/set.json") << R"({"extends": "backend", "rules": [)" + rule + "]}";
    return load_ruleset(dir + "/set.json");
  };
  auto pts = load(R"({"id": "ats/x", "kind": "layout", "category": "readability", "points": 3, "params": {"fact": "pages"}, "message": "m"})");
  REQUIRE_FALSE(pts.ok());
  CHECK(pts.error().find("a layout rule costs no points") != std::string::npos);
  auto fact = load(R"({"id": "ats/x", "kind": "layout", "category": "readability", "points": 0, "params": {"fact": "colour"}, "message": "m"})");
  REQUIRE_FALSE(fact.ok());
  CHECK(fact.error().find("unknown layout fact 'colour'") != std::string::npos);
}
