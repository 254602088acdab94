// Picking a path set from entry titles and dates.
#include "engine/pick_ruleset.h"

#include "match/title_match.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bescore {

const std::vector<std::string>& pickable_rulesets() {
  static const std::vector<std::string> ids = {"backend", "backend-new-grad", "mobile-to-backend", "backend-senior",
                                               "platform"};
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

RulesetPick pick_ruleset(const Resume& resume, int today) {
  std::vector<Role> roles;
  for (const Section* s : resume.sections_of(SectionKind::experience))
    for (const auto& e : s->entries) {
      if (e.title.empty() && e.organisation.empty()) continue;
      Role r{&e, month_index(e.start, today), month_index(e.end.empty() ? e.start : e.end, today)};
      roles.push_back(r);
    }
  RulesetPick p;
  if (roles.empty()) return {"backend-new-grad", "no experience entries: the new-grad advice applies", 0};
  std::vector<Role> dated;
  for (const auto& r : roles)
    if (r.start >= 0 && r.end >= r.start) dated.push_back(r);
  p.years = years_of(dated);
  bool interns_only = std::all_of(roles.begin(), roles.end(), [](const Role& r) { return RE2::PartialMatch(r.entry->title, titles().intern); });
  // The latest roles: those that end last (every current role when several are).
  int last_end = -1;
  for (const auto& r : dated) last_end = std::max(last_end, r.end);
  std::vector<const Entry*> latest;
  for (const auto& r : dated)
    if (r.end == last_end) latest.push_back(r.entry);
  if (latest.empty()) latest.push_back(roles.front().entry);  // undated: the first listed
  // The kind a title names first ("Backend Engineer, Payments Platform" is backend, not platform; same as --job).
  auto latest_with = [&](const char* kind) -> const Entry* {
    for (const Entry* e : latest)
      if (title_kind(e->title) == kind) return e;
    return nullptr;
  };
  if (interns_only) return {"backend-new-grad", "internships only (" + quoted(*roles.front().entry) + ")", p.years};
  if (!dated.empty() && p.years < 2)
    return {"backend-new-grad", fmt_years(p.years) + " years of experience from entry dates (under 2)", p.years};
  if (const Entry* e = latest_with("mobile"))
    return {"mobile-to-backend", "the latest role, " + quoted(*e) + ", has a mobile title", p.years};
  if (p.years >= 8) return {"backend-senior", fmt_years(p.years) + " years of experience from entry dates (8 or more)", p.years};
  for (const auto& r : roles)
    if (RE2::PartialMatch(r.entry->title, titles().senior))
      return {"backend-senior", quoted(*r.entry) + " is a staff, principal or lead title", p.years};
  if (const Entry* e = latest_with("platform"))
    return {"platform", "the latest role, " + quoted(*e) + ", has an SRE, platform or DevOps title", p.years};
  return {"backend", fmt_years(p.years) + " years of experience, no new-grad, mobile, senior or platform signal", p.years};
}

}  // namespace bescore
