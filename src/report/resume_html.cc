#include "report/assets.h"
#include "report/resume_html.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "base/format.h"
#include "report/cohort_html.h"
#include "report/finding_places.h"
#include "version.h"

namespace bescore {

namespace {

std::string pct(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::clamp(v, 0.0, 100.0));
  return buf;
}

const char* band_class(int score) {
  return score >= 85 ? "band-ready" : score >= 70 ? "band-solid" : score >= 50 ? "band-work" : "band-rewrite";
}

std::string sev_class(const std::string& severity) {
  return severity == "error" || severity == "warning" ? "sev-" + severity : "sev-info";
}

int severity_rank(const std::string& severity) { return severity == "error" ? 2 : severity == "warning" ? 1 : 0; }

// " 3 7 " lists for data-f / data-r, so CSS and script can match one number with ~=.
std::string number_list(const std::vector<int>& numbers) {
  std::string out;
  for (int n : numbers) out += " " + std::to_string(n);
  return out.empty() ? out : out + " ";
}

std::string place_text(const Finding& f) {
  if (f.at.line <= 0) return "whole resume";
  std::string s = f.at.page > 0 ? "page " + std::to_string(f.at.page) + ", line " + std::to_string(f.at.line)
                                : "line " + std::to_string(f.at.line);
  return f.at.file.empty() ? s : f.at.file + ", " + s;
}

std::string header(const Report& r) {
  std::string out = "<header class=\"top\">\n<div class=\"score " + std::string(band_class(r.score)) +
                    "\"><b id=\"score\">" + std::to_string(r.score) + "</b><span>/ 100 · <span id=\"band\">" +
                    score_band(r.score) + "</span></span></div>\n<div>\n<h1>" + html_escape(r.file) + "</h1>\n";
  size_t located = 0;
  for (const auto& f : r.findings) located += f.at.line > 0;
  out += "<p class=\"meta\">" + html_escape(r.ruleset_name + " " + r.ruleset_version) + " · " + std::to_string(r.findings.size()) +
         (r.findings.size() == 1 ? " finding" : " findings") + " (" + std::to_string(located) + " marked on the resume)";
  if (!r.suppressed.empty()) out += " · " + std::to_string(r.suppressed.size()) + " suppressed in the source";
  out += " · <span id=\"confidence\">read " + std::to_string(r.reading.confidence) + "%</span>";
  out += std::string(" · bescore ") + version() + "</p>\n";
  // What could not be read is said before anything else.
  if (!r.reading.problem.empty()) out += "<p class=\"meta error\" id=\"reading\">" + html_escape(r.reading.problem) + "</p>\n";
  out += "<table class=\"cats\" id=\"categories\">\n";
  for (const auto& c : r.categories) {
    std::string share = pct(c.weight ? 100.0 * c.score / c.weight : 0);
    out += "<tr data-category=\"" + html_escape(c.id) + "\"><td>" + html_escape(c.name) +
           "</td><td><div class=\"track\"><div class=\"fill\" style=\"width:" + share + "%\"></div></div></td><td class=\"kept\">" +
           std::to_string(c.score) + " / " + std::to_string(c.weight) + "</td></tr>\n";
  }
  return out + "</table>\n</div>\n</header>\n";
}

// One finding as an entry of a list: number, points, rule, message, the person's words, the fix.
std::string finding_item(const Finding& f, int n, const std::string& id, const std::string& target) {
  std::string num = std::to_string(n);
  std::string out = "<li class=\"finding " + sev_class(f.severity) + "\" id=\"" + id + "\" data-f=\"" + num + "\">";
  out += "<a class=\"pick\" href=\"#" + target + "\" data-f=\"" + num + "\"><span class=\"num\">" + num + "</span>";
  out += f.points ? "<span class=\"pts\">−" + std::to_string(f.points) + "</span>" : "<span class=\"pts zero\">0</span>";
  out += "<span class=\"rule\">" + html_escape(f.rule) + "</span><span class=\"sev\">" + html_escape(f.severity) + "</span></a>";
  out += "<p class=\"msg\">" + html_escape(f.message) + "</p>";
  out += "<p class=\"where\">" + html_escape(place_text(f)) + (f.excerpt.empty() ? "" : ": “" + html_escape(f.excerpt) + "”") + "</p>";
  if (!f.fix.empty()) out += "<p class=\"fix\">→ " + html_escape(f.fix) + "</p>";
  return out + "</li>\n";
}

// What the page draws for each finding.
struct Marks {
  std::vector<std::optional<FindingPlace>> places;
  std::vector<bool> boxed;  ///< Finding i has a box (b-N) on the page or source shown.
};

std::string box_style(const PageBox& b) {
  double w = b.page_width, h = b.page_height;
  return "left:" + pct(100 * b.x0 / w) + "%;top:" + pct(100 * b.y0 / h) + "%;width:" + pct(100 * (b.x1 - b.x0) / w) +
         "%;height:" + pct(100 * (b.y1 - b.y0) / h) + "%";
}

// Where the number of the k-th box on a line goes: in the margin left of the line while it has room (a label is
// under 4.5% of the page wide even at phone width), then right of it, and over the line's start when the line
// runs from edge to edge.
std::pair<std::string, int> label_slot(const PageBox& b, int k) {
  const double label = 4.5;
  int left = int(100 * b.x0 / b.page_width / label), right = int((100 - 100 * b.x1 / b.page_width) / label);
  if (k < left) return {"", k};
  if (right > 0 || left > 0) return {" right", k - left};
  return {" inside", k};
}

std::string page_sheet(const Report& r, const PageImage& img, const Marks& marks) {
  std::string page = std::to_string(img.page);
  std::string out = "<figure class=\"page\" id=\"page-" + page + "\"><div class=\"sheet\" data-page=\"" + page + "\">";
  out += "<img src=\"data:image/png;base64," + base64(img.png) + "\" width=\"" + std::to_string(img.width) + "\" height=\"" +
         std::to_string(img.height) + "\" alt=\"Page " + page + " of the resume\">";
  // The other lines each finding used: one faint mark per line, listing the findings.
  std::map<int, std::vector<int>> related;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const auto& p = marks.places[i];
    for (const auto& l : r.findings[i].lines)
      if (l.page == img.page && l.line > 0 && !(p && p->page == l.page && l.line >= p->first && l.line <= p->last))
        related[l.line].push_back(int(i + 1));
  }
  for (auto& [line, numbers] : related) {
    auto box = r.resume.boxes.find({img.page, line});
    if (box == r.resume.boxes.end()) continue;
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    out += "<div class=\"rel\" data-r=\"" + number_list(numbers) + "\" style=\"" + box_style(box->second) + "\"></div>";
  }
  std::map<int, int> on_line;  // boxes already placed on a line: their labels stack outwards
  for (size_t i = 0; i < r.findings.size(); ++i) {
    if (!marks.boxed[i] || marks.places[i]->page != img.page) continue;
    const auto& f = r.findings[i];
    const PageBox& b = marks.places[i]->bounds;
    std::string n = std::to_string(i + 1);
    auto [side, k] = label_slot(b, on_line[marks.places[i]->first]++);
    out += "\n<a class=\"box " + sev_class(f.severity) + side + "\" id=\"b-" + n + "\" href=\"#f-" + n +
           "\" data-f=\"" + n + "\" data-page=\"" + page + "\" data-x0=\"" + pct(100 * b.x0 / b.page_width) + "\" data-y0=\"" +
           pct(100 * b.y0 / b.page_height) + "\" data-x1=\"" + pct(100 * b.x1 / b.page_width) + "\" data-y1=\"" +
           pct(100 * b.y1 / b.page_height) + "\" style=\"" + box_style(b) + (k ? ";--k:" + std::to_string(k) : "") +
           "\" aria-label=\"Finding " + n + ": " + html_escape(f.rule) + "\"><span class=\"n\">" + n + "</span></a>";
  }
  return out + "\n</div><figcaption>Page " + page + "</figcaption></figure>\n";
}

