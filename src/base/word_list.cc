#include "base/word_list.h"

#include <algorithm>
#include <numeric>

#include "base/text.h"

namespace bescore {

namespace {

// Limits that keep a rule file's list cheap to spell and to search; a longer one is left to RE2.
constexpr size_t kMaxSpellings = 4096, kMaxBytes = 64 << 10, kMaxSameFirstByte = 256;
static_assert(kMaxSpellings <= UINT16_MAX, "spellings are indexed by uint16_t");
constexpr char kOpenEnd = '\0';  // "\w*", only at a spelling's end

// Reads the body of "\b...\b" into its spellings, in RE2's order of preference; ok turns false on anything else.
struct Reader {
  std::string_view s;
  bool fold;
  size_t i = 0;
  bool ok = true;

  std::vector<std::string> fail() {
    ok = false;
    return {};
  }

  bool literal(char c) const {
    return is_ascii_lower(c) || is_ascii_digit(c) || (!fold && is_ascii_upper(c)) ||
           std::string_view(" -/&',#").find(c) != std::string_view::npos;
  }

  std::vector<std::string> alternatives() {
    auto out = sequence();
    while (ok && i < s.size() && s[i] == '|') {
      ++i;
      auto more = sequence();
      out.insert(out.end(), more.begin(), more.end());
      size_t bytes = 0;
      for (const auto& a : out) bytes += a.size();
      if (out.size() > kMaxSpellings || bytes > kMaxBytes) return fail();
    }
    return out;
  }

  std::vector<std::string> sequence() {
    std::vector<std::string> out{""};
    while (ok && i < s.size() && s[i] != '|' && s[i] != ')') {
      auto options = atom();
      if (!ok) return {};
      if (i < s.size() && s[i] == '?') {
        ++i;
        options.emplace_back();  // greedy: with it first, then without
      }
      if (i < s.size() && std::string_view("?*+{").find(s[i]) != std::string_view::npos) return fail();
      if (out.size() * options.size() > kMaxSpellings) return fail();
      size_t bytes = 0;
      for (const auto& a : out) bytes += a.size() * options.size();
      for (const auto& b : options) bytes += b.size() * out.size();
      if (bytes > kMaxBytes) return fail();
      if (options.size() == 1) {  // one more character, the common case: appended in place
        for (auto& a : out) a += options.front();
        continue;
      }
      std::vector<std::string> next;
      for (const auto& a : out)
        for (const auto& b : options) next.push_back(a + b);
      out = std::move(next);
    }
    return out;
  }

