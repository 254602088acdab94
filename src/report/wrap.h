// Fitting text to a terminal: display columns of UTF-8 text, word wrapping, and shortening with an ellipsis.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// Display columns of UTF-8 text: one per code point (the report's text has no double-width or combining marks
/// that matter here); ANSI colour sequences take none.
size_t columns(const std::string& text);

/// The text in lines of at most first_width columns (the first) and width (the rest), broken at spaces; a word
/// longer than a line is cut. Never an empty list.
std::vector<std::string> wrap_words(const std::string& text, size_t first_width, size_t width);

/// The text cut to at most `width` columns, ending in "…" when cut (at a space when one is near).
std::string fit_columns(const std::string& text, size_t width);

}  // namespace bescore
