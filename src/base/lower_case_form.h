// Running a "(?i)" pattern without its case folding. RE2 spends about a third of compiling a (?i) pattern on
// folding case (each letter becomes a class, through Unicode's tables), and most built-in patterns are written
// "(?i)" and then all in lower case: such a pattern is compiled without the "(?i)" and run on the text in lower
// case. Lowering ASCII keeps every byte offset, so a match found in the lower-case copy is the same span of the text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace re2 { class RE2; }

namespace bescore {

/// The pattern without its leading "(?i)" when running it on text in lower case finds the same matches as the
/// pattern as written; nullopt when it might not (a capital letter outside an escape, a character beyond ASCII
/// with another case, "\x", "\p", "\Q" or an octal escape, "[:upper:]" or "[:^upper:]", a flag turned off, a class range such as
/// "[0-_]" holding capitals without their lower case).
std::optional<std::string> lower_case_form(const std::string& pattern);

/// Whether a lower-case form may be run on text: it holds neither of the two letters beyond ASCII that RE2 folds
/// to ASCII ones (the Kelvin sign to k, the long s to s).
bool lower_case_runs_on(std::string_view text);

/// RE2::GlobalReplace with the matches of re found in lowered (text in lower case) and the rest copied from text;
/// rewrite is taken literally. The number of replacements.
int replace_lowered_matches(std::string& text, const std::string& lowered, const re2::RE2& re, std::string_view rewrite);

}  // namespace bescore
