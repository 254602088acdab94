// The literals one of which every match of a pattern contains: a cheap test that tells, before RE2 has
// compiled the pattern, that a text cannot match it (most trait patterns match no bullet of a resume).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bescore {

/// ASCII lower-case strings such that every match of the RE2 pattern, ASCII-lowercased, contains at least
/// one of them; nullopt when the pattern can match without any (it can match the empty string, or is all
/// classes like \d+) or uses syntax the analysis does not know. Sound for valid RE2 syntax only.
std::optional<std::vector<std::string>> required_literals(std::string_view pattern);

/// Whether text could match a pattern whose required literals are these: false only when it certainly
/// cannot. Under (?i) RE2 matches 'k' and 's' with the Kelvin sign (U+212A) and the long s (U+017F): a
/// text holding either could always match.
bool may_contain_any(std::string_view text, const std::vector<std::string>& literals);

}  // namespace bescore
