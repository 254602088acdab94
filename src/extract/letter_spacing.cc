#include "extract/letter_spacing.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstring>
#include <set>
#include <string>

namespace bescore {

namespace {

// Gaps as a share of the taller box's height, the nearest thing to the font size a box carries.
double relative_gap(const PlacedWord& a, const PlacedWord& b) {
  double h = std::max({a.y1 - a.y0, b.y1 - b.y0, 1.0});
  return (b.x0 - a.x1) / h;
}

bool all_of_class(const std::string& s, int (*test)(int)) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!test(c)) return false;
  return true;
}

// Short lowercase words of English and of resumes; any other lowercase box of one to three letters set just after
// a letter is a piece of a word ("Engine" "e" "r").
bool common_short_word(const std::string& s) {
  static const std::set<std::string> words = {
      "a",   "an",  "as",  "at",  "be",  "by",  "do",  "go",  "he",  "if",  "in",  "is",  "it",  "me",  "my",
      "no",  "of",  "on",  "or",  "so",  "to",  "up",  "us",  "we",  "and", "are", "but", "can", "did", "for",
      "got", "had", "has", "her", "him", "his", "how", "its", "new", "not", "now", "off", "one", "our", "out",
      "own", "per", "put", "ran", "run", "set", "she", "the", "too", "two", "use", "via", "vs",  "was", "way",
      "who", "why", "yet", "you", "all", "any", "few", "key", "led", "low", "top", "web", "app", "api", "end",
      "etc", "big", "day", "age", "aws", "gcp", "sql", "css", "git", "npm"};
  return words.count(s) > 0;
}

std::string without_trailing_punctuation(std::string s) {
  while (!s.empty() && std::strchr(",.;:", s.back())) s.pop_back();
  return s;
}

// A lowercase piece of one to three letters that is no word: "e", "r", "ss", "s:".
bool fragment(const std::string& text) {
  std::string s = without_trailing_punctuation(text);
  return s.size() <= 3 && all_of_class(s, [](int c) { return int(std::islower(c)); }) && !common_short_word(s);
}

// The capitalised start of a word: "Se" (nior), "Em" (ail), "T" (ravis); not "A", "In" or "The".
bool capital_piece(const std::string& s) {
  if (s.empty() || s.size() > 3 || !std::isupper((unsigned char)s[0])) return false;
  std::string lower = s;
  for (auto& c : lower) c = char(std::tolower((unsigned char)c));
  if (!all_of_class(lower, [](int c) { return int(std::islower(c)); })) return false;
  if (s.size() > 1 && !all_of_class(s.substr(1), [](int c) { return int(std::islower(c)); })) return false;
  return lower != "a" && lower != "i" && !common_short_word(lower);
}

bool ends_in_letter(const std::string& s) { return !s.empty() && std::isalpha((unsigned char)s.back()); }

// A page is letter-spaced when pieces of words are common on it; only then are small gaps closed, so a page
// set normally keeps every space its words have.
bool letter_spaced(const std::vector<std::vector<PlacedWord>>& rows, size_t words) {
  size_t pieces = 0;
  for (const auto& row : rows)
    for (size_t i = 1; i < row.size(); ++i)
      pieces += fragment(row[i].text) && ends_in_letter(row[i - 1].text) && relative_gap(row[i - 1], row[i]) < 0.25;
  return pieces >= 8 && pieces * 30 >= words;
}

// Two boxes on a letter-spaced page are one word: a lowercase piece after a letter, capitals of a word set in
// small capitals ("D" "E" "CE" "MBE" "R"), or the digits of a year ("2" "0" "1" "5").
bool same_word(const PlacedWord& a, const PlacedWord& b) {
  double g = relative_gap(a, b);
  if (g < 0) return false;
  bool starts_lower = std::islower((unsigned char)b.text[0]);
  if (g < 0.23 && ends_in_letter(a.text) &&
      (fragment(b.text) || ((fragment(a.text) || capital_piece(a.text)) && starts_lower)))
    return true;
  auto upper = [](const std::string& s) { return all_of_class(s, [](int c) { return int(std::isupper(c)); }); };
  if (g < 0.5 && upper(a.text) && upper(b.text) && std::min(a.text.size(), b.text.size()) <= 3) return true;
  auto digit = [](const std::string& s) { return all_of_class(s, [](int c) { return int(std::isdigit(c)); }); };
  return g < 0.5 && digit(a.text) && digit(b.text) && std::min(a.text.size(), b.text.size()) == 1;
}

// The gap a row's lowercase pieces of words are set at ("Engine" "e"), or -1 when it has none or when no space
// on the row is clearly wider (justified text sets every gap of a row alike, so a gap there is no tracking).
// Capitals and digits tracked wide are not measured: their spacing is no guide to the row's letters.
double row_tracking(const std::vector<PlacedWord>& row) {
  double tracking = -1;
  for (size_t i = 1; i < row.size() && tracking < 0; ++i) {
    double g = relative_gap(row[i - 1], row[i]);
    if (g >= 0 && g < 0.23 && ends_in_letter(row[i - 1].text) && fragment(row[i].text)) tracking = g;
  }
  for (size_t i = 1; i < row.size(); ++i) {  // a space between words, not a column's gutter
    double g = relative_gap(row[i - 1], row[i]);
    if (tracking >= 0 && g >= 2.5 * tracking && g < 1.5) return tracking;
  }
  return -1;
}

// A short lowercase word set at exactly the gap the row's pieces are set at is a piece too ("Softw" "are"):
// tracking spaces every letter alike, and a real space between words is wider.
bool at_tracking(const PlacedWord& a, const PlacedWord& b, double tracking) {
  return tracking >= 0 && std::abs(relative_gap(a, b) - tracking) < 0.02 && ends_in_letter(a.text) &&
         b.text.size() <= 3 && all_of_class(b.text, [](int c) { return int(std::islower(c)); });
}

}  // namespace

void join_letter_spaced(std::vector<PlacedWord>& words) {
  size_t count = words.size();
  auto rows = group_rows(std::move(words));
  words.clear();
  bool join = letter_spaced(rows, count);
  for (auto& row : rows) {
    double tracking = join ? row_tracking(row) : -1;
    for (auto& w : row) {
      if (join && &row.front() != &w &&
          (same_word(words.back(), w) || at_tracking(words.back(), w, tracking))) {
        PlacedWord& last = words.back();
        last.text += w.text;
        last.x1 = std::max(last.x1, w.x1);
        last.y0 = std::min(last.y0, w.y0);
        last.y1 = std::max(last.y1, w.y1);
        last.size = std::max(last.size, w.size);
        last.space_after = w.space_after;
        continue;
      }
      words.push_back(std::move(w));
    }
  }
}

}  // namespace bescore
