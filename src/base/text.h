// Text helpers every layer uses: UTF-8, trimming, letter case, lines, words, joining.
#pragma once
#include <cstdint>
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

/// Direction marks and zero-width characters (Google Docs wraps every run in them): present in the text, seen by
/// nobody, and they split the words around them.
bool invisible_mark(char32_t c);

/// The text without its invisible marks; returns how many were removed. Expects valid UTF-8.
size_t remove_invisible_marks(std::string& text);

/// Trims ASCII and Unicode spaces (NBSP, thin space...) from both ends.
std::string trim(std::string_view s);

/// Collapses runs of whitespace into one space.
std::string squeeze_spaces(std::string_view s);

/// The lines of text (split at '\n', a trailing '\r' removed), the last one possibly empty.
std::vector<std::string_view> split_lines(std::string_view text);

/// Words: runs of characters between ASCII whitespace (space, tab, line breaks).
int count_words(std::string_view s);

/// Whether c is an ASCII capital letter / an ASCII small letter.
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
/// RE2's \w (and so its \b): ASCII letters, digits and '_'.
constexpr bool is_word_byte(char c) { return is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c) || c == '_'; }
/// RE2's \s: space, tab, line feed, form feed, carriage return (not the vertical tab).
constexpr bool is_re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
/// RE2's \b at byte offset at of t: a word byte on one side only.
constexpr bool is_word_boundary(std::string_view t, size_t at) {
  return (at > 0 && is_word_byte(t[at - 1])) != (at < t.size() && is_word_byte(t[at]));
}

/// A character in ASCII lower case (other bytes as they are).
constexpr char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

/// ASCII lower-case copy.
std::string lower(std::string_view s);

/// A year as resumes write one: four digits from 1900 to 2099 ("2025"; the date patterns of parse/dates.cc agree).
bool is_year(std::string_view word);

/// The parts with sep between them ("a, b, c").
std::string join(const std::vector<std::string>& parts, std::string_view sep = ", ");

/// Whether s ends with suffix, letter case as written.
bool ends_with(std::string_view s, std::string_view suffix);

}  // namespace bescore
