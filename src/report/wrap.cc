#include "report/wrap.h"

namespace bescore {

namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The end of an ANSI colour sequence (ESC [ ... m) starting at i, or i when none starts there: it takes no column.
size_t skip_colour(const std::string& text, size_t i) {
  if (text.compare(i, 2, "\x1b[") != 0) return i;
  size_t m = text.find('m', i);
  return m == std::string::npos ? i : m + 1;
}

// The byte offset where column `cols` of text starts (text.size() when it is shorter).
size_t byte_at_column(const std::string& text, size_t cols) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (size_t end = skip_colour(text, i); end != i) { i = end - 1; continue; }
    if (continuation(static_cast<unsigned char>(text[i]))) continue;
    if (seen++ == cols) return i;
  }
  return text.size();
}

}  // namespace

size_t columns(const std::string& text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (size_t end = skip_colour(text, i); end != i) { i = end - 1; continue; }
    n += !continuation(static_cast<unsigned char>(text[i]));
  }
  return n;
}

std::vector<std::string> wrap_words(const std::string& text, size_t first_width, size_t width) {
  std::vector<std::string> lines;
  std::string rest = text;
  size_t limit = std::max<size_t>(first_width, 1);
  while (columns(rest) > limit) {
    size_t end = byte_at_column(rest, limit);  // the first byte that does not fit
    size_t space = rest.rfind(' ', end);
    size_t cut = space != std::string::npos && space > 0 ? space : end;
    lines.push_back(rest.substr(0, cut));
    size_t next = rest.find_first_not_of(' ', cut);
    rest = next == std::string::npos ? "" : rest.substr(next);
    limit = std::max<size_t>(width, 1);
  }
  if (!rest.empty() || lines.empty()) lines.push_back(rest);
  return lines;
}

std::string fit_columns(const std::string& text, size_t width) {
  if (columns(text) <= width) return text;
  if (width == 0) return "";
  size_t end = byte_at_column(text, width - 1);
  size_t space = text.rfind(' ', end);
  if (space != std::string::npos && columns(text.substr(0, space)) * 3 >= (width - 1) * 2) end = space;
  return text.substr(0, end) + "…";
}

}  // namespace bescore
