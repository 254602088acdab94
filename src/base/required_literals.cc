#include "base/required_literals.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <iterator>
#include <set>

#include "base/lower_case_form.h"
#include "base/text.h"

namespace bescore {

namespace {

constexpr size_t kMaxStrings = 64;  // beyond this many, a part's exact strings are given up for its required ones
constexpr size_t kMaxLength = 48;
constexpr size_t kMaxClass = 10;    // a class of more characters counts as any character
constexpr size_t kMaxSets = 3;      // sets of literals a part needs all of

using Strings = std::vector<std::string>;  // sorted, without duplicates

void normalize(Strings& s) {
  if (!std::is_sorted(s.begin(), s.end())) std::sort(s.begin(), s.end());  // mostly sorted already: one character more
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

constexpr char kBoundary = '\1';  // \b: in a literal, a word boundary that must hold there

// Whether one of the strings holds no character, only boundaries: it rules no text out.
bool has_empty(const Strings& s) {
  return std::any_of(s.begin(), s.end(), [](const std::string& x) { return x.find_first_not_of(kBoundary) == std::string::npos; });
}

// Sets of literals such that every match contains one literal of each set, the strictest set first;
// none when nothing is required.
struct Need {
  std::vector<Strings> sets;
  bool any() const { return sets.empty(); }
  /// Needing one of set (moved in: a braced list would copy it).
  static Need of(Strings set) {
    Need n;
    n.sets.push_back(std::move(set));
    return n;
  }
};

// What the analysis knows of a part of a pattern: the exact strings it can match (ASCII-lowercased), when
// they are few, and otherwise the literals one of which each of its matches contains.
struct Info {
  bool exact_known = false;
  Strings exact;
  Need need;
};

Info exactly(Strings s) {
  Info i;
  i.exact_known = true;
  i.exact = std::move(s);
  return i;
}
Info empty_width() { return exactly({""}); }
Info any_text() { return Info{}; }  // anything, e.g. one character of \w or a repeated group
Info from_need(Need n) {
  Info i;
  i.need = std::move(n);
  return i;
}

Need need_of(Info x) {
  if (!x.exact_known) return std::move(x.need);
  if (has_empty(x.exact)) return Need{};
  return Need::of(std::move(x.exact));
}

size_t shortest(const Strings& s) {
  size_t n = kMaxLength + 1;
  for (const auto& x : s) n = std::min(n, x.size() - std::count(x.begin(), x.end(), kBoundary));
  return n;
}

// Whether set a rules out more texts than set b: longer literals, then fewer.
bool stricter(const Strings& a, const Strings& b) {
  size_t la = shortest(a), lb = shortest(b);
  return la != lb ? la > lb : a.size() < b.size();
}

// What a sequence of two parts needs: what each needs, the strictest few sets of both.
Need both(Need a, Need b) {
  for (auto& set : b.sets)
    if (std::find(a.sets.begin(), a.sets.end(), set) == a.sets.end()) a.sets.push_back(std::move(set));
  // A stable insertion sort: a handful of sets, and std::stable_sort would allocate a buffer for them.
  for (size_t i = 1; i < a.sets.size(); ++i)
    for (size_t j = i; j > 0 && stricter(a.sets[j], a.sets[j - 1]); --j) std::swap(a.sets[j], a.sets[j - 1]);
  if (a.sets.size() > kMaxSets) a.sets.resize(kMaxSets);
  return a;
}

Info concat(Info a, Info b) {
  if (a.exact_known && b.exact_known && b.exact.size() == 1) {  // the common case: one more character
    bool fits = true;
    for (auto& x : a.exact) {
      x += b.exact.front();
      fits = fits && x.size() <= kMaxLength;
    }
    if (fits) {
      normalize(a.exact);
      return a;
    }
  } else if (a.exact_known && b.exact_known && a.exact.size() * b.exact.size() <= kMaxStrings) {
    Strings out;
    out.reserve(a.exact.size() * b.exact.size());
    bool fits = true;
    for (const auto& x : a.exact)
      for (const auto& y : b.exact) {
        fits = fits && x.size() + y.size() <= kMaxLength;
        out.push_back(x + y);
      }
    normalize(out);
    if (fits) return exactly(std::move(out));
  }
  return from_need(both(need_of(std::move(a)), need_of(std::move(b))));
}

Info alternate(std::vector<Info>& branches) {
  bool all_exact = true;
  size_t total = 0;
  for (const auto& b : branches) {
    all_exact = all_exact && b.exact_known;
    total += b.exact.size();
  }
  if (all_exact && total <= kMaxStrings) {
    Strings out;
    out.reserve(total);
    for (auto& b : branches) std::move(b.exact.begin(), b.exact.end(), std::back_inserter(out));
    normalize(out);
    return exactly(std::move(out));
  }
  // Each branch's strictest set together, and any set every branch needs (a digit, say).
  std::vector<Need> needs;
  Strings first;
  for (auto& b : branches) {
    needs.push_back(need_of(std::move(b)));
    if (needs.back().any()) return any_text();
    const Strings& l = needs.back().sets.front();
    first.insert(first.end(), l.begin(), l.end());
  }
  normalize(first);
  Need n = Need::of(std::move(first));
  for (const auto& set : needs.front().sets) {
    bool everywhere = true;
    for (const auto& other : needs) everywhere = everywhere && std::find(other.sets.begin(), other.sets.end(), set) != other.sets.end();
    if (everywhere) n = both(std::move(n), Need::of(set));
  }
  return from_need(std::move(n));
}

Info repeat(Info x, int min, int max) {
  if (min == 1 && max == 1) return x;
  if (min == 0 && max == 1 && x.exact_known) {
    Strings e = std::move(x.exact);
    e.push_back("");
    normalize(e);
    return exactly(std::move(e));
  }
  if (min == 0) return any_text();
  return from_need(need_of(std::move(x)));  // at least one repetition: its needs hold
}

std::string one_char(unsigned char c) { return std::string(1, char(std::tolower(c))); }

// A recursive-descent reading of RE2 syntax that gives up (ok = false) on anything it does not know.
class Analyzer {
 public:
  explicit Analyzer(std::string_view p) : p_(p) {}

  std::optional<Info> run() {
    Info r = alternation();
    if (!ok_ || i_ != p_.size()) return std::nullopt;
    return r;
  }

 private:
  bool at(char c) const { return i_ < p_.size() && p_[i_] == c; }
  bool starts(std::string_view s) const { return p_.substr(i_, s.size()) == s; }

  Info alternation() {
    std::vector<Info> branches;
    branches.push_back(sequence());
    while (ok_ && at('|')) {
      ++i_;
      branches.push_back(sequence());
    }
    return alternate(branches);
  }

  Info sequence() {
    Info acc = empty_width();
    while (ok_ && i_ < p_.size() && !at('|') && !at(')')) {
      if (plain_char_next() && acc.exact_known && acc.exact.size() == 1 && acc.exact.front().size() < kMaxLength) {
        acc.exact.front() += char(std::tolower(static_cast<unsigned char>(p_[i_++])));  // saves an Info a character
        continue;
      }
      Info a = atom();
      int min = 0, max = 0;
      while (ok_ && repetition(&min, &max)) a = repeat(std::move(a), min, max);
      acc = concat(std::move(acc), std::move(a));
    }
    return acc;
  }

  // Whether the next character is a literal ASCII character that no repetition follows.
  bool plain_char_next() const {
    unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c >= 0x80 || std::string_view("()[].^$\\*+?{|").find(char(c)) != std::string_view::npos) return false;
    if (i_ + 1 >= p_.size()) return true;
    char next = p_[i_ + 1];
    return next != '*' && next != '+' && next != '?' && next != '{';
  }

  // *, +, ?, {n}, {n,}, {n,m}, each maybe followed by ? (non-greedy); max -1 is unbounded.
  bool repetition(int* min, int* max) {
    if (i_ >= p_.size()) return false;
    char c = p_[i_];
    if (c == '*' || c == '+' || c == '?') {
      *min = c == '+' ? 1 : 0;
      *max = c == '?' ? 1 : -1;
      ++i_;
    } else if (c == '{') {
      size_t j = i_ + 1;
      auto number = [&](int* out) {
        size_t start = j;
        int v = 0;
        while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j])) && j - start < 5) v = v * 10 + (p_[j++] - '0');
        *out = v;
        return j > start;
      };
      if (!number(min)) return false;
      *max = *min;
      if (j < p_.size() && p_[j] == ',') {
        ++j;
        if (!number(max)) *max = -1;
      }
      if (j >= p_.size() || p_[j] != '}') return false;  // not a repetition: the '{' is a literal
      i_ = j + 1;
    } else {
      return false;
    }
    if (at('?')) ++i_;
    return true;
  }

  void skip_rune() {
    ++i_;
    while (i_ < p_.size() && (static_cast<unsigned char>(p_[i_]) & 0xC0) == 0x80) ++i_;
  }

  Info atom() {
    unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c >= 0x80) {
      skip_rune();
      return any_text();  // a non-ASCII character may fold to others under (?i)
    }
    switch (c) {
      case '(': return group();
      case '[': return char_class();
      case '.': ++i_; return any_text();
      case '^': case '$': ++i_; return empty_width();
      case '\\': return escape();
      case '*': case '+': case '?': ok_ = false; return any_text();
      default: ++i_; return exactly({one_char(c)});
    }
  }

  Info group() {
    ++i_;
    if (starts("?P<")) {
      size_t close = p_.find('>', i_);
      if (close == std::string_view::npos) { ok_ = false; return any_text(); }
      i_ = close + 1;
    } else if (at('?')) {
      ++i_;
      while (i_ < p_.size() && std::string_view("imsU-").find(p_[i_]) != std::string_view::npos) ++i_;
      if (at(')')) { ++i_; return empty_width(); }  // flags for the rest of the group: match nothing
      if (!at(':')) { ok_ = false; return any_text(); }
      ++i_;
    }
    Info inner = alternation();
    if (!at(')')) { ok_ = false; return any_text(); }
    ++i_;
    return inner;
  }

  // The character an escape inside or outside a class stands for, or -1 for a class of characters,
  // -2 for an empty-width assertion, -3 for syntax not known here.
  int escaped() {
    if (i_ + 1 >= p_.size()) return -3;
    unsigned char c = static_cast<unsigned char>(p_[i_ + 1]);
    i_ += 2;
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'C': return -1;
      case 'p': case 'P':
        if (at('{')) {
          size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) return -3;
          i_ = close + 1;
        } else if (i_ < p_.size()) {
          ++i_;
        }
        return -1;
      case 'b': case 'B': case 'A': case 'z':
        escape_is_word_boundary_ = c == 'b';
        return -2;
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\a';
      case 'x': return hex();
      default: break;
    }
    if (c < 0x80 && !std::isalnum(c)) return c;  // escaped punctuation stands for itself
    return -3;
  }

  int hex() {
    size_t end = i_;
    bool braces = at('{');
    if (braces) {
      end = p_.find('}', i_);
      if (end == std::string_view::npos) return -3;
    } else {
      end = std::min(p_.size(), i_ + 2);
    }
    std::string digits(p_.substr(i_ + (braces ? 1 : 0), end - i_ - (braces ? 1 : 0)));
    i_ = braces ? end + 1 : end;
    if (digits.empty() || digits.size() > 8 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return -3;
    long v = std::stol(digits, nullptr, 16);
    return v < 0x80 ? int(v) : -1;
  }

  Info escape() {
    if (starts("\\d")) {
      i_ += 2;
      return exactly({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
    }
    int v = escaped();
    if (v == -3) ok_ = false;
    if (v == -2) return escape_is_word_boundary_ ? exactly({std::string(1, kBoundary)}) : empty_width();
    if (v < 0) return any_text();
    return exactly({one_char(static_cast<unsigned char>(v))});
  }

  // One member of a class: a character (>= 0), a class or non-ASCII character (-1), or unknown (-3).
  int class_member() {
    unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c >= 0x80) {
      skip_rune();
      return -1;
    }
    if (c == '\\') {
      int v = escaped();
      return v == -2 ? -3 : v;
    }
    if (starts("[:")) {
      size_t close = p_.find(":]", i_);
      if (close == std::string_view::npos) return -3;
      i_ = close + 2;
      return -1;
    }
    ++i_;
    return c;
  }

  Info char_class() {
    ++i_;
    bool negated = at('^');
    if (negated) ++i_;
    bool wide = negated;
    std::set<char> chars;
    bool first = true;
    while (ok_ && i_ < p_.size() && (first || !at(']'))) {
      first = false;
      int lo = class_member(), hi = lo;
      if (lo != -3 && at('-') && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        hi = class_member();
      }
      if (lo == -3 || hi == -3) { ok_ = false; break; }
      if (lo < 0 || hi < 0 || hi - lo > int(kMaxClass)) { wide = true; continue; }
      for (int ch = lo; ch <= hi; ++ch) chars.insert(char(std::tolower(ch)));
    }
    if (!ok_ || !at(']')) { ok_ = false; return any_text(); }
    ++i_;
    if (wide || chars.size() > kMaxClass) return any_text();
    Strings out;
    for (char ch : chars) out.push_back(std::string(1, ch));
    return exactly(std::move(out));
  }

  std::string_view p_;
  size_t i_ = 0;
  bool ok_ = true;
  bool escape_is_word_boundary_ = false;
};

}  // namespace

