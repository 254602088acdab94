// Inline suppression in the sources people edit: `<!-- bescore-disable-next-line RULE -->` (Markdown),
// `% bescore-disable-next-line RULE` (LaTeX), and file-level `bescore-disable RULE`.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

/// Rules switched off for the whole file and for single lines ("*" means every rule).
struct Suppressions {
  std::set<std::string> file_rules;
  std::map<int, std::set<std::string>> line_rules;  ///< source line → rules
  bool empty() const { return file_rules.empty() && line_rules.empty(); }
};

/// Finds the suppression comments in a source's text.
Suppressions find_suppressions(std::string_view source);

/// Moves suppressed findings to report.suppressed and recomputes the score.
void apply_suppressions(Report& report, const Suppressions& suppressions, const RuleSet& rules);

}  // namespace bescore
