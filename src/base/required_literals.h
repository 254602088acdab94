// The literals one of which every match of a pattern contains: a cheap test that tells, before RE2 has
// compiled the pattern, that a text cannot match it (most trait patterns match no bullet of a resume).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bescore {

/// Sets of ASCII lower-case literals such that every match of a pattern, ASCII-lowercased, contains one
/// literal of each set ('\1' at either end of a literal: a \b word boundary that must hold there).
using RequiredLiterals = std::vector<std::vector<std::string>>;

/// The required literals of an RE2 pattern, at most three sets, the strictest first; nullopt when it can
/// match without any (it can match the empty string, or is all classes like \w+) or uses syntax the
/// analysis does not know. Sound for valid RE2 syntax only.
std::optional<RequiredLiterals> required_literals(std::string_view pattern);

/// Whether text could match a pattern that requires these: false only when it certainly cannot. Under (?i)
/// RE2 matches 'k' and 's' with the Kelvin sign (U+212A) and the long s (U+017F): a text holding either
/// could always match.
bool may_match(std::string_view text, const RequiredLiterals& required);

}  // namespace bescore
