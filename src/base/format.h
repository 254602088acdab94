// Wording numbers and text for people: percentages, shortened quotes, HTML-escaped text.
#pragma once
#include <string>

namespace bescore {

/// Whole-number percentage of n in total ("27"); "0" when total is not positive.
std::string percent(double n, double total);

/// Shortens text to at most max_chars bytes at a word boundary, adding "…" (never inside a UTF-8 sequence).
std::string shorten(const std::string& text, size_t max_chars = 90);

/// Text safe inside HTML elements and quoted attributes (& < > " ').
std::string html_escape(const std::string& text);

}  // namespace bescore
