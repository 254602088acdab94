// Small UTF-8 helpers shared by the readers and the parser.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace bescore {

/// Replaces invalid sequences with U+FFFD; returns how many were replaced.
size_t repair_utf8(std::string& text);

/// Decodes the code point at text[i] and advances i; returns 0xFFFD on a bad sequence.
char32_t next_code_point(std::string_view text, size_t& i);

/// Appends code point c to out as UTF-8.
void append_utf8(std::string& out, char32_t c);

/// Trims ASCII and Unicode spaces (NBSP, thin space...) from both ends.
std::string trim(std::string_view s);

/// Collapses runs of whitespace into one space.
std::string squeeze_spaces(std::string_view s);

/// The lines of text (split at '\n', a trailing '\r' removed), the last one possibly empty.
std::vector<std::string_view> split_lines(std::string_view text);

/// Words separated by spaces (lines are squeezed: tabs and runs of spaces are already single spaces).
int count_words(std::string_view s);

/// ASCII lower-case copy.
std::string lower(std::string_view s);

}  // namespace bescore