std::string source_block(const Report& r, const SourceText& src, size_t index, const Marks& marks) {
  struct LineMarks {
    std::vector<int> main, related;
    int rank = -1;
    std::string severity, boxes;
  };
  std::map<int, LineMarks> lines;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const auto& f = r.findings[i];
    int n = int(i + 1);
    const auto& p = marks.places[i];
    if (marks.boxed[i] && p->file == src.file) {
      for (int l = p->first; l <= p->last; ++l) {
        auto& lm = lines[l];
        lm.main.push_back(n);
        if (severity_rank(f.severity) > lm.rank) { lm.rank = severity_rank(f.severity); lm.severity = f.severity; }
      }
      std::string num = std::to_string(n);
      lines[p->first].boxes += "<a class=\"box " + sev_class(f.severity) + "\" id=\"b-" + num + "\" href=\"#f-" + num +
                               "\" data-f=\"" + num + "\" data-line=\"" + std::to_string(p->first) + "\" aria-label=\"Finding " +
                               num + ": " + html_escape(f.rule) + "\">" + num + "</a>";
    }
    for (const auto& l : f.lines)
      if (l.file == src.file && l.line > 0 && !(p && p->file == l.file && l.line >= p->first && l.line <= p->last)) {
        auto& rel = lines[l.line].related;
        if (rel.empty() || rel.back() != n) rel.push_back(n);
      }
  }
  std::string id = "src-" + std::to_string(index + 1);
  std::string out = "<section class=\"source\" id=\"" + id + "\"><h2>" + html_escape(src.label) + "</h2><div class=\"code\">\n";
  for (size_t i = 0; i < src.lines.size(); ++i) {
    int no = int(i + 1);
    auto it = lines.find(no);
    const LineMarks* lm = it == lines.end() ? nullptr : &it->second;
    out += "<div class=\"ln";
    if (lm && !lm->main.empty()) out += " hl " + sev_class(lm->severity);
    out += "\" id=\"" + id + "-L" + std::to_string(no) + "\"";
    if (lm && !lm->main.empty()) out += " data-f=\"" + number_list(lm->main) + "\"";
    if (lm && !lm->related.empty()) out += " data-r=\"" + number_list(lm->related) + "\"";
    out += "><span class=\"marks\">" + (lm ? lm->boxes : std::string()) + "</span><span class=\"no\">" + std::to_string(no) +
           "</span><span class=\"tx\">" + html_escape(src.lines[i]) + "</span></div>\n";
  }
  return out + "</div></section>\n";
}