std::optional<RequiredLiterals> required_literals(std::string_view pattern) {
  auto info = Analyzer(pattern).run();
  if (!info) return std::nullopt;
  Need n = need_of(std::move(*info));
  if (n.any()) return std::nullopt;
  RequiredLiterals out;
  for (auto& set : n.sets) {
    // A literal that starts with another is implied by it (sorted, such a literal follows the one kept).
    std::vector<std::string> kept;
    for (auto& l : set)
      if (kept.empty() || l.compare(0, kept.back().size(), kept.back()) != 0) kept.push_back(std::move(l));
    // A boundary inside a literal is not checked: only those at its ends are kept.
    for (auto& l : kept)
      if (l.size() > 2) l.erase(std::remove(l.begin() + 1, l.end() - 1, kBoundary), l.end() - 1);
    out.push_back(std::move(kept));
  }
  return out;
}

namespace {

// What may_match knows of the text it was last asked about: the same text is asked about for many patterns in a
// row, and most of their literals are not in it.
struct TextIndex {
  std::string text, lowered;
  bool odd_folds = false;      // holds the Kelvin sign or the long s, which (?i) matches as 'k' and 's'
  std::bitset<1 << 16> pairs;  // every two adjacent bytes of lowered

  static size_t pair(char a, char b) { return size_t(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b); }

