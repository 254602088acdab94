#include "report/cohort_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "check/util.h"

namespace bescore {

using nlohmann::ordered_json;

namespace {

int num(const ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<int>() : 0;
}

Finding finding_from_json(const ordered_json& j) {
  Finding f;
  f.rule = json_text(j, "rule");
  f.severity = json_text(j, "severity");
  f.category = json_text(j, "category");
  f.message = json_text(j, "message");
  f.fix = json_text(j, "fix");
  f.points = num(j, "points");
  if (auto at = j.find("location"); at != j.end() && at->is_object()) f.at = {num(*at, "page"), num(*at, "line")};
  f.excerpt = json_text(j, "excerpt");
  return f;
}

}  // namespace

std::string json_text(const ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

CohortEntry entry_from_json(const ordered_json& report) {
  CohortEntry e;
  e.file = json_text(report, "file");
  e.score = num(report, "score");
  e.confidence = report.contains("confidence") ? num(report, "confidence") : 100;
  if (auto low = report.find("low_confidence"); low != report.end() && low->is_boolean()) e.low_confidence = low->get<bool>();
  if (auto cs = report.find("categories"); cs != report.end() && cs->is_array())
    for (const auto& c : *cs)
      e.categories.push_back({json_text(c, "id"), json_text(c, "name"), num(c, "weight"), num(c, "score"), ""});
  if (auto fs = report.find("findings"); fs != report.end() && fs->is_array())
    for (const auto& f : *fs) e.findings.push_back(finding_from_json(f));
  e.match = resume_match_from_json(report);
  // The set is a column only when --rules auto picked it per file (the report then says why).
  if (auto rs = report.find("ruleset"); rs != report.end() && rs->is_object() && rs->contains("picked_because"))
    e.rules = json_text(*rs, "id");
  return e;
}

ordered_json entry_fields(const ordered_json& report) {
  ordered_json fields = ordered_json::object();
  for (const char* key : {"file", "score", "confidence", "low_confidence", "categories", "findings", "match", "ruleset"})
    if (auto it = report.find(key); it != report.end()) fields[key] = *it;
  if (auto fs = fields.find("findings"); fs != fields.end() && fs->is_array())
    for (auto& f : *fs)
      if (f.is_object()) f.erase("lines");
  return fields;
}

std::string cohort_flag(const CohortEntry& e) {
  if (!e.low_confidence) return "";
  return "low reading confidence (" + std::to_string(e.confidence) + "%): not ranked";
}

CohortEntry skipped_entry(std::string file, const std::string& reason) {
  CohortEntry e = failed_entry(std::move(file), "skipped: " + reason);
  e.skipped = true;
  return e;
}

CohortEntry failed_entry(std::string file, std::string error) {
  CohortEntry e;
  e.file = std::move(file);
  e.error = error.empty() ? "failed for an unknown reason" : std::move(error);
  return e;
}

std::vector<RuleFix> biggest_fixes(const CohortEntry& entry, size_t n) {
  std::vector<RuleFix> fixes;
  for (const auto& f : entry.findings) {
    auto it = std::find_if(fixes.begin(), fixes.end(), [&](const RuleFix& r) { return r.rule == f.rule; });
    if (it == fixes.end()) fixes.push_back({f.rule, f.points, f.message, f.fix});
    else it->points += f.points;
  }
  std::stable_sort(fixes.begin(), fixes.end(), [](const RuleFix& a, const RuleFix& b) { return a.points > b.points; });
  if (fixes.size() > n) fixes.resize(n);
  return fixes;
}

double quantile(const std::vector<int>& sorted, double q) {
  if (sorted.empty()) return 0;
  double pos = q * double(sorted.size() - 1);
  size_t lo = size_t(std::floor(pos));
  size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

std::string format_number(double value) {
  double rounded = std::round(value * 10) / 10;
  char buf[32];
  if (rounded == std::floor(rounded)) std::snprintf(buf, sizeof buf, "%.0f", rounded);
  else std::snprintf(buf, sizeof buf, "%.1f", rounded);
  return buf;
}

void CohortTally::add(const CohortEntry& e) {
  if (e.skipped) { ++s_.skipped; return; }
  if (!e.scored()) { ++s_.failed; return; }
  ++s_.scored;
  scores_.push_back(e.score);
  ++s_.histogram[std::clamp(e.score / 10, 0, 9)];
  for (const auto& c : e.categories) {
    if (!category_totals_.count(c.id)) s_.categories.push_back({c.id, c.name, c.weight, 0});
    category_totals_[c.id] += c.score;
  }
  std::vector<std::string> rules;
  for (const auto& f : e.findings)
    if (std::find(rules.begin(), rules.end(), f.rule) == rules.end()) rules.push_back(f.rule);
  for (const auto& r : rules) ++failing_[r];
}

CohortSummary CohortTally::summary() const {
  CohortSummary s = s_;
  if (scores_.empty()) return s;
  std::vector<int> scores = scores_;
  std::sort(scores.begin(), scores.end());
  s.q1 = quantile(scores, 0.25);
  s.median = quantile(scores, 0.5);
  s.q3 = quantile(scores, 0.75);
  s.min = scores.front();
  s.max = scores.back();
  long total = 0;
  for (int v : scores) total += v;
  s.mean = double(total) / double(scores.size());
  for (auto& c : s.categories) c.average = double(category_totals_.at(c.id)) / s.scored;
  for (const auto& [rule, n] : failing_) s.rules.push_back({rule, n, std::stoi(percent(n, s.scored))});
  std::stable_sort(s.rules.begin(), s.rules.end(), [](const RuleShare& a, const RuleShare& b) { return a.failing > b.failing; });
  return s;
}

CohortSummary summarise(const std::vector<CohortEntry>& entries) {
  CohortTally tally;
  for (const auto& e : entries) tally.add(e);
  return tally.summary();
}

std::string summary_to_text(const CohortSummary& s, size_t top_rules) {
  std::string out = "scored " + std::to_string(s.scored) + ", failed " + std::to_string(s.failed) +
                    (s.skipped ? ", skipped " + std::to_string(s.skipped) + " (not resumes)" : "") + "\n";
  if (s.scored == 0) return out;
  out += "score: median " + format_number(s.median) + ", quartiles " + format_number(s.q1) + " and " +
         format_number(s.q3) + ", range " + std::to_string(s.min) + "-" + std::to_string(s.max) + "\n";
  if (s.rules.empty()) return out + "no rule failed by any resume\n";
  out += "most often failed:\n";
  size_t width = 0;
  for (size_t i = 0; i < s.rules.size() && i < top_rules; ++i) width = std::max(width, s.rules[i].rule.size());
  for (size_t i = 0; i < s.rules.size() && i < top_rules; ++i) {
    const auto& r = s.rules[i];
    char line[64];
    std::snprintf(line, sizeof line, "%4d%% (%d of %d)", r.percent, r.failing, s.scored);
    out += "  " + r.rule + std::string(width - r.rule.size() + 2, ' ') + line + "\n";
  }
  return out;
}

}  // namespace bescore
