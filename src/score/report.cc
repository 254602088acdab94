#include "score/report.h"

#include <algorithm>
#include <cmath>
#include <set>
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
  int placeholders = drop_placeholders(resume);
  rep.reading = assess_reading(resume);
  rep.reading.placeholders = placeholders;
  if (placeholders > 0 && rep.reading.problem.empty())
    rep.reading.problem = std::to_string(placeholders) + " line" + (placeholders == 1 ? " is" : "s are") +
                          " template placeholder text (lorem ipsum, \"Job Title\"), which earns nothing";
  for (const auto& rule : rules.rules) {
    auto found = rule->run(resume);
    for (auto& f : found) rep.findings.push_back(std::move(f));
    if (std::string why = rule->nothing_to_judge(resume); !why.empty() && rule->spec().points > 0)
      rep.unjudged.push_back({rule->spec().id, rule->spec().category, why, rule->spec().points});
  }
  if (rules.vocabulary.lexicon) rep.fit = backend_fit(resume, *rules.vocabulary.lexicon, rules.vocabulary.traits);
  if (!rep.fit.message.empty()) {
    // A resume that reads as another kind is told first; one that keeps the kind "backend" but has points held back
    // finds the reason among the others. Its points, the quality the fit takes away, come from tally.
    Finding f;
    f.rule = "backend/fit";
    f.severity = "error";
    f.category = "fit";
    f.message = rep.fit.message;
    f.fix = rep.fit.fix;
    f.at = rep.fit.at;
    f.excerpt = rep.fit.excerpt;
    f.lead = rep.fit.kind != "backend";
    if (f.at.line) f.lines.push_back(f.at);
    rep.findings.push_back(f);
  }
  tally(rep, rules);
  // A fit under 1 that rounds to no point lost is not worth a finding.
  std::erase_if(rep.findings, [](const Finding& f) { return f.rule == "backend/fit" && !f.lead && f.points <= 0; });
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
    // A rule with nothing to judge costs all its points; its own findings are not counted again.
    std::set<std::string> unjudged;
    std::string why;
    int unjudged_points = 0, rules_in = 0;
    for (const auto& u : rep.unjudged)
      if (u.category == c.id) unjudged.insert(u.rule), unjudged_points += u.points, why = why.empty() ? u.why : why;
    for (const auto& r : rules.rules) rules_in += r->spec().category == c.id && r->spec().points > 0;
    for (const auto& f : rep.findings) {
      if (f.category != c.id || unjudged.count(f.rule)) continue;
      if (cat_lost == 0 && f.points > 0) cs.summary = f.message;
      cat_lost += f.points;
    }
    if (unjudged_points > 0) {
      cs.judged = int(unjudged.size()) < rules_in;
      if (cat_lost == 0) cs.summary = (cs.judged ? "partly judged: " : "nothing to judge: ") + why;
      cat_lost += unjudged_points;
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
  rep.quality = total <= 0 ? 0 : std::clamp(int(std::lround(100.0 * (total - lost) / total)), 0, 100);
  rep.score = std::clamp(int(std::lround(rep.quality * rep.fit.factor)), 0, 100);
  for (auto& f : rep.findings)  // what the fit takes away (not the cap below: the reading problem says that)
    if (f.rule == "backend/fit") f.points = rep.quality - rep.score;
  if (!rep.reading.experience && rep.reading.bullets == 0) rep.score = std::min(rep.score, kUnreadCap);
  // Lead findings first, then by points lost, then by place (again after a suppression changed the points).
  std::stable_sort(rep.findings.begin(), rep.findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(!a.lead, -a.points, a.at.page, a.at.line, a.rule) <
           std::make_tuple(!b.lead, -b.points, b.at.page, b.at.line, b.rule);
  });
}

}  // namespace bescore
