// A rule set: the judgement, as data. rules/ reads its JSON (built in or a file), checks it against
// rules/ruleset.schema.json, merges the set it extends and gives its vocabulary and rule specs; here the specs
// become rules, once.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "check/rule.h"
#include "rules/ruleset_spec.h"

namespace bescore {

struct RuleSet {
  std::string id, name, version;
  std::string origin;  ///< "built-in" or the file it came from.
  Vocabulary vocabulary;  ///< What reading a resume needs: parse_resume(document, set.vocabulary).
  std::vector<Category> categories;
  std::vector<std::unique_ptr<Rule>> rules;

  /// The rule with this id, or nullptr.
  const Rule* rule(const std::string& id) const;
  /// Sum of all rules' points (100 for the built-in sets).
  int total_points() const;
};

/// Loads a built-in set by name ("backend") or a JSON file by path. Errors read
/// "rules/x.json: rules[7].params.trait: unknown trait 'y'".
Result<std::shared_ptr<const RuleSet>> load_ruleset(const std::string& name_or_path);

/// A rule set given as JSON already in memory (a config's overrides on top of a set it extends);
/// label names it in errors, dir resolves relative paths in it.
Result<std::shared_ptr<const RuleSet>> load_ruleset_json(const nlohmann::json& doc, const std::string& label,
                                                         const std::string& dir);

}  // namespace bescore
