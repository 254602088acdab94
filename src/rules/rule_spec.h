// One rule as its rule set writes it, merged and checked: the attributes every rule shares whatever its kind,
// and its params as JSON (each kind reads and checks its own when check/ builds the rule).
#pragma once
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "rules/section_kind.h"
#include "rules/trait_pattern.h"

namespace bescore {

/// A message and its fix, templates filled from a finding's values.
struct MessageTemplate {
  std::string message, fix;
};

struct RuleSpec {
  std::string id, kind, category, name;
  std::string severity = "warning";
  int points = 0;                      ///< Most points the rule can cost.
  std::vector<SectionKind> sections;   ///< Sections it looks at (empty: experience and projects).
  std::string message, fix, why, source;
  nlohmann::json params = nlohmann::json::object();
  bool lead = false;                   ///< Its findings are shown first.
  /// Fix templates picked by the first pattern the person's text matches; `fix` otherwise. A built-in set's
  /// patterns compile on the first text that could match them, like its traits'.
  std::vector<std::pair<std::shared_ptr<TraitPattern>, std::string>> fixes;
  /// The kind's other findings by name ("stuffing" of a repeat rule), each with its own message and fix.
  std::map<std::string, MessageTemplate> messages;
};

/// A scoring category; its weight is the sum of its rules' points.
struct Category {
  std::string id, name;
  int weight = 0;
};

}  // namespace bescore
