#include "check/rule.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace bescore {

namespace {

// A finding of spec's rule with the message and fix templates filled from values (and the excerpt, as {text}).
Finding filled(const RuleSpec& spec, int points, const TemplateValues& values, Location at, const std::string& excerpt,
               const std::string& message, const std::string& fix) {
  Finding f;
  f.rule = spec.id;
  f.severity = spec.severity;
  f.category = spec.category;
  f.points = points;
  f.at = at;
  f.excerpt = excerpt;
  f.lead = spec.lead;
  TemplateValues v = values;
  if (!v.count("text")) v["text"] = excerpt;
  f.message = fill_template(message, v);
  f.fix = tidy_fix(fill_template(fix, fix_values(v)));
  if (at.line) f.lines.push_back(at);
  return f;
}

}  // namespace

Finding Rule::make_finding(int points, const TemplateValues& values, Location at, const std::string& excerpt) const {
  return filled(spec_, points, values, at, excerpt, spec_.message, fix_for(excerpt));
}

Finding Rule::make_finding(const std::string& name, int points, const TemplateValues& values, Location at,
                           const std::string& excerpt) const {
  const MessageTemplate& t = spec_.messages.at(name);
  return filled(spec_, points, values, at, excerpt, t.message, t.fix);
}

const std::string& Rule::fix_for(const std::string& text) const {
  for (const auto& [when, fix] : spec_.fixes)
    if (when->matches(text)) return fix;
  return spec_.fix;
}

bool Rule::in_scope(SectionKind kind) const {
  if (spec_.sections.empty()) return kind == SectionKind::experience || kind == SectionKind::projects;
  return std::find(spec_.sections.begin(), spec_.sections.end(), kind) != spec_.sections.end();
}

std::string Rule::scope_names() const {
  std::vector<SectionKind> kinds = spec_.sections;
  if (kinds.empty()) kinds = {SectionKind::experience, SectionKind::projects};
  std::string out;
  for (size_t i = 0; i < kinds.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ") + to_string(kinds[i]);
  return out;
}

bool Rule::scope_has_text(const Resume& resume) const {
  for (const auto& s : resume.sections) {
    if (!in_scope(s.kind)) continue;
    if (!s.paragraph.empty()) return true;
    for (const auto& e : s.entries)
      if (!e.bullets.empty()) return true;
  }
  return false;
}

std::string Rule::nothing_to_judge(const Resume& resume) const {
  size_t n = bullets(resume, false).size();
  if (n >= 2) return "";
  // One bullet is no evidence of how a person writes: a rule about bullets awards nothing on it.
  return n == 0 ? "no bullets were found in " + scope_names() : "only one bullet was found in " + scope_names();
}

std::vector<const Bullet*> Rule::bullets(const Resume& resume, bool distinct) const {
  std::vector<const Bullet*> out;
  std::set<std::string> seen;
  for (const auto& s : resume.sections)
    if (in_scope(s.kind))
      for (const auto& e : s.entries)
        for (const auto& b : e.bullets)
          if (!distinct || seen.insert(b.text).second) out.push_back(&b);
  return out;
}

std::vector<const Entry*> Rule::entries(const Resume& resume) const {
  std::vector<const Entry*> out;
  for (const auto& s : resume.sections)
    if (in_scope(s.kind))
      for (const auto& e : s.entries) out.push_back(&e);
  return out;
}

void cap_points(std::vector<Finding>& findings, int cap) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.points > b.points; });
  for (auto& f : findings) {
    f.points = std::min(f.points, cap);
    cap -= f.points;
  }
}

void saturate_points(std::vector<Finding>& findings, int cap) {
  // Summed wide: every cost is at most 100 (rules/ruleset_spec.cc), but a long resume can hold many findings.
  long long nominal = 0;
  for (const auto& f : findings) nominal += std::max(0, f.points);
  if (nominal <= 0 || cap <= 0) { for (auto& f : findings) f.points = 0; return; }
  int total = int(std::lround(cap * (1.0 - std::exp(-double(nominal) / cap))));  // < cap
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.points > b.points; });
  // Largest-remainder shares, in order, so the sum is exactly total.
  int given = 0;
  double acc = 0;
  for (auto& f : findings) {
    acc += double(std::max(0, f.points)) * total / double(nominal);
    int upto = int(std::lround(acc));
    f.points = upto - given;
    given = upto;
  }
}

double param_number(const nlohmann::json& params, const char* key, double def) {
  if (!params.contains(key) || !params[key].is_number()) return def;
  // Rules turn counts into ints: a value beyond them (1e300 in a rule file) would make that undefined.
  return std::clamp(params[key].get<double>(), -1e9, 1e9);
}

Result<const Trait*> param_trait(const nlohmann::json& params, const char* key, const RuleContext& context) {
  if (!params.contains(key) || !params[key].is_string()) return Error{std::string("params.") + key + ": expected a trait name"};
  auto name = params[key].get<std::string>();
  auto it = context.traits->find(name);
  if (it == context.traits->end()) return Error{std::string("params.") + key + ": unknown trait '" + name + "'"};
  return &it->second;
}

}  // namespace bescore
