#include "report/rule_names.h"

#include <map>

#include "check/ruleset.h"

namespace bescore {

std::string rule_display_name(const std::string& id) {
  static const std::map<std::string, std::string> names = [] {
    // The fit is not a rule of a set: the report adds its finding (src/score/report.cc).
    std::map<std::string, std::string> all = {{"backend/fit", "fit for backend roles"}};
    for (const auto& set_id : builtin_rulesets())
      if (auto set = load_ruleset(set_id))
        for (const auto& rule : (*set)->rules) all.emplace(rule->spec().id, rule->spec().name);
    return all;
  }();
  auto it = names.find(id);
  return it == names.end() || it->second.empty() ? id : it->second;
}

}  // namespace bescore
