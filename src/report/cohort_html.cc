#include "report/assets.h"
#include "report/cohort_html.h"

#include <algorithm>
#include <cstdio>

#include "base/format.h"
#include "check/util.h"
#include "report/rule_names.h"
#include "version.h"

namespace bescore {

namespace {

std::string num(double v) { return format_number(v); }

std::string tile(const std::string& id, const std::string& value, const std::string& label) {
  return "<div class=\"tile\"><b id=\"" + id + "\">" + html_escape(value) + "</b><span>" + label + "</span></div>";
}

std::string tiles(const CohortSummary& s) {
  std::string out = "<div class=\"tiles\">" + tile("scored", std::to_string(s.scored), "scored") +
                    tile("failed", std::to_string(s.failed), "could not be read");
  if (s.scored)
    out += tile("median", num(s.median), "median score") + tile("q1", num(s.q1), "lower quartile") +
           tile("q3", num(s.q3), "upper quartile") + tile("mean", num(s.mean), "mean") +
           tile("range", std::to_string(s.min) + "–" + std::to_string(s.max), "range");
  return out + "</div>\n";
}

std::string histogram(const CohortSummary& s) {
  const int bar = 52, gap = 8, height = 160, top = 22, left = 10;
  int most = std::max(1, *std::max_element(s.histogram.begin(), s.histogram.end()));
  int width = left * 2 + 10 * (bar + gap);
  std::string out = "<svg id=\"histogram\" role=\"img\" aria-label=\"Histogram of scores\" width=\"" + std::to_string(width) +
                    "\" height=\"" + std::to_string(top + height + 24) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(top + height + 24) + "\">\n";
  for (int i = 0; i < 10; ++i) {
    int n = s.histogram[size_t(i)], h = n * height / most, x = left + i * (bar + gap), y = top + height - h;
    std::string range = std::to_string(i * 10) + "–" + std::to_string(i == 9 ? 100 : i * 10 + 9);
    const char* colour = i >= 8 ? "#2e8b57" : i >= 5 ? "#d39b22" : "#c8553d";
    out += "<g class=\"bin\" data-range=\"" + range + "\" data-count=\"" + std::to_string(n) + "\"><title>" +
           std::to_string(n) + " scored " + range + "</title>";
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(bar) +
           "\" height=\"" + std::to_string(h) + "\" fill=\"" + colour + "\"/>";
    out += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(y - 5) + "\" text-anchor=\"middle\">" +
           std::to_string(n) + "</text>";
    out += "<text x=\"" + std::to_string(x + bar / 2) + "\" y=\"" + std::to_string(top + height + 16) +
           "\" text-anchor=\"middle\">" + range + "</text></g>\n";
  }
  return out + "</svg>\n";
}

std::string category_table(const CohortSummary& s) {
  std::string out = "<table class=\"cat\" id=\"category-averages\">\n";
  for (const auto& c : s.categories) {
    double share = c.weight ? 100.0 * c.average / c.weight : 0;
    out += "<tr data-category=\"" + html_escape(c.id) + "\"><td>" + html_escape(c.name) +
           "</td><td><div class=\"track\"><div class=\"fill\" style=\"width:" + num(share) +
           "%\"></div></div></td><td>" + num(c.average) + " / " + std::to_string(c.weight) + "</td></tr>\n";
  }
  return out + "</table>\n";
}

std::string rule_chart(const CohortSummary& s) {
  if (s.rules.empty()) return "<p>No resume fails any rule.</p>\n";
  const int row = 24, label = 260, track = 420;
  int height = int(s.rules.size()) * row + 4, width = label + track + 100;
  std::string out = "<svg id=\"rule-shares\" role=\"img\" aria-label=\"Share of resumes failing each rule\" width=\"" +
                    std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\">\n";
  for (size_t i = 0; i < s.rules.size(); ++i) {
    const auto& r = s.rules[i];
    int y = int(i) * row, w = std::max(1, r.percent * track / 100);
    // People read the rule's name; the id stays in the tooltip and data-rule for tools.
    std::string rule = html_escape(r.rule), name = html_escape(rule_display_name(r.rule)), pct = std::to_string(r.percent) + "%";
    out += "<g class=\"rule-share\" data-rule=\"" + rule + "\" data-percent=\"" + std::to_string(r.percent) + "\"><title>" +
           pct + " have " + rule + " (" + std::to_string(r.failing) + " of " + std::to_string(s.scored) + ")</title>";
    out += "<text x=\"" + std::to_string(label - 8) + "\" y=\"" + std::to_string(y + 16) + "\" text-anchor=\"end\">" + name + "</text>";
    out += "<rect x=\"" + std::to_string(label) + "\" y=\"" + std::to_string(y + 5) + "\" width=\"" + std::to_string(w) +
           "\" height=\"14\" fill=\"#c8553d\"/>";
    out += "<text x=\"" + std::to_string(label + w + 6) + "\" y=\"" + std::to_string(y + 16) + "\">" + pct + " (" +
           std::to_string(r.failing) + " of " + std::to_string(s.scored) + ")</text></g>\n";
  }
  return out + "</svg>\n";
}

std::string findings_list(const CohortEntry& e) {
  if (e.findings.empty()) return "No findings: this resume follows every rule of the set.";
  std::string out = "<ol>";
  for (const auto& f : e.findings) {
    out += "<li><span class=\"pts\">" + (f.points ? "-" + std::to_string(f.points) : std::string("0")) +
           "</span> <span class=\"rule\">" + html_escape(f.rule) + "</span> " + html_escape(f.message);
    if (f.at.line > 0)
      out += "<div class=\"where\">" + html_escape(where(f.at)) +
             (f.excerpt.empty() ? "" : ": “" + html_escape(f.excerpt) + "”") + "</div>";
    if (!f.fix.empty()) out += "<div class=\"fix\">→ " + html_escape(f.fix) + "</div>";
    out += "</li>";
  }
  return out + "</ol>";
}

std::string cell(const std::string& sort_value, const std::string& html, bool numeric = false, const char* cls = nullptr) {
  if (numeric) cls = "num";
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + " data-v=\"" + html_escape(sort_value) +
         "\">" + html + "</td>";
}

// The File cell: the name opening to the findings, and a link to the resume's own report when there is one.
std::string file_cell(const CohortEntry& e) {
  std::string file = html_escape(e.file);
  std::string html = e.scored() ? "<details><summary>" + file + "</summary></details>" : file;
  if (!e.report_link.empty()) html += "<a class=\"report\" href=\"" + html_escape(e.report_link) + "\">report</a>";
  return cell(e.file, html, false, "file");
}

// The fix worth most to this person: the rule's name and the points it gives back, its first finding on hover.
std::string top_fix_cell(const CohortEntry& e) {
  auto fixes = e.scored() ? biggest_fixes(e, 1) : std::vector<RuleFix>{};
  if (fixes.empty()) return cell("0", "", false, "topfix");
  const RuleFix& f = fixes.front();
  return cell(std::to_string(f.points), "<span title=\"" + html_escape(f.message) + "\">" + html_escape(rule_display_name(f.rule)) +
                                            (f.points ? " <span class=\"pts\">+" + std::to_string(f.points) + "</span>" : "") + "</span>",
              false, "topfix");
}

std::string resume_table_head(const CohortTableColumns& t) {
  std::string out = "<div class=\"scroll\">\n<table class=\"resumes\" id=\"resumes\">\n<thead><tr>";
  auto head = [&](const std::string& name, bool numeric) {
    out += std::string("<th") + (numeric ? " data-type=\"num\" class=\"num\"" : "") + "><button type=\"button\">" +
           html_escape(name) + "</button></th>";
  };
  head("#", true);
  head("File", false);
  head("Score", true);
  if (t.rules) head("Rules", false);
  if (t.match) {
    head("Match", true);
    head("Title", false);
  }
  for (const auto& c : t.categories) head(c.name, true);
  head("Top fix", true);
  head("Findings", true);
  head("Error", false);
  return out + "</tr></thead>\n";
}

}  // namespace

// A resume is a <tbody>: its row, and a row of findings and fixes shown while its <details> is open.
std::string cohort_html_row(const CohortEntry& e, size_t position, const CohortTableColumns& t) {
  int columns = int(t.categories.size()) + 6 + (t.rules ? 1 : 0) + (t.match ? 2 : 0);
  std::string pos = std::to_string(position);
  std::string out = "<tbody><tr>" + cell(pos, pos, true) + file_cell(e);
  // A row read with low confidence is flagged, and sorts with the unscored rows instead of being ranked.
  if (e.scored() && e.low_confidence)
    out += cell("-1", std::to_string(e.score) + " <span class=\"error\">" + html_escape(cohort_flag(e)) + "</span>", true);
  else
    out += e.scored() ? cell(std::to_string(e.score), std::to_string(e.score), true) : cell("-1", "", true);
  if (t.rules) out += cell(e.rules, html_escape(e.rules));
  if (t.match) {
    bool has = e.scored() && e.match && e.match->percentage >= 0;
    std::string pct = has ? std::to_string(e.match->percentage) : "";
    out += has ? cell(pct, pct + "%", true) : cell("-1", "", true);
    out += cell(has ? e.match->title_verdict : "", has ? e.match->title_verdict : "");
  }
  for (const auto& c : t.categories) {
    auto it = std::find_if(e.categories.begin(), e.categories.end(), [&](const CategoryScore& x) { return x.id == c.id; });
    out += it != e.categories.end() && e.scored() ? cell(std::to_string(it->score), std::to_string(it->score), true)
                                                  : cell("-1", "", true);
  }
  out += top_fix_cell(e);
  std::string count = std::to_string(e.findings.size());
  out += e.scored() ? cell(count, count, true) : cell("-1", "", true);
  out += cell(e.error, e.error.empty() ? "" : "<span class=\"error\">" + html_escape(e.error) + "</span>");
  out += "</tr>\n";
  if (e.scored())
    out += "<tr class=\"findings\"><td colspan=\"" + std::to_string(columns) + "\">" + findings_list(e) + "</td></tr>\n";
  return out + "</tbody>\n";
}

std::string cohort_html_top(size_t resumes, const CohortSummary& s, const std::string& ruleset_label,
                            const CohortMatch* match, const CohortTableColumns& table) {
  std::string count = std::to_string(resumes) + (resumes == 1 ? " resume" : " resumes");
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>bescore cohort report: " + count + "</title>\n<style>\n" + report_asset("cohort-report.css") + "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>Cohort report</h1>\n<p class=\"meta\">" + count + " · " + html_escape(ruleset_label) + " · bescore " +
         version() + "</p>\n";
  out += "<section>\n" + tiles(s) + "</section>\n";
  if (match) out += match_section_html(*match);  // with a posting, who fits is the first question
  if (s.scored) {
    out += "<section>\n<h2>Scores</h2>\n" + histogram(s) + "</section>\n";
    out += "<section>\n<h2>Category averages</h2>\n" + category_table(s) + "</section>\n";
    out += "<section>\n<h2>Share of resumes failing each rule</h2>\n" + rule_chart(s) + "</section>\n";
  }
  return out + "<section>\n<h2>Resumes</h2>\n<p class=\"meta\">Click a heading to sort; click a file to see its findings and fixes.</p>\n" +
         resume_table_head(table);
}

std::string cohort_html_bottom() {
  return "</table>\n</div>\n</section>\n</main>\n<script>\n" + report_asset("cohort-report.js") + "</script>\n</body>\n</html>\n";
}

std::string cohort_to_html(const std::vector<CohortEntry>& entries, const CohortSummary& s, const std::string& ruleset_label,
                           const CohortMatch* match) {
  CohortTableColumns table;
  for (const auto& c : s.categories) table.categories.push_back({c.id, c.name, c.weight});
  table.rules = std::any_of(entries.begin(), entries.end(), [](const CohortEntry& e) { return !e.rules.empty(); });
  table.match = match != nullptr;
  std::string out = cohort_html_top(entries.size(), s, ruleset_label, match, table);
  for (size_t i = 0; i < entries.size(); ++i) out += cohort_html_row(entries[i], i + 1, table);
  return out + cohort_html_bottom();
}

}  // namespace bescore
