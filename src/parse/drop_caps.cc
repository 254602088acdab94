#include "parse/drop_caps.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "base/text.h"

namespace bescore {

namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }
bool is_small(char c) { return c >= 'a' && c <= 'z'; }

// Where each word of the capitals that end t begins (words of capitals, "&" and "/" between them), the first word
// first; each word follows a space or opens the line. "Level II WARDSA" gives the starts of "II" and "WARDSA".
std::vector<size_t> trailing_capital_words(const std::string& t) {
  size_t start = t.size();
  while (start > 0 && (is_capital(t[start - 1]) || t[start - 1] == ' ' || t[start - 1] == '&' || t[start - 1] == '/'))
    --start;
  std::vector<size_t> words;
  for (size_t i = start; i < t.size(); ++i)
    if (is_capital(t[i]) && (i == 0 || t[i - 1] == ' ')) words.push_back(i);
  return words;
}

// The letters alone, in lower case ("Work & Life" → "worklife").
std::string letters_of(const std::string& text) {
  std::string out;
  for (char c : text)
    if (is_capital(c) || is_small(c)) out += lower_ascii(c);
  return out;
}

// Whether text names a section as a heading of its own would: one of the vocabulary's headings letter for letter
// (guess_heading_alone forgives a slip of the keys in a long word, which "DUCATION" would pass for), or ending in a
// head word ("CERTIFICATION", "CLOUD PROJECTS").
bool names_section(const std::string& text, const HeadingVocabulary& v) {
  auto guess = guess_heading_alone(text, v);
  return guess.match == HeadingMatch::head_word ||
         (guess.match == HeadingMatch::synonym && letters_of(guess.synonym) == letters_of(text));
}

// Whether text, a letter put back before the capitals, is a heading: a synonym letter for letter, or one word that
// is a head word ("CERTIFICATION"). Several words ending in a head word are not enough: moving the last letter of
// "TATA CONSULTANCY SERVICES" to the front gives "STATA CONSULTANCY SERVICE", which ends in one.
bool restored_heading(const std::string& text, const HeadingVocabulary& v) {
  auto guess = guess_heading_alone(text, v);
  bool one_word = text.find(' ') == std::string::npos;
  return (guess.match == HeadingMatch::head_word && one_word) ||
         (guess.match == HeadingMatch::synonym && letters_of(guess.synonym) == letters_of(text));
}

struct DropCap {
  size_t start;         ///< Where the heading's capitals begin in the line.
  std::string heading;  ///< The heading whole.
  bool from_next;       ///< The letter opened the next line (else it ended this one).
};

// The heading the capitals ending t spell with their first letter put back, trying the longest run of words first;
// nullopt when a run spells a heading as it stands, or none does with a letter.
std::optional<DropCap> find_drop_cap(const std::string& t, const std::string* next, const HeadingVocabulary& v) {
  for (size_t start : trailing_capital_words(t)) {
    std::string caps = t.substr(start);
    if (letters_of(caps).size() < 4) break;
    if (names_section(caps, v)) return std::nullopt;
    // The letter glued to the next line's first word, a capital before a capitalised word ("EBorough").
    if (next && next->size() >= 3 && is_capital((*next)[0]) && is_capital((*next)[1]) && is_small((*next)[2]) &&
        restored_heading((*next)[0] + caps, v))
      return DropCap{start, (*next)[0] + caps, true};
    std::string ended = caps.back() + caps.substr(0, caps.size() - 1);  // the letter ends the line
    if (restored_heading(ended, v)) return DropCap{start, ended, false};
  }
  return std::nullopt;
}

}  // namespace

std::vector<TextLine> restore_drop_caps(std::vector<TextLine> lines, const HeadingVocabulary& v) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    TextLine& line = lines[i];
    TextLine* next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
    auto cap = line.box.known() ? std::nullopt : find_drop_cap(line.text, next ? &next->text : nullptr, v);
    if (!cap) {
      out.push_back(std::move(line));
      continue;
    }
    if (std::string before = trim(line.text.substr(0, cap->start)); !before.empty()) {
      TextLine piece = line;
      piece.text = before;
      out.push_back(std::move(piece));
    }
    line.text = cap->heading;
    line.bullet = false;
    line.gap_before = std::max(line.gap_before, 1.0);  // a heading opens a block, as a blank line before it would
    out.push_back(std::move(line));
    if (cap->from_next) next->text.erase(0, 1);
  }
  return out;
}

}  // namespace bescore
