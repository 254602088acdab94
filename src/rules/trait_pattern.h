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

  /// The compiled pattern when text could match it; nullptr when it certainly cannot.
  const re2::RE2* for_text(std::string_view text) const;

  /// Compiles a deferred pattern now (a batch does, before forking its workers, so they share it).
  void compile() const { compiled(); }

 private:
  const re2::RE2& compiled() const;
  std::string source_;  // the pattern wrapped in a group, as compiled
  std::optional<RequiredLiterals> literals_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<re2::RE2> re_;
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
