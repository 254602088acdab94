// Reading a rule set: its JSON, built in or from a file, checked against rules/ruleset.schema.json, with the sets
// it extends merged under it. What the merged JSON means is rules/ruleset_spec.h; the rules it compiles to, check/.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/result.h"

namespace bescore {

/// A rule's JSON together with the file and index its errors name ("rules/backend.json: rules[7]").
struct RuleJson {
  nlohmann::json rule;
  std::string where;
};

/// A rule set merged with the sets it extends: the top-level keys (id, name, version, lexicon, headings,
/// heading_words, traits, categories; lexicon_dir says where a lexicon file is, "" for a built-in one) and the
/// rules in order, overrides applied.
struct MergedRuleSet {
  nlohmann::json top = nlohmann::json::object();
  std::vector<RuleJson> rules;
};

/// A built-in set by name ("backend") or a JSON file by path, with what it extends.
Result<MergedRuleSet> read_ruleset_source(const std::string& name_or_path);

/// A rule set given as JSON already in memory (a config's overrides on top of a set it extends), checked against
/// the schema; label names it in errors, dir resolves relative paths in it.
Result<MergedRuleSet> merge_ruleset_json(const nlohmann::json& doc, const std::string& label, const std::string& dir);

/// Whether name_or_path names a built-in set ("backend") rather than a file.
bool is_builtin_ruleset(const std::string& name_or_path);

/// Names of the built-in rule sets.
std::vector<std::string> builtin_rulesets();

/// A rule set or lexicon file from disk: a regular file of at most 16 MB; what ("rule set", "lexicon") names it
/// in errors.
Result<std::string> read_rule_file(const std::string& path, const std::string& what);

}  // namespace bescore
