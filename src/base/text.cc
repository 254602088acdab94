#include "base/text.h"

namespace bescore {

char32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc >> 6) != 0x2) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Overlong forms and surrogates are invalid too.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6)); out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18)); out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F));
  }
}

size_t repair_utf8(std::string& text) {
  size_t bad = 0;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = next_code_point(text, i);
    bool genuine = cp == 0xFFFD && i - start == 3 && text.compare(start, 3, "\xEF\xBF\xBD") == 0;
    if (cp == 0xFFFD && !genuine) ++bad;
    if (cp == 0xFFFD || (i - start == 1)) append_utf8(out, cp); else out.append(text, start, i - start);
  }
  if (bad) text = std::move(out);
  return bad;
}

static bool is_space_at(std::string_view s, size_t i, size_t& len) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') { len = 1; return true; }
  // U+00A0 NBSP, U+2000-200B spaces, U+202F, U+3000
  if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0) { len = 2; return true; }
  if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80) {
    unsigned char d = s[i + 2];
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) { len = 3; return true; }
  }
  if (c == 0xE3 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) { len = 3; return true; }
  return false;
}

std::string trim(std::string_view s) {
  size_t b = 0, len = 0;
  while (b < s.size() && is_space_at(s, b, len)) b += len;
  size_t e = s.size();
  while (e > b) {
    // Step back over one (possibly multi-byte) space.
    size_t k = e - 1;
    while (k > b && ((unsigned char)s[k] & 0xC0) == 0x80) --k;
    if (is_space_at(s, k, len) && k + len == e) e = k; else break;
  }
  return std::string(s.substr(b, e - b));
}

int count_words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool w = c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
    n += w && !in;
    in = w;
  }
  return n;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0, len = 0; i < s.size();) {
    if (is_space_at(s, i, len)) { space = true; i += len; continue; }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i++];
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

bool is_year(std::string_view w) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") && digit(w[2]) && digit(w[3]);
}

bool invisible_mark(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

size_t remove_invisible_marks(std::string& text) {
  std::string out;
  size_t removed = 0;
  for (size_t i = 0; i < text.size();) {
    size_t from = i;
    char32_t c = next_code_point(text, i);
    if (invisible_mark(c)) { ++removed; continue; }
    out.append(text, from, i - from);
  }
  if (removed) text = std::move(out);
  return removed;
}

}  // namespace bescore
