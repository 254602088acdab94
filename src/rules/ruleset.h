// A rule set: the judgement, as data. Loaded from JSON (built in or a file), validated against
// rules/ruleset.schema.json, merged with the set it extends, and compiled once.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "check/rule.h"
#include "base/result.h"
#include "parse/headings.h"
#include "parse/resume.h"
#include "rules/lexicon.h"
#include "rules/trait.h"

namespace bescore {

/// A scoring category; its weight is the sum of its rules' points.
struct Category {
  std::string id, name;
  int weight = 0;
};

struct RuleSet {
  std::string id, name, version;
  std::string origin;  ///< "built-in" or the file it came from.
  HeadingVocabulary headings;  ///< Heading synonyms and head words, lower case.
  std::shared_ptr<const Lexicon> lexicon;
  std::map<std::string, Trait> traits;
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

/// Names of the built-in rule sets.
std::vector<std::string> builtin_rulesets();

}  // namespace bescore
