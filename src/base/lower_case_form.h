// Running a "(?i)" pattern without its case folding. RE2 spends about a third of compiling a (?i) pattern on
// folding case (each letter becomes a class, through Unicode's tables), and most built-in patterns are written
// "(?i)" and then all in lower case: such a pattern is compiled without the "(?i)" and run on the text in lower
// case. Lowering ASCII keeps every byte offset, so a match found in the lower-case copy is the same span of the text.
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace re2 { class RE2; }

namespace bescore {

/// The pattern without its leading "(?i)" when running it on text in lower case finds the same matches as the
/// pattern as written, the micro sign and Greek mu (µ, μ, Μ, which (?i) folds together) spelled out as a class of all
/// three; nullopt when it might not (a capital letter outside an escape, another character beyond ASCII with another
/// case, "\x", "\p", "\Q" or an octal escape, "[:upper:]" or "[:^upper:]", a flag turned off, a class range such as
/// "[0-_]" holding capitals without their lower case).
std::optional<std::string> lower_case_form(const std::string& pattern);

/// Whether a lower-case form may be run on text: it holds neither of the two letters beyond ASCII that RE2 folds
/// to ASCII ones (the Kelvin sign to k, the long s to s).
bool lower_case_runs_on(std::string_view text);

/// A pattern as written and, where running it on text in lower case finds the same matches, its lower-case form
/// (lower_case_form); each is compiled on first use. A trait's pattern (rules/trait_pattern.h) and the parser's
/// gated patterns (base/gated_pattern.h) run through one.
class LowerCasePattern {
 public:
  /// Compiles a source; it does not return on failure (the sources are built in and tested).
  using Compiler = std::shared_ptr<re2::RE2> (*)(const std::string& source);
  /// lower_case: written's lower-case form, or nullopt to run written on every text.
  LowerCasePattern(std::string written, std::optional<std::string> lower_case, Compiler compiler);
  /// A pattern compiled already, run as written (a rule file's own, compiled within its budget).
  explicit LowerCasePattern(std::shared_ptr<re2::RE2> compiled);

  /// The pattern to run on text and the text to run it on: the lower-case form on lowered (text lowered, at the same
  /// byte offsets), or, when there is none or text holds the Kelvin sign or the long s, the pattern as written on text.
  struct Run {
    const re2::RE2* re;
    std::string_view text;
  };
  Run for_text(std::string_view text, std::string& lowered) const;
  /// The pattern as written, for callers that read its groups.
  const re2::RE2& as_written() const;
  /// RE2::GlobalReplace of every match in text, rewrite taken literally; the number of replacements.
  int replace_all(std::string& text, std::string_view rewrite) const;
  /// Compiles now the form most texts run (a batch does, before forking its workers, so they share it).
  void compile() const;

 private:
  const re2::RE2& lower_case() const;
  std::string written_source_;
  std::optional<std::string> lower_case_source_;
  Compiler compile_ = nullptr;
  mutable std::once_flag written_once_, lower_case_once_;
  mutable std::shared_ptr<re2::RE2> written_, lower_case_;
};

}  // namespace bescore
