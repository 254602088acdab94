// `--rules auto`: which built-in path set suits a resume, read from the resume itself, and why.
#pragma once
#include <string>
#include <vector>

#include "parse/resume.h"

namespace bescore {

struct RulesetPick {
  std::string id;       ///< "backend-new-grad", "mobile-to-backend", "backend-senior", "platform" or "backend".
  std::string because;  ///< "9.4 years of experience from entry dates (8 or more)".
  double years = 0;     ///< Experience counted from the dated experience entries, overlaps once.
};

/// When a built-in set applies, from its "auto" block (rules/*.json): tried by order, lowest first; the first
/// with a signal in `when` that the resume shows is picked. Signals: no-experience, internships-only,
/// under-2-years, latest-title-mobile, 8-years-or-more, senior-title, latest-title-platform, always.
struct AutoPick {
  std::string id;
  int order = 0;
  std::vector<std::string> when;
};

/// The built-in sets with an "auto" block, lowest order first, read from the embedded rules/*.json.
const std::vector<AutoPick>& auto_picks();

/// The ids pick_ruleset can return (those of auto_picks).
std::vector<std::string> pickable_rulesets();

/// Months since year 0 for "2021-03" or "2021" (a year alone counts from its middle); "present" is today.
/// Returns -1 when the text is no date.
int month_index(const std::string& date, int today);

/// The first of sets (in their order) whose signals the resume shows, and why; with the built-in sets: new grad
/// (no experience, internships only, under 2 years), mobile-to-backend (the latest role has a mobile title),
/// senior (8 years or more, or a staff, principal or lead title), platform (the latest role is SRE, platform,
/// infrastructure or DevOps), else backend. today is months since year 0 (year * 12 + month - 1). Pure.
RulesetPick pick_ruleset(const Resume& resume, int today, const std::vector<AutoPick>& sets);

/// The same with the built-in sets (auto_picks).
RulesetPick pick_ruleset(const Resume& resume, int today);

}  // namespace bescore
