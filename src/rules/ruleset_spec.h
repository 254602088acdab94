// What a merged rule set means, checked: its vocabulary (lexicon, heading words, traits compiled), its
// categories weighed by their rules' points, and each rule's spec with numbers that cannot raise a score.
// check/ruleset.h builds the rules from the specs.
#pragma once
#include <string>
#include <vector>

#include "base/result.h"
#include "rules/rule_spec.h"
#include "rules/ruleset_source.h"
#include "rules/vocabulary.h"

namespace bescore {

/// A rule's spec and where it is written, for the errors of building it.
struct WrittenRule {
  RuleSpec spec;
  std::string where;  ///< "rules/backend.json: rules[7]", or the file that overrode it.
};

struct RuleSetSpec {
  std::string id, name, version;
  std::string origin;  ///< "built-in" or the file it came from.
  Vocabulary vocabulary;
  std::vector<Category> categories;
  std::vector<WrittenRule> rules;  ///< In order, rules switched off left out.
};

/// The spec of a merged set; name_or_path names it in errors and says whether it is built in.
Result<RuleSetSpec> ruleset_spec(const MergedRuleSet& merged, const std::string& name_or_path);

}  // namespace bescore
