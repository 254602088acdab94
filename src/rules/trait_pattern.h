// One pattern of a rule set (a trait's strip, match or unless; a rule's fixes[].when; a coverage rule's
// groups[].match and flag; a count rule's title), with the literals one of which any match contains: a text without
// any of them is answered "no match" without running RE2, and a pattern of a built-in rule set is only compiled when
// a text first passes that test (most never do on a given resume).
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/lower_case_form.h"
#include "base/result.h"
#include "base/required_literals.h"
#include "base/word_list.h"

namespace re2 { class RE2; }

namespace bescore {

class TraitPattern {
 public:
  /// Compiles pattern now (errors and the PatternBudget as compile_pattern; it must compile as written, though it is
  /// run inside a group) unless a PatternDeferral is on; then it is compiled on first use.
  static Result<std::shared_ptr<TraitPattern>> make(const std::string& pattern);

  /// Compiles every pattern deferred so far, of every rule set loaded (a batch does, before forking its workers, so
  /// they share them).
  static void compile_every_deferred();

  /// Whether the pattern matches somewhere in text.
  bool matches(std::string_view text) const;

  /// The leftmost match in text (the whole match, as a view of text), or nullopt.
  std::optional<std::string_view> find(std::string_view text) const;

  /// Replaces every match in text by a space, as RE2::GlobalReplace would.
  void blank_out(std::string& text) const;

  /// Compiles a deferred pattern now (reads its word list instead, when it is one).
  void compile() const;

 private:
  // A built-in set's pattern written all in lower case after a leading "(?i)" (most of them) runs without the "(?i)"
  // on the text in lower case, at the same byte offsets (RE2 spends a third of a compile on case folding); a text
  // holding the Kelvin sign or the long s runs it as written (base/lower_case_form.h). It is wrapped in a group.
  std::optional<LowerCasePattern> pattern_;
  std::optional<RequiredLiterals> literals_;
  // A pattern that only lists words and phrases ("(?i)\b(back-?end|servers?)\b", about half of a rule set's) is
  // found without RE2 (base/word_list.h): read on first use, when a text first passes the literals.
  bool built_in_ = false;                        // the build read the pattern: words_ is built_words_ decoded
  std::optional<std::string_view> built_words_;  // the build's word list, encoded (a view of its table)
  std::string source_;                           // a rule file's pattern, read on first use
  mutable std::once_flag words_once_;
  mutable std::optional<WordList> words_;
  void read_word_list() const;
  /// The word list and the text it reads (text, or lowered: text in lower case), or nullptr to run RE2.
  const WordList* word_list(std::string_view text, std::string& lowered, std::string_view& reads) const;
};

/// While one with on = true is alive (on this thread), TraitPattern::make defers compiling: for rule sets
/// whose patterns are known to compile, the built-in ones (ruleset_test compiles them all, within the
/// budget). A deferred pattern does not count against the PatternBudget.
class PatternDeferral {
 public:
  explicit PatternDeferral(bool on);
  ~PatternDeferral();
  PatternDeferral(const PatternDeferral&) = delete;
  PatternDeferral& operator=(const PatternDeferral&) = delete;
  static bool active();

 private:
  bool outer_;
};

}  // namespace bescore
