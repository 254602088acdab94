// One factory per rule kind; each lives in its own file (check/<kind>_rule.cc). The registry of kinds by name is
// the table in kinds.cc, the one list: rules/ruleset.schema.json's kind enum is tested against it (kinds_test.cc).
#pragma once
#include "check/rule.h"

namespace bescore {

Result<std::unique_ptr<Rule>> make_ratio_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_flag_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_count_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_coverage_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_presence_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_order_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_section_text_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_repeat_rule(RuleSpec spec, const RuleContext& context);
Result<std::unique_ptr<Rule>> make_layout_rule(RuleSpec spec, const RuleContext& context);

}  // namespace bescore
