#include "report/resume_html.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "report/assets.h"
#include "report/finding_places.h"
#include "test_support.h"

using namespace bescore;

namespace {

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    out.push_back(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}

Finding finding(const std::string& rule, const std::string& severity, int points, Location at,
                std::vector<Location> lines = {}) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.category = "impact";
  f.message = "message of " + rule;
  f.fix = "fix <it> & \"more\"";
  f.points = points;
  f.at = at;
  f.excerpt = at.line ? "the words" : "";
  f.lines = lines.empty() && at.line ? std::vector<Location>{at} : lines;
  return f;
}

// A one-page PDF-like report: boxes on lines 3-5 of page 1, a 612 x 792 pt page rendered at 1020 x 1320 px.
Report paged_report() {
  Report r;
  r.file = "cv <1>.pdf";
  r.format = "pdf";
  r.score = 72;
  r.ruleset_name = "backend rules";
  r.ruleset_version = "1.0";
  r.categories = {{"impact", "impact", 24, 12, ""}};
  r.resume.format = "pdf";
  for (int line = 3; line <= 5; ++line)
    r.resume.boxes[{1, line}] = PageBox{61.2, 79.2 + 14.0 * (line - 3), 306, 90.0 + 14.0 * (line - 3), 612, 792};
  Section s;
  Entry e;
  Bullet b;
  b.at = {1, 3};
  b.line_count = 2;  // lines 3 and 4
  e.bullets.push_back(b);
  s.entries.push_back(e);
  r.resume.sections.push_back(s);
  r.findings = {finding("impact/quantified", "error", 8, {1, 3}, {{1, 3}, {1, 5}}),
                finding("structure/sections", "warning", 0, {0, 0}),
                finding("phrasing/filler", "info", 1, {1, 3}),
                finding("phrasing/first-person", "warning", 1, {1, 9})};  // no box on line 9
  return r;
}

}  // namespace

TEST_CASE("finding places: a bullet's lines, their boxes and union; whole-resume findings have none") {
  auto places = finding_places(paged_report());
  REQUIRE(places.size() == 4);
  REQUIRE(places[0]);
  CHECK(places[0]->page == 1);
  CHECK(places[0]->first == 3);
  CHECK(places[0]->last == 4);
  CHECK(places[0]->boxes.size() == 2);
  CHECK(places[0]->bounds.y0 == doctest::Approx(79.2));
  CHECK(places[0]->bounds.y1 == doctest::Approx(104.0));
  CHECK_FALSE(places[1]);
  CHECK(places[3]);
  CHECK(places[3]->boxes.empty());
  CHECK_FALSE(places[3]->bounds.known());
}

TEST_CASE("finding places: a bullet continued at the top of the next column is marked on its first part") {
  Report r = paged_report();
  r.resume.boxes[{1, 4}] = PageBox{320, 40, 560, 52, 612, 792};  // line 4 jumps up to the right column
  auto places = finding_places(r);
  CHECK(places[0]->boxes.size() == 1);
  CHECK(places[0]->last == 3);
}

