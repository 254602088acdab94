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

/// The ids pick_ruleset can return, the fallback ("backend") first.
const std::vector<std::string>& pickable_rulesets();

/// Months since year 0 for "2021-03" or "2021" (a year alone counts from its middle); "present" is today.
/// Returns -1 when the text is no date.
int month_index(const std::string& date, int today);

/// Picks, in order: new grad (under 2 years, or internships only), mobile-to-backend (the latest role has a
/// mobile title), senior (8 years or more, or a staff, principal or lead title), platform (the latest role is
/// SRE, platform, infrastructure or DevOps), else backend. today is months since year 0 (year * 12 + month - 1).
/// Pure.
RulesetPick pick_ruleset(const Resume& resume, int today);

}  // namespace bescore
