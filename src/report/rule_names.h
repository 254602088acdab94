// Rules by their names ("quantified impact") rather than their ids ("impact/quantified") where people read charts.
#pragma once
#include <string>

namespace bescore {

/// The name a built-in rule set gives the rule (the first set that has it; the fit's finding has one too), or the
/// id itself for a rule only a custom rule file knows.
std::string rule_display_name(const std::string& id);

}  // namespace bescore
