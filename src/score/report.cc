#include "score/report.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace bescore {

bool is_audit_finding(const Report& rep, const Finding& f) {
  for (const auto& a : rep.audits)
    if (a.id == f.category) return true;
  return false;
}

const char* score_band(int score) {
  if (score >= 85) return "ready to send";
  if (score >= 70) return "solid, a few fixes";
  if (score >= 50) return "needs work";
  return "rewrite";
}

Report score_resume(Resume resume, const RuleSet& rules) {
  Report rep;
  rep.file = resume.file;
  rep.format = resume.format;
  rep.ruleset_id = rules.id;
  rep.ruleset_name = rules.name;
  rep.ruleset_version = rules.version;
  for (const auto& rule : rules.rules) {
    auto found = rule->run(resume);
    for (auto& f : found) rep.findings.push_back(std::move(f));
  }
  std::stable_sort(rep.findings.begin(), rep.findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(!a.lead, -a.points, a.at.page, a.at.line, a.rule) <
           std::make_tuple(!b.lead, -b.points, b.at.page, b.at.line, b.rule);
  });
  tally(rep, rules);
  rep.resume = std::move(resume);
  return rep;
}

void tally(Report& rep, const RuleSet& rules) {
  rep.categories.clear();
  rep.audits.clear();
  int total = rules.total_points(), lost = 0;
  for (const auto& c : rules.categories) {
    CategoryScore cs{c.id, c.name, c.weight, c.weight, "no issues"};
    int cat_lost = 0;
    for (const auto& f : rep.findings) {
      if (f.category != c.id) continue;
      if (cat_lost == 0 && f.points > 0) cs.summary = f.message;
      cat_lost += f.points;
    }
    cs.score = std::max(0, std::min(c.weight, c.weight - cat_lost));
    lost += c.weight - cs.score;
    if (c.weight > 0) {
      rep.categories.push_back(cs);
      continue;
    }
    bool has_rules = false;
    for (const auto& r : rules.rules) has_rules = has_rules || r->spec().category == c.id;
    if (!has_rules) continue;
    AuditSummary a{c.id, c.name};
    for (const auto& f : rep.findings)
      if (f.category == c.id) ++a.problems, a.errors += f.severity == "error";
    rep.audits.push_back(a);
  }
  // Within 0-100 whatever the rule set says (rule files are validated at load; this is the last guard).
  rep.score = total <= 0 ? 0 : std::clamp(int(std::lround(100.0 * (total - lost) / total)), 0, 100);
}

}  // namespace bescore