Marks marks_for(const Report& r, const HtmlView& view) {
  Marks m{finding_places(r), std::vector<bool>(r.findings.size(), false)};
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const auto& p = m.places[i];
    if (!p) continue;
    if (p->page > 0)
      m.boxed[i] = p->bounds.known() && std::any_of(view.pages.begin(), view.pages.end(), [&](const PageImage& img) {
                     return img.page == p->page;
                   });
    else
      m.boxed[i] = std::any_of(view.sources.begin(), view.sources.end(), [&](const SourceText& s) {
        return s.file == p->file && p->first <= int(s.lines.size());
      });
  }
  return m;
}

}  // namespace

std::string resume_to_html(const Report& r, const HtmlView& view) {
  Marks marks = marks_for(r, view);
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>bescore: " +
                    html_escape(r.file) + " (" + std::to_string(r.score) + "/100)</title>\n<style>\n" + report_asset("resume-report.css") +
                    "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n";
  out += header(r);
  if (!view.notes.empty()) {
    out += "<div class=\"notes\" id=\"notes\">";
    for (const auto& n : view.notes) out += "<p>" + html_escape(n) + "</p>";
    out += "</div>\n";
  }
  std::string whole, list;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const auto& f = r.findings[i];
    std::string n = std::to_string(i + 1);
    if (f.at.line <= 0) whole += finding_item(f, int(i + 1), "w-" + n, "f-" + n);
    list += finding_item(f, int(i + 1), "f-" + n, marks.boxed[i] ? "b-" + n : f.at.line <= 0 ? "w-" + n : "f-" + n);
  }
  if (!whole.empty()) out += "<section class=\"whole\" id=\"whole\"><h2>About the whole resume</h2><ol>\n" + whole + "</ol></section>\n";
  out += "<div class=\"layout\">\n<main class=\"doc\" id=\"doc\">\n";
  for (const auto& img : view.pages) out += page_sheet(r, img, marks);
  for (size_t i = 0; i < view.sources.size(); ++i) out += source_block(r, view.sources[i], i, marks);
  if (view.pages.empty() && view.sources.empty()) out += "<p class=\"hint\">The resume itself cannot be shown; the findings are listed beside.</p>\n";
  out += "</main>\n<aside class=\"panel\" id=\"findings\" aria-label=\"Findings\"><h2>What to fix, most points first (" +
         std::to_string(r.findings.size()) + ")</h2>\n";
  if (r.findings.empty()) out += "<p>No findings: this resume follows every rule of the set.</p>\n";
  else out += "<p class=\"hint\">Select a finding to see it on the resume, or a numbered box to see its finding.</p>\n<ol>\n" + list + "</ol>\n";
  return out + "</aside>\n</div>\n<script>\n" + report_asset("resume-report.js") + "</script>\n</body>\n</html>\n";
}

}  // namespace bescore
