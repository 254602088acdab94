// What `bescore explain RULE` and `bescore rules` print: one rule with its reasons, source, parameters and every
// message and fix it can print; and the rule set by category with each rule's points.
#pragma once
#include <string>

#include "base/result.h"
#include "check/ruleset.h"

namespace bescore {

/// `bescore explain`: the rule's kind, category, severity and points, why, its source, parameters, messages and fixes.
std::string rule_to_text(const Rule& rule);

/// `bescore explain RULE` for an id of `set`: rule_to_text, or the error naming the set, with the closest id when
/// RULE looks like a typo of one.
Result<std::string> explain_rule(const RuleSet& set, const std::string& id);

/// `bescore rules`: the set's name, version and origin, then its categories with each rule's points.
std::string ruleset_to_text(const RuleSet& set);

}  // namespace bescore
