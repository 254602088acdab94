// One pattern of a rule set (a trait's strip, match or unless; a rule's fixes[].when), with the literals one of which any match contains: a
// text without any of them is answered "no match" without running RE2, and a pattern of a built-in rule
// set is only compiled when a text first passes that test (most never do on a given resume).
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/required_literals.h"

namespace re2 { class RE2; }

namespace bescore {

class TraitPattern {
 public:
  /// Compiles pattern now (errors and the PatternBudget as compile_pattern) unless a PatternDeferral
  /// is on; then it is compiled on first use.
  static Result<std::shared_ptr<TraitPattern>> make(const std::string& pattern);

  /// Whether the pattern matches somewhere in text.
  bool matches(std::string_view text) const;

  /// The leftmost match in text (the whole match, as a view of text), or nullopt.
  std::optional<std::string_view> find(std::string_view text) const;

  /// Replaces every match in text by a space, as RE2::GlobalReplace would.
  void blank_out(std::string& text) const;

  /// Compiles a deferred pattern now (a batch does, before forking its workers, so they share it).
  void compile() const { compiled(); }

 private:
  // The pattern to run on text, and the text to run it on. A pattern written all in lower case after a leading
  // "(?i)" (most of the built-in ones) is compiled without the "(?i)" and run on the text in lower case, at the
  // same byte offsets: RE2 spends a third of a compile on case folding. A text holding one of the two non-ASCII
  // letters that fold to ASCII ones (the Kelvin sign, the long s) is run on the pattern as written.
  struct Run {
    const re2::RE2* re;
    std::string_view text;
  };
  Run prepare(std::string_view text, std::string& lowered) const;
  const re2::RE2& compiled() const;
  const re2::RE2& as_written() const;
  std::string source_;  // the pattern wrapped in a group, as compiled
  bool folded_ = false;  // source_ is the pattern without its "(?i)", for text in lower case
  std::optional<RequiredLiterals> literals_;
  mutable std::once_flag once_, written_once_;
  mutable std::shared_ptr<re2::RE2> re_, written_;
  std::string written_source_;  // the pattern as written, in a group: only for a folded pattern
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