TEST_CASE("HTML over PDF pages: one box per placed finding, in percent of the page, labels stacked") {
  Report r = paged_report();
  HtmlView view;
  view.pages.push_back({1, 1020, 1320, std::string("\x89PNG fake", 9)});
  std::string html = resume_to_html(r, view);
  CHECK(count(html, "<a class=\"box ") == 2);  // findings 1 and 3; 2 is about the whole resume, 4 has no box
  CHECK(html.find("id=\"b-1\" href=\"#f-1\" data-f=\"1\" data-page=\"1\" data-x0=\"10.000\" data-y0=\"10.000\" "
                  "data-x1=\"50.000\"") != std::string::npos);
  CHECK(html.find("id=\"b-3\"") != std::string::npos);
  CHECK(html.find("--k:1") != std::string::npos);  // finding 3 shares line 3 with finding 1
  CHECK(html.find("id=\"b-4\"") == std::string::npos);
  CHECK(html.find("<section class=\"whole\" id=\"whole\">") != std::string::npos);
  CHECK(html.find("id=\"w-2\"") != std::string::npos);
  CHECK(html.find("<li class=\"finding sev-warning\" id=\"f-4\" data-f=\"4\"><a class=\"pick\" href=\"#f-4\"") != std::string::npos);
  CHECK(html.find("<a class=\"pick\" href=\"#b-1\" data-f=\"1\">") != std::string::npos);
  // Line 5 is one the first finding used besides its own: a related mark.
  CHECK(html.find("<div class=\"rel\" data-r=\" 1 \"") != std::string::npos);
  CHECK(html.find("src=\"data:image/png;base64,iVBORyBmYWtl\"") != std::string::npos);
  CHECK(html.find("<b id=\"score\">72</b>") != std::string::npos);
  CHECK(html.find("solid, a few fixes") != std::string::npos);
  CHECK(html == resume_to_html(r, view));
}

TEST_CASE("the page's style and script are src/report/assets/resume-report.css and .js, embedded at build time") {
  std::string css = report_asset("resume-report.css"), js = report_asset("resume-report.js");
  CHECK(css.find(".box{") != std::string::npos);
  CHECK(js.rfind("(function () {", 0) == 0);
  std::string html = resume_to_html(paged_report(), HtmlView{});
  CHECK(html.find("<style>\n" + css + "</style>") != std::string::npos);
  CHECK(html.find("<script>\n" + js + "</script>") != std::string::npos);
  CHECK(report_asset("no-such-asset.css").empty());
}

TEST_CASE("HTML over PDF pages that could not be rendered: the findings and the note, no boxes") {
  Report r = paged_report();
  HtmlView view;
  view.notes.push_back("The pages could not be shown (broken); the findings are listed without them.");
  std::string html = resume_to_html(r, view);
  CHECK(count(html, "<a class=\"box ") == 0);
  CHECK(html.find("The pages could not be shown (broken)") != std::string::npos);
  CHECK(count(html, "<li class=\"finding ") == 5);  // four in the list, one at the top
}

TEST_CASE("HTML over a text source: numbered lines, one marker per located finding, escaped, self-contained") {
  std::string text = testing::replace(testing::strong_resume(), "- Added OpenTelemetry tracing",
                                      "- Responsible for <b>tracing</b> & \"alerts\"\n- Added OpenTelemetry tracing");
  Report r = testing::score_text(text);
  HtmlView view;
  view.sources.push_back({"", "resume.txt", lines_of(text)});
  std::string html = resume_to_html(r, view);
  size_t located = 0;
  for (const auto& f : r.findings) located += f.at.line > 0;
  REQUIRE(located > 0);
  CHECK(count(html, "<a class=\"box ") == located);
  CHECK(count(html, "<div class=\"ln") == view.sources[0].lines.size());
  CHECK(html.find("Responsible for &lt;b&gt;tracing&lt;/b&gt; &amp; &quot;alerts&quot;") != std::string::npos);
  CHECK(html.find("<b>tracing") == std::string::npos);
  CHECK(html.find("class=\"ln hl sev-error\"") != std::string::npos);
  // Nothing from elsewhere: no src but data: URIs, no link but to an id of the page, one inline script.
  CHECK(count(html, "src=\"") == count(html, "src=\"data:"));
  CHECK(count(html, "href=\"") == count(html, "href=\"#"));
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("@import") == std::string::npos);
  // Every id is unique and every in-page link lands on one.
  std::set<std::string> ids;
  std::regex id_re("id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id_re); it != std::sregex_iterator(); ++it)
    CHECK(ids.insert((*it)[1]).second);
  std::regex href_re("href=\"#([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href_re); it != std::sregex_iterator(); ++it)
    CHECK(ids.count((*it)[1]) == 1);
}
