// A built-in pattern of the parser or scorer that is compiled only when a text first could match it: like a
// trait's pattern (rules/trait_pattern.h), it carries the literals one of which every match holds, and a text
// without them is answered "no match" without RE2. Most of these patterns look for words a given resume never
// holds (places, professions, placeholder text), and compiling them was a third of a text resume's run.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/lower_case_form.h"
#include "base/required_literals.h"

namespace re2 { class RE2; }

namespace bescore {

class GatedPattern {
 public:
  /// pattern is RE2 syntax, compiled with RE2's default options; it must compile (tests use every one).
  explicit GatedPattern(std::string pattern);
  ~GatedPattern();

  /// The compiled pattern when text could match it; nullptr when it certainly cannot.
  const re2::RE2* for_text(std::string_view text) const;
  bool partial_match(std::string_view text) const;
  bool full_match(std::string_view text) const;
  /// RE2::GlobalReplace on text where it could match, rewrite taken literally; the number of replacements.
  int replace_all(std::string& text, std::string_view rewrite) const;

  /// The source of every GatedPattern made so far (tests check each against RE2 on sample texts).
  static std::vector<std::string> all_sources();

 private:
  // The three answers above run the pattern in lower case where that finds the same matches (lower_case_form.h);
  // for_text's callers read groups, and get the pattern as written.
  LowerCasePattern pattern_;
  std::optional<RequiredLiterals> literals_;
};

}  // namespace bescore