  void read(std::string_view t) {
    std::string next_text(t), next_lowered = lower(t);  // first: an allocation that fails leaves the index whole
    // Only the pairs of the text before are cleared: a bullet sets a hundred bits, and clearing all 65,536 (8 KB)
    // for each new text cost more than the rest of the reading.
    for (size_t i = 1; i < lowered.size(); ++i) pairs.reset(pair(lowered[i - 1], lowered[i]));
    text.swap(next_text);
    lowered.swap(next_lowered);
    odd_folds = !lower_case_runs_on(t);
    for (size_t i = 1; i < lowered.size(); ++i) pairs.set(pair(lowered[i - 1], lowered[i]));
  }

  /// False when some two adjacent bytes of literal are nowhere in the text: it cannot occur there.
  bool may_hold(std::string_view literal) const {
    for (size_t i = 1; i < literal.size(); ++i)
      if (!pairs.test(pair(literal[i - 1], literal[i]))) return false;
    return true;
  }
};

bool contains_one(const TextIndex& index, const std::vector<std::string>& literals) {
  const std::string& lowered = index.lowered;
  auto word = [](unsigned char c) { return std::isalnum(c) || c == '_'; };  // RE2's \b is ASCII
  auto boundary = [&](size_t at) {
    bool before = at > 0 && word(static_cast<unsigned char>(lowered[at - 1]));
    bool after = at < lowered.size() && word(static_cast<unsigned char>(lowered[at]));
    return before != after;
  };
  for (std::string_view l : literals) {
    bool lead = !l.empty() && l.front() == kBoundary, trail = l.size() > 1 && l.back() == kBoundary;
    std::string_view core = l.substr(lead, l.size() - lead - trail);
    if (!index.may_hold(core)) continue;
    for (size_t at = lowered.find(core); at != std::string::npos; at = lowered.find(core, at + 1))
      if ((!lead || boundary(at)) && (!trail || boundary(at + core.size()))) return true;
  }
  return false;
}

}  // namespace

bool may_match(std::string_view text, const RequiredLiterals& required) {
  thread_local TextIndex index;
  if (text != index.text) index.read(text);
  if (index.odd_folds) return true;
  for (const auto& set : required)
    if (!contains_one(index, set)) return false;
  return true;
}

}  // namespace bescore
