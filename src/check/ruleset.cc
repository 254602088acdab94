#include "check/ruleset.h"

#include "rules/trait_pattern.h"

namespace bescore {

const Rule* RuleSet::rule(const std::string& rule_id) const {
  for (const auto& r : rules) if (r->spec().id == rule_id) return r.get();
  return nullptr;
}

int RuleSet::total_points() const {
  int n = 0;
  for (const auto& r : rules) n += r->spec().points;
  return n;
}

namespace {

// The rules of a read set, built from their specs against the set's own vocabulary (rules keep pointers into it,
// so it is moved into place first).
Result<std::shared_ptr<const RuleSet>> build_set(Result<MergedRuleSet> merged, const std::string& name_or_path) {
  if (!merged) return Error{merged.error()};
  auto spec = ruleset_spec(*merged, name_or_path);
  if (!spec) return Error{spec.error()};
  auto set = std::make_shared<RuleSet>();
  set->id = std::move(spec->id);
  set->name = std::move(spec->name);
  set->version = std::move(spec->version);
  set->origin = std::move(spec->origin);
  set->vocabulary = std::move(spec->vocabulary);
  set->categories = std::move(spec->categories);
  RuleContext ctx{set->vocabulary.lexicon.get(), &set->vocabulary.traits};
  for (auto& written : spec->rules) {
    auto rule = make_rule(std::move(written.spec), ctx);
    if (!rule) return Error{written.where + "." + rule.error()};
    set->rules.push_back(std::move(*rule));
  }
  return std::shared_ptr<const RuleSet>(std::move(set));
}

}  // namespace

Result<std::shared_ptr<const RuleSet>> load_ruleset(const std::string& name_or_path) {
  PatternBudget budget;  // every pattern of the set, its traits' and its rules', counts against it
  PatternDeferral defer(is_builtin_ruleset(name_or_path));  // a built-in set's patterns compile on first use
  return build_set(read_ruleset_source(name_or_path), name_or_path);
}

Result<std::shared_ptr<const RuleSet>> load_ruleset_json(const nlohmann::json& doc, const std::string& label,
                                                         const std::string& dir) {
  PatternBudget budget;
  // A set given as JSON is a config's (its overrides, the rules file it names): the person's own patterns, compiled
  // at load within the budget like a rule file's, whatever the config file is called (--config cfg, no ".json").
  PatternDeferral defer(false);
  return build_set(merge_ruleset_json(doc, label, dir), label);
}

}  // namespace bescore
