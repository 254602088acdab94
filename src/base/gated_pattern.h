// A built-in pattern of the parser or scorer that is compiled only when a text first could match it: like a
// trait's pattern (rules/trait_pattern.h), it carries the literals one of which every match holds, and a text
// without them is answered "no match" without RE2. Most of these patterns look for words a given resume never
// holds (places, professions, placeholder text), and compiling them was a third of a text resume's run.
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  const re2::RE2& compiled() const;
  // The pattern without its "(?i)" for text in lower case, when that finds the same matches (lower_case_form.h):
  // the three answers above use it; for_text's caller needs the pattern as written.
  const re2::RE2* lower_case_for(std::string_view text, std::string& lowered) const;
  std::string source_;
  std::optional<std::string> lower_case_source_;
  std::optional<RequiredLiterals> literals_;
  mutable std::once_flag once_, lower_case_once_;
  mutable std::unique_ptr<re2::RE2> re_, lower_case_re_;
};

}  // namespace bescore
