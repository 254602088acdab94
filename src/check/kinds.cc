#include "check/kinds.h"

#include <utility>

namespace bescore {

namespace {
using Factory = Result<std::unique_ptr<Rule>> (*)(RuleSpec, const RuleContext&);
const std::vector<std::pair<std::string, Factory>>& factories() {
  static const std::vector<std::pair<std::string, Factory>> all = {
      {"ratio", make_ratio_rule},       {"flag", make_flag_rule},       {"count", make_count_rule},
      {"coverage", make_coverage_rule}, {"presence", make_presence_rule}, {"order", make_order_rule},
      {"section_text", make_section_text_rule}, {"repeat", make_repeat_rule},
      {"layout", make_layout_rule}};
  return all;
}
}  // namespace

Result<std::unique_ptr<Rule>> make_rule(RuleSpec spec, const RuleContext& context) {
  for (const auto& [kind, factory] : factories()) {
    if (kind != spec.kind) continue;
    // Params are free-form JSON (the schema cannot type them per kind): a value of the wrong type, which the
    // factories read with nlohmann's typed getters, is an error in the rule file, not a crash.
    try {
      return factory(std::move(spec), context);
    } catch (const nlohmann::json::exception& e) {
      std::string what = e.what();  // "[json.exception.type_error.302] type must be string, but is number"
      size_t cut = what.find("] ");
      return Error{"params: a value has the wrong type (" + (cut == std::string::npos ? what : what.substr(cut + 2)) + ")"};
    }
  }
  return Error{"kind: unknown rule kind '" + spec.kind + "'"};
}

std::vector<std::string> rule_kinds() {
  std::vector<std::string> out;
  for (const auto& [kind, factory] : factories()) out.push_back(kind);
  return out;
}

}  // namespace bescore
