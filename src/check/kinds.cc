#include "check/kinds.h"

#include <utility>

namespace bescore {

namespace {
using Factory = Result<std::unique_ptr<Rule>> (*)(RuleSpec, const RuleContext&);
const std::vector<std::pair<std::string, Factory>>& factories() {
  static const std::vector<std::pair<std::string, Factory>> all = {
      {"ratio", make_ratio_rule},       {"flag", make_flag_rule},       {"count", make_count_rule},
      {"coverage", make_coverage_rule}, {"presence", make_presence_rule}, {"order", make_order_rule},
      {"section_text", make_section_text_rule}, {"repeat", make_repeat_rule}};
  return all;
}
}  // namespace

Result<std::unique_ptr<Rule>> make_rule(RuleSpec spec, const RuleContext& context) {
  for (const auto& [kind, factory] : factories())
    if (kind == spec.kind) return factory(std::move(spec), context);
  return Error{"kind: unknown rule kind '" + spec.kind + "'"};
}

std::vector<std::string> rule_kinds() {
  std::vector<std::string> out;
  for (const auto& [kind, factory] : factories()) out.push_back(kind);
  return out;
}

}  // namespace bescore
