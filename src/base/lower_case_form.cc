#include "base/lower_case_form.h"

#include <re2/re2.h>

#include <vector>

#include "base/text.h"

namespace bescore {

namespace {

// Characters beyond ASCII that have no other case, which a folded pattern may name: ×, ÷, punctuation (’ – —),
// arrows and mathematical operators (→ ≈), box drawing, shapes and dingbats.
bool caseless(char32_t c) {
  return c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2190 && c <= 0x23FF) ||
         (c >= 0x2500 && c <= 0x27BF);
}

// The length of the UTF-8 character at text[p] as RE2 decodes it (fullrune, chartorune), or 1 for a byte that
// does not start a whole, shortest encoding.
size_t utf8_length_at(const std::string& text, size_t p) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char c = byte(p);
  size_t n = c < 0x80 ? 1 : c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 0;
  if (n <= 1 || p + n > text.size()) return 1;
  char32_t r = c & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    if ((byte(p + i) & 0xC0) != 0x80) return 1;
    r = (r << 6) | (byte(p + i) & 0x3F);
  }
  static const char32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
  return r < shortest[n] || r > 0x10FFFF ? 1 : n;
}

}  // namespace

// "\S", "\W" and the like stay: only a capital outside an escape rules a pattern out. In "[0-_]" (?i) adds a-z
// to the capitals the range holds.
std::optional<std::string> lower_case_form(const std::string& pattern) {
  if (!pattern.starts_with("(?i)")) return std::nullopt;
  std::string rest = pattern.substr(4);
  if (rest.find("upper:") != std::string::npos) return std::nullopt;  // "[:upper:]", "[:^upper:]"
  bool in_class = false;
  size_t class_start = 0;  // where the class's first member is (after "[" or "[^")
  auto is_lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  struct Micro {
    size_t at, size;
    bool in_class;
  };
  std::vector<Micro> micros;  // the micro sign and Greek mu ("µs"), whose case orbit (?i) matches: µ, μ and Μ
  // Whether the member at..i of a class is an end of a range: a '-' before it that is not the class's first member,
  // or after it one that does not close the class ("[-–—]" and "[|,–—-]" hold dashes, not ranges).
  auto in_range = [&](size_t at, size_t i) {
    return in_class && ((at > class_start + 1 && rest[at - 1] == '-') ||
                        (i + 1 < rest.size() && rest[i] == '-' && rest[i + 1] != ']'));
  };
  for (size_t i = 0; i < rest.size();) {
    size_t at = i;
    if (static_cast<unsigned char>(rest[i]) >= 0x80) {
      char32_t c = next_code_point(rest, i);
      bool micro = c == 0xB5 || c == 0x3BC || c == 0x39C;
      if (!micro && !caseless(c)) return std::nullopt;
      if (in_range(at, i)) return std::nullopt;  // a range from or to it
      if (micro) micros.push_back({at, i - at, in_class});
      continue;
    }
    char c = rest[i++];
    if (c >= 'A' && c <= 'Z') return std::nullopt;
    if (c == '\\') {
      if (i == rest.size()) return std::nullopt;
      char e = rest[i++];
      if (e == 'p' || e == 'P' || e == 'x' || e == 'Q' || (e >= '0' && e <= '9')) return std::nullopt;
      if (in_range(at, i)) return std::nullopt;  // a range from or to an escaped character
    } else if (in_class) {
      if (c == '[' && i < rest.size() && rest[i] == ':') {  // "[:alpha:]"
        size_t end = rest.find(":]", i);
        if (end == std::string::npos) return std::nullopt;
        i = end + 2;
      } else if (c == ']' && at > class_start) {
        in_class = false;
      } else if (c == '-' && at > class_start && i < rest.size() && rest[i] != ']') {
        char from = rest[at - 1], to = rest[i];
        bool letters = is_lower_letter(from) && is_lower_letter(to);
        if (!letters && from <= 'Z' && to >= 'A') return std::nullopt;
      }
    } else if (c == '[') {
      in_class = true;
      class_start = i < rest.size() && rest[i] == '^' ? i + 1 : i;
    } else if (c == '(' && i < rest.size() && rest[i] == '?') {
      for (size_t j = i + 1; j < rest.size() && rest[j] != ':' && rest[j] != ')'; ++j)
        if (rest[j] == '-') return std::nullopt;
    }
  }
  // Each of them spelled as all three, for the text is lowered in ASCII only.
  for (auto m = micros.rbegin(); m != micros.rend(); ++m)
    rest.replace(m->at, m->size, m->in_class ? "\u00B5\u03BC\u039C" : "[\u00B5\u03BC\u039C]");
  return rest;
}

