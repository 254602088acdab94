#include "parse/drop_caps.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "base/text.h"

namespace bescore {

namespace {

// Where each word of the capitals that end t begins (words of capitals, "&" and "/" between them), the first word
// first; each word follows a space or opens the line. "Level II WARDSA" gives the starts of "II" and "WARDSA".
std::vector<size_t> trailing_capital_words(const std::string& t) {
  size_t start = t.size();
  while (start > 0 && (is_ascii_upper(t[start - 1]) || t[start - 1] == ' ' || t[start - 1] == '&' || t[start - 1] == '/'))
    --start;
  std::vector<size_t> words;
  for (size_t i = start; i < t.size(); ++i)
    if (is_ascii_upper(t[i]) && (i == 0 || t[i - 1] == ' ')) words.push_back(i);
  return words;
}

// How the capitals read as a heading of their own: a synonym only letter for letter (the slip of the keys forgiven
// in a long word is what "DUCATION" would pass for).
HeadingMatch heading_match(const std::string& text, const HeadingVocabulary& v) {
  return guess_heading_alone(text, v, /*typo_allowed=*/false).match;
}

// The letters alone ("WORK & LIFE" has 8).
size_t letter_count(const std::string& text) {
  return size_t(std::count_if(text.begin(), text.end(), [](char c) { return is_ascii_upper(c) || is_ascii_lower(c); }));
}

struct DropCap {
  size_t start;         ///< Where the heading's capitals begin in the line.
  std::string heading;  ///< The heading whole.
  bool from_next;       ///< The letter opened the next line (else it ended this one).
};

// The heading the capitals ending t spell with their first letter put back, trying the longest run of words first;
// nullopt when a run spells a heading as it stands, or none does with a letter. A synonym letter for letter wins over
// a head word: "OLUNTEER EXPERIENCE" ends in one, but "VOLUNTEER EXPERIENCE" is the heading. A head word restored
// must be the whole of one word ("CERTIFICATION"): moving the last letter of "TATA CONSULTANCY SERVICES" to the front
// gives "STATA CONSULTANCY SERVICE", which ends in one, and "EXPERIENCED" gives "DEXPERIENCE".
std::optional<DropCap> find_drop_cap(const std::string& t, const std::string* next, const HeadingVocabulary& v) {
  for (size_t start : trailing_capital_words(t)) {
    std::string caps = t.substr(start);
    if (letter_count(caps) < 4) break;
    HeadingMatch as_it_stands = heading_match(caps, v);
    if (as_it_stands == HeadingMatch::synonym) return std::nullopt;
    std::vector<DropCap> restored;
    // The letter glued to the next line's first word, a capital before a capitalised word ("EBorough").
    if (next && next->size() >= 3 && is_ascii_upper((*next)[0]) && is_ascii_upper((*next)[1]) && is_ascii_lower((*next)[2]))
      restored.push_back({start, (*next)[0] + caps, true});
    restored.push_back({start, caps.back() + caps.substr(0, caps.size() - 1), false});  // the letter ends the line
    for (const auto& r : restored)
      if (heading_match(r.heading, v) == HeadingMatch::synonym) return r;
    if (as_it_stands == HeadingMatch::head_word) return std::nullopt;
    for (const auto& r : restored)
      if (r.heading.find(' ') == std::string::npos && is_head_word(lower(r.heading), v)) return r;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<TextLine>> restore_drop_caps(const std::vector<TextLine>& lines, const HeadingVocabulary& v) {
  std::optional<std::vector<TextLine>> out;
  bool letter_taken = false;  // the line before gave this line's first letter back to its heading
  for (size_t i = 0; i < lines.size(); ++i) {
    TextLine line = lines[i];
    if (letter_taken) line.text.erase(0, 1);
    const std::string* next = i + 1 < lines.size() ? &lines[i + 1].text : nullptr;
    auto cap = line.box.known() ? std::nullopt : find_drop_cap(line.text, next, v);
    letter_taken = cap && cap->from_next;
    if (!cap) {
      if (out) out->push_back(std::move(line));
      continue;
    }
    if (!out) out.emplace(lines.begin(), lines.begin() + std::ptrdiff_t(i));  // the lines so far, as they were
    if (std::string before = trim(line.text.substr(0, cap->start)); !before.empty()) {
      TextLine piece = line;
      piece.text = before;
      out->push_back(std::move(piece));
    }
    line.text = cap->heading;
    line.bullet = false;
    line.gap_before = std::max(line.gap_before, 1.0);  // a heading opens a block, as a blank line before it would
    out->push_back(std::move(line));
  }
  return out;
}

}  // namespace bescore