  std::vector<std::string> atom() {
    char c = s[i];
    if (c == '(') {
      ++i;
      if (s.substr(i, 2) == "?:") i += 2;
      else if (i < s.size() && s[i] == '?') return fail();  // flags, names
      auto options = alternatives();
      if (!ok || i >= s.size() || s[i] != ')') return fail();
      ++i;
      return options;
    }
    if (c == '[') {
      size_t end = s.find(']', i + 1);
      if (end == std::string_view::npos || end == i + 1) return fail();
      std::vector<std::string> options;
      for (size_t k = i + 1; k < end; ++k) {
        bool range = s[k] == '-' && k > i + 1 && k + 1 < end;  // "[a-z]"; a dash first or last is itself
        if (range || s[k] == '^' || s[k] == '[' || !literal(s[k])) return fail();
        options.emplace_back(1, s[k]);
      }
      i = end + 1;
      return options;
    }
    if (c == '\\') {
      if (i + 1 >= s.size()) return fail();
      char e = s[i + 1];
      if (e == 'w' && i + 2 < s.size() && s[i + 2] == '*') {
        if (i + 3 < s.size() && s[i + 3] == '?') return fail();  // "\w*?" takes as little as it can
        i += 3;
        return {std::string(1, kOpenEnd)};
      }
      if (std::string_view(".+-/&#'").find(e) == std::string_view::npos) return fail();
      i += 2;
      return {std::string(1, e)};
    }
    if (!literal(c)) return fail();
    ++i;
    return {std::string(1, c)};
  }
};


}  // namespace

std::optional<WordList> WordList::of(std::string_view pattern) {
  WordList w;
  if (pattern.starts_with("(?i)")) w.fold_ = true, pattern.remove_prefix(4);
  if (pattern.starts_with("^")) w.anchored_ = true, pattern.remove_prefix(1);
  size_t opening = w.anchored_ ? 0 : 2;  // "^(...)\b" or "\b(...)\b"
  if (pattern.size() < opening + 3 || !pattern.ends_with("\\b") || (!w.anchored_ && !pattern.starts_with("\\b")))
    return std::nullopt;
  Reader r{pattern.substr(opening, pattern.size() - opening - 2), w.fold_};
  auto spellings = r.sequence();  // one sequence: "\bfoo|bar\b" is not a list between boundaries
  if (!r.ok || r.i != r.s.size() || spellings.empty()) return std::nullopt;
  for (auto& s : spellings) {
    size_t open = s.find(kOpenEnd);
    if (open != std::string::npos && open + 1 != s.size()) return std::nullopt;  // "\w*" inside a spelling
    bool open_end = open != std::string::npos;
    if (open_end) s.pop_back();
    if (s.empty()) return std::nullopt;
    w.spellings_.push_back({std::move(s), open_end});
  }
  if (!w.index()) return std::nullopt;
  return w;
}

// Encoded: 'i' (folds case) or 'c', '^' when anchored, then each spelling followed by kSpellingEnd, or by
// kOpenSpellingEnd when "\w*" follows it (a spelling never holds '^').
constexpr char kSpellingEnd = '\x1e', kOpenSpellingEnd = '\x1f';

std::string WordList::encoded() const {
  std::string out(1, fold_ ? 'i' : 'c');
  if (anchored_) out += '^';
  for (const auto& s : spellings_) out += s.text + (s.open_end ? kOpenSpellingEnd : kSpellingEnd);
  return out;
}

WordList WordList::from(std::string_view encoded) {
  WordList w;
  if (encoded.empty()) return w;  // no spellings: finds nothing
  w.fold_ = encoded[0] == 'i';
  w.anchored_ = encoded.size() > 1 && encoded[1] == '^';
  std::string text;
  for (char c : encoded.substr(w.anchored_ ? 2 : 1)) {
    if (c == kSpellingEnd || c == kOpenSpellingEnd) {
      if (!text.empty()) w.spellings_.push_back({std::move(text), c == kOpenSpellingEnd});  // a match is never empty
      text.clear();
    } else {
      text += c;
    }
  }
  if (!w.index()) w.spellings_.clear(), w.by_first_.clear(), w.first_ = {};  // the build writes none such
  return w;
}

bool WordList::index() {
  by_first_.resize(spellings_.size());
  std::iota(by_first_.begin(), by_first_.end(), uint16_t(0));
  auto first = [&](uint16_t k) { return static_cast<unsigned char>(spellings_[k].text[0]); };
  std::stable_sort(by_first_.begin(), by_first_.end(), [&](uint16_t a, uint16_t b) { return first(a) < first(b); });
  for (size_t k = 0; k < by_first_.size();) {
    size_t end = k;
    while (end < by_first_.size() && first(by_first_[end]) == first(by_first_[k])) ++end;
    first_[first(by_first_[k])] = {uint16_t(k), uint16_t(end)};
    if (end - k > kMaxSameFirstByte) return false;  // each word start would try them all
    k = end;
  }
  return true;
}

std::optional<size_t> WordList::match_at(std::string_view text, size_t p) const {
  auto [begin, end] = first_[static_cast<unsigned char>(text[p])];
  for (size_t k = begin; k < end; ++k) {
    const Spelling& s = spellings_[by_first_[k]];
    if (text.compare(p, s.text.size(), s.text) != 0) continue;
    size_t e = p + s.text.size();
    if (s.open_end)
      while (e < text.size() && is_word_byte(text[e])) ++e;
    if (is_word_boundary(text, e)) return e;
  }
  return std::nullopt;
}

std::optional<std::pair<size_t, size_t>> WordList::find(std::string_view text, size_t from) const {
  if (anchored_) {  // "^": the text's start only, whatever stands there
    if (from > 0 || text.empty()) return std::nullopt;
    if (auto e = match_at(text, 0)) return std::pair{size_t(0), *e};
    return std::nullopt;
  }
  for (size_t p = from; p < text.size(); ++p) {
    auto [begin, end] = first_[static_cast<unsigned char>(text[p])];
    if (begin == end || !is_word_boundary(text, p)) continue;  // no spelling opens with this byte: the cheap test first
    if (auto e = match_at(text, p)) return std::pair{p, *e};
  }
  return std::nullopt;
}

std::vector<std::string> WordList::spellings() const {
  std::vector<std::string> out;
  for (const auto& s : spellings_) out.push_back(s.text);
  return out;
}

int WordList::replace_all(std::string& text, std::string_view lowered, std::string_view rewrite) const {
  std::string out;
  size_t p = 0;
  int count = 0;
  for (auto m = find(lowered); m; m = find(lowered, p)) {  // a match is never empty: each ends after the last
    out.append(text, p, m->first - p);
    out += rewrite;
    p = m->second;
    ++count;
  }
  if (count == 0) return 0;
  out.append(text, p);
  text = std::move(out);
  return count;
}

}  // namespace bescore