bool lower_case_runs_on(std::string_view text) {
  return text.find("\u212A") == std::string_view::npos && text.find("\u017F") == std::string_view::npos;
}

LowerCasePattern::LowerCasePattern(std::string written, std::optional<std::string> lower_case, Compiler compiler)
    : written_source_(std::move(written)), lower_case_source_(std::move(lower_case)), compile_(compiler) {}

LowerCasePattern::LowerCasePattern(std::shared_ptr<re2::RE2> compiled) : written_(std::move(compiled)) {
  std::call_once(written_once_, [] {});
}

const re2::RE2& LowerCasePattern::as_written() const {
  std::call_once(written_once_, [this] { written_ = compile_(written_source_); });
  return *written_;
}

const re2::RE2& LowerCasePattern::lower_case() const {
  std::call_once(lower_case_once_, [this] { lower_case_ = compile_(*lower_case_source_); });
  return *lower_case_;
}

void LowerCasePattern::compile() const {
  if (lower_case_source_) lower_case();
  else as_written();
}

LowerCasePattern::Run LowerCasePattern::for_text(std::string_view text, std::string& lowered) const {
  if (!lower_case_source_ || !lower_case_runs_on(text)) return {&as_written(), text};  // "\u212Aafka" matches (?i)kafka
  lowered = lower(text);
  return {&lower_case(), lowered};
}

namespace {

// RE2::GlobalReplace with the matches of re found in lowered (text in lower case) and the rest copied from text;
// rewrite is taken literally. The number of replacements.
int replace_lowered_matches(std::string& text, const std::string& lowered, const re2::RE2& re, std::string_view rewrite) {
  // RE2::GlobalReplace's loop, matching in the lower-case copy and copying from the text at the same offsets.
  re2::StringPiece in(lowered), m;
  std::string out;
  size_t p = 0, last_end = std::string::npos;
  int count = 0;
  while (p <= lowered.size() && re.Match(in, p, lowered.size(), re2::RE2::UNANCHORED, &m, 1)) {
    size_t at = size_t(m.data() - lowered.data());
    out.append(text, p, at - p);
    if (at == last_end && m.empty()) {  // no empty match right after the last one: step over one character
      size_t n = p < text.size() ? utf8_length_at(text, p) : 1;
      if (p < text.size()) out.append(text, p, n);
      p += n;
      continue;
    }
    out += rewrite;
    p = last_end = at + m.size();
    ++count;
  }
  if (count == 0) return 0;
  if (p < text.size()) out.append(text, p);
  text = std::move(out);
  return count;
}

}  // namespace

int LowerCasePattern::replace_all(std::string& text, std::string_view rewrite) const {
  std::string lowered;
  Run run = for_text(text, lowered);
  if (run.text.data() == lowered.data()) return replace_lowered_matches(text, lowered, *run.re, rewrite);
  std::string literal;  // RE2 reads backslashes in a rewrite; the rewrite here is plain text
  for (char c : rewrite) {
    if (c == '\\') literal += '\\';
    literal += c;
  }
  return re2::RE2::GlobalReplace(&text, *run.re, literal);
}

}  // namespace bescore
