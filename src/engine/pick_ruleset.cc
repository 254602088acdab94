// Picking a path set from entry titles and dates.
#include "engine/pick_ruleset.h"

#include "match/title_match.h"
#include "rules/embedded.h"

#include <nlohmann/json.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bescore {

const std::vector<AutoPick>& auto_picks() {
  static const std::vector<AutoPick> picks = [] {
    std::vector<AutoPick> out;
    for (const auto& f : embedded_rule_files()) {
      auto doc = nlohmann::json::parse(f.content, nullptr, false);
      if (!doc.is_object() || !doc.contains("auto") || !doc.contains("id")) continue;  // the schema checked the shape
      const auto& a = doc["auto"];
      out.push_back({doc["id"].get<std::string>(), a["order"].get<int>(), a["when"].get<std::vector<std::string>>()});
    }
    std::stable_sort(out.begin(), out.end(), [](const AutoPick& a, const AutoPick& b) { return a.order < b.order; });
    return out;
  }();
  return picks;
}

std::vector<std::string> pickable_rulesets() {
  std::vector<std::string> ids;
  for (const auto& p : auto_picks()) ids.push_back(p.id);
  return ids;
}

namespace {

struct Role {
  const Entry* entry;
  int start = -1, end = -1;
};

// Title words of each path, compiled once.
struct TitlePatterns {
  RE2 intern{"(?i)\\b(intern|internship|co-?op|apprentice|trainee)\\b"};
  RE2 senior{"(?i)\\b(staff|principal|lead|distinguished|head of|architect)\\b"};
};
const TitlePatterns& titles() {
  static const TitlePatterns p;
  return p;
}

std::string fmt_years(double y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", y);
  return buf;
}

// Months covered by the roles, overlapping roles counted once.
double years_of(std::vector<Role> roles) {
  std::sort(roles.begin(), roles.end(), [](const Role& a, const Role& b) { return a.start < b.start; });
  int months = 0, cover_end = -1;
  for (const auto& r : roles) {
    int from = std::max(r.start, cover_end);
    if (r.end > from) months += r.end - from;
    cover_end = std::max(cover_end, r.end);
  }
  return months / 12.0;
}

std::string quoted(const Entry& e) { return "\"" + e.title + "\""; }

}  // namespace

int month_index(const std::string& date, int today) {
  if (date == "present") return today;
  int y = 0, m = 0;
  if (std::sscanf(date.c_str(), "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12) return y * 12 + m - 1;
  if (std::sscanf(date.c_str(), "%4d", &y) == 1 && y > 1900) return y * 12 + 5;
  return -1;
}

RulesetPick pick_ruleset(const Resume& resume, int today, const std::vector<AutoPick>& sets) {
  std::vector<Role> roles;
  for (const Section* s : resume.sections_of(SectionKind::experience))
    for (const auto& e : s->entries) {
      if (e.title.empty() && e.organisation.empty()) continue;
      Role r{&e, month_index(e.start, today), month_index(e.end.empty() ? e.start : e.end, today)};
      roles.push_back(r);
    }
  std::vector<Role> dated;
  for (const auto& r : roles)
    if (r.start >= 0 && r.end >= r.start) dated.push_back(r);
  double years = years_of(dated);
  // The latest roles: those that end last (every current role when several are).
  int last_end = -1;
  for (const auto& r : dated) last_end = std::max(last_end, r.end);
  std::vector<const Entry*> latest;
  for (const auto& r : dated)
    if (r.end == last_end) latest.push_back(r.entry);
  if (latest.empty() && !roles.empty()) latest.push_back(roles.front().entry);  // undated: the first listed
  // The kind a title names first ("Backend Engineer, Payments Platform" is backend, not platform; same as --job).
  auto latest_with = [&](const char* kind) -> const Entry* {
    for (const Entry* e : latest)
      if (title_kind(e->title) == kind) return e;
    return nullptr;
  };
  // Why the resume shows a signal, or "" when it does not.
  auto shows = [&](const std::string& signal) -> std::string {
    if (signal == "no-experience") return roles.empty() ? "no experience entries: the new-grad advice applies" : "";
    if (roles.empty()) return signal == "always" ? "no experience entries" : "";
    if (signal == "internships-only")
      return std::all_of(roles.begin(), roles.end(), [](const Role& r) { return RE2::PartialMatch(r.entry->title, titles().intern); })
                 ? "internships only (" + quoted(*roles.front().entry) + ")" : "";
    if (signal == "under-2-years")
      return !dated.empty() && years < 2 ? fmt_years(years) + " years of experience from entry dates (under 2)" : "";
    if (signal == "8-years-or-more") return years >= 8 ? fmt_years(years) + " years of experience from entry dates (8 or more)" : "";
    if (signal == "senior-title") {
      for (const auto& r : roles)
        if (RE2::PartialMatch(r.entry->title, titles().senior)) return quoted(*r.entry) + " is a staff, principal or lead title";
      return "";
    }
    if (signal == "latest-title-mobile" || signal == "latest-title-platform") {
      bool mobile = signal == "latest-title-mobile";
      const Entry* e = latest_with(mobile ? "mobile" : "platform");
      return e ? "the latest role, " + quoted(*e) + (mobile ? ", has a mobile title" : ", has an SRE, platform or DevOps title") : "";
    }
    if (signal == "always") return fmt_years(years) + " years of experience, no new-grad, mobile, senior or platform signal";
    return "";
  };
  double shown_years = roles.empty() ? 0 : years;
  for (const AutoPick& set : sets)
    for (const std::string& signal : set.when)
      if (std::string because = shows(signal); !because.empty()) return {set.id, because, shown_years};
  return {"backend", "no built-in set's signal holds", shown_years};
}

RulesetPick pick_ruleset(const Resume& resume, int today) { return pick_ruleset(resume, today, auto_picks()); }

}  // namespace bescore
