// The cohort page's section about a job posting: who fits, the match spread, and a stacked bar per asked skill
// (missing / listed only / shown in a bullet), required skills first.
#include "check/util.h"
#include "report/cohort_html.h"
#include "report/cohort_match.h"
#include "report/cohort_summary.h"

namespace bescore {

namespace {

std::string match_tile(const std::string& id, const std::string& value, const std::string& label) {
  return "<div class=\"tile\"><b id=\"" + id + "\">" + html_escape(value) + "</b><span>" + label + "</span></div>";
}

std::string bar(const char* cls, int n, int total) {
  return "<span class=\"" + std::string(cls) + "\" style=\"width:" + percent(n, total) + "%\"></span>";
}

std::string gap_row(const SkillGap& g, int total) {
  std::string n = std::to_string(total);
  return "<tr data-skill=\"" + html_escape(g.name) + "\" data-asked=\"" + g.asked + "\" data-missing=\"" +
         std::to_string(g.missing) + "\" data-listed=\"" + std::to_string(g.listed) + "\" data-evidenced=\"" +
         std::to_string(g.evidenced) + "\"><td>" + html_escape(g.name) + "</td><td>" + g.asked +
         "</td><td><div class=\"stack\" title=\"" + std::to_string(g.missing) + " missing, " + std::to_string(g.listed) +
         " listed only, " + std::to_string(g.evidenced) + " in a bullet, of " + n + "\">" + bar("miss", g.missing, total) +
         bar("list", g.listed, total) + bar("evid", g.evidenced, total) + "</div></td><td class=\"num\">" +
         percent(g.missing, total) + "% / " + percent(g.listed, total) + "% / " + percent(g.evidenced, total) +
         "%</td></tr>\n";
}

}  // namespace

std::string match_section_html(const CohortMatch& c) {
  const CohortPosting& p = c.posting;
  int required = p.required();
  std::string out = "<section id=\"job-match\">\n<h2>Job match: " + html_escape(p.title.empty() ? p.file : p.title) + "</h2>\n";
  out += "<p class=\"meta\">" + html_escape(p.file) + " · " + std::to_string(required) + " required and " +
         std::to_string(int(p.asked.size()) - required) + " preferred skills · a resume fits at " +
         std::to_string(kFitPercentage) + "% or more with every required skill at least listed</p>\n";
  if (p.asked.empty()) return out + "<p>The posting names no technology bescore knows: no match computed.</p>\n</section>\n";
  if (c.matched == 0) return out + "<p>No resume was matched.</p>\n</section>\n";
  out += "<div class=\"tiles\">" +
         match_tile("fitting", std::to_string(c.fitting) + " of " + std::to_string(c.matched), "fit the posting") +
         match_tile("match-median", format_number(c.median) + "%", "median match") +
         match_tile("match-range", std::to_string(c.min) + "–" + std::to_string(c.max) + "%", "match range") +
         match_tile("title-match", std::to_string(c.title_yes) + " / " + std::to_string(c.title_partial) + " / " +
                                       std::to_string(c.title_no), "title match yes / partial / no") +
         "</div>\n";
  out += "<h3>What the cohort lacks</h3>\n<p class=\"meta\">Per asked skill, the share of resumes that "
         "<span class=\"key miss\"></span> miss it, <span class=\"key list\"></span> only list it (skills section or "
         "summary), <span class=\"key evid\"></span> show it in a bullet.</p>\n";
  out += "<div class=\"scroll\">\n<table class=\"gaps\" id=\"skill-gaps\">\n<thead><tr><th>Skill</th><th>Asked</th><th>Resumes</th>"
         "<th class=\"num\">missing / listed / in a bullet</th></tr></thead>\n<tbody>\n";
  for (const auto& g : c.skills) out += gap_row(g, c.matched);
  return out + "</tbody>\n</table>\n</div>\n</section>\n";  // the table scrolls in its box on a phone
}

}  // namespace bescore
