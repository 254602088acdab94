// A trait is a yes/no property of a bullet ("quantified", "responsibility", "backend"), defined in
// the rule set by patterns, opening words and lexicon families, and computed once per bullet.
#pragma once
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/lexicon.h"
#include "rules/trait_pattern.h"

namespace re2 { class RE2; }

namespace bescore {

class Trait {
 public:
  /// Compiles a trait definition; errors name the key under the trait ("match[2]: invalid regular expression: ...").
  static Result<Trait> from_json(const std::string& name, const nlohmann::json& j, const Lexicon& lexicon);

  /// Whether text (with the lexicon terms it mentions) has this trait.
  bool test(std::string_view text, const std::vector<const Term*>& terms) const;

  /// The words that made text have the trait (the duty phrase, the figure), or "".
  std::string evidence(std::string_view text) const;

  /// Byte offset in text of the first thing that gives it the trait (a pattern match or a lexicon
  /// term of its families), or npos; tells what a bullet is mainly about when it has two traits.
  size_t first_position(std::string_view text, const Lexicon& lexicon) const;

  /// Every distinct phrase in text that matches one of the trait's patterns (all the clichés, say).
  std::vector<std::string> all_evidence(std::string_view text) const;

  const std::string& name() const { return name_; }

 private:
  std::string stripped(std::string_view text) const;
  std::string name_;
  std::vector<std::shared_ptr<TraitPattern>> strip_, match_, unless_;
  std::set<std::string> first_words_;
  std::set<std::string> families_, exclude_terms_;
};

/// Compiles one RE2 pattern; on failure returns the RE2 error text. While a PatternBudget is alive, the
/// pattern's compiled size counts against it, and a pattern past the budget is refused.
Result<std::shared_ptr<re2::RE2>> compile_pattern(const std::string& pattern);

/// The total compiled size (RE2 program instructions) of the patterns of one rule set, counted while it loads:
/// each pattern is limited on its own (8 MB), and this bounds them together, so a small rule file of many
/// large patterns cannot cost minutes and hundreds of MB (docs/hardening.md). One per thread at a time.
class PatternBudget {
 public:
  static constexpr size_t kDefaultLimit = 400000;
  explicit PatternBudget(size_t limit = kDefaultLimit);
  ~PatternBudget();
  PatternBudget(const PatternBudget&) = delete;
  PatternBudget& operator=(const PatternBudget&) = delete;
  size_t used() const { return used_; }

 private:
  friend Result<std::shared_ptr<re2::RE2>> compile_pattern(const std::string& pattern);
  size_t limit_, used_ = 0;
  PatternBudget* outer_;
};

}  // namespace bescore
