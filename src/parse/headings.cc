#include "parse/headings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {

// Letters only, lower case: "Work  History:" → "workhistory"; also undoes letter-spaced "E D U C A T I O N".
// Whether letters() keeps a character once lowered: a letter, or a byte of a non-ASCII character.
bool kept_letter(char lowered) { return (lowered >= 'a' && lowered <= 'z') || static_cast<unsigned char>(lowered) >= 0x80; }

std::string letters(const std::string& s) {
  std::string out;
  for (char c : s) if (kept_letter(lower_ascii(c))) out += lower_ascii(c);
  return out;
}

// The first character letters(s) keeps, or 0: a cheap test before building the whole key.
char first_letter(const std::string& s) {
  for (char c : s) if (kept_letter(lower_ascii(c))) return lower_ascii(c);
  return 0;
}

bool all_caps(const std::string& s) {
  int upper = 0, lowers = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lowers;
  }
  return upper >= 3 && lowers == 0;
}

// Words of letters, lower case; "Honors & Awards:" → honors, awards. Letter-spaced words ("H I S TO RY") are
// joined back into one.
std::vector<std::string> head_words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  int short_tokens = 0, tokens = 0;
  for (char c : lower(s) + " ") {
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) { cur += c; continue; }
    if (!cur.empty()) { ++tokens; short_tokens += cur.size() <= 2; out.push_back(cur); cur.clear(); }
  }
  if (tokens >= 3 && short_tokens * 10 >= tokens * 6) return {letters(s)};
  return out;
}

// Every word of four letters or more starts with a capital: "Selected Open Source Work", not "Built a queue".
bool title_case(const std::string& s) {
  bool start = true, ok = true;
  size_t len = 0;
  char first = 0;
  for (char c : s + " ") {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) { if (start) first = c, len = 0; ++len; start = false; continue; }
    if (!start && len >= 4 && !(first >= 'A' && first <= 'Z')) ok = false;
    start = true;
  }
  return ok;
}

bool has_digit(const std::string& s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// One letter added, dropped, changed or two swapped: "activites", "experiance", "eductaion".
bool within_one_edit(const std::string& a, const std::string& b) {
  if (a.size() > b.size()) return within_one_edit(b, a);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size())
    return a.compare(i + 1, std::string::npos, b, i + 1) == 0 ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.compare(i + 2, std::string::npos, b, i + 2) == 0);
  return a.compare(i, std::string::npos, b, i + 1) == 0;
}

// The synonym the heading spells, exactly or, for a long word set apart as a heading, with one slip of the keys.
const std::string* synonym_of(const std::string& key, const HeadingVocabulary& v, SectionKind& kind, bool typo_allowed) {
  for (const auto& [k, names] : v.synonyms)
    for (const auto& n : names)
      if (first_letter(n) == key[0] && letters(n) == key) { kind = k; return &n; }
  if (!typo_allowed || key.size() < 7) return nullptr;
  for (const auto& [k, names] : v.synonyms)
    for (const auto& n : names)
      if (std::string l = letters(n); l.size() >= 7 && within_one_edit(l, key)) {
        // A change at the last letter makes another word ("experienced", or a singular such as "publication" that
        // a role's sub-label uses): only a slip inside the word counts.
        size_t shorter = std::min(l.size(), key.size()), i = 0;
        while (i < shorter && l[i] == key[i]) ++i;
        if (i + 1 >= shorter) continue;
        kind = k;
        return &n;
      }
  return nullptr;
}

bool listed(const std::vector<std::string>& list, const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); }

std::optional<SectionKind> word_kind(const std::string& w, const HeadingVocabulary& v) {
  for (const auto& [kind, list] : v.words) if (listed(list, w)) return kind;
  return std::nullopt;
}

// The kind named by the head words: the heading must end in one (English puts the head noun last, so a job
// title such as "Project Manager" does not qualify), and the first word that names a kind wins.
std::optional<SectionKind> head_word_kind(const std::string& text, const HeadingVocabulary& v, bool joined) {
  auto words = head_words(text);
  if (words.empty()) return std::nullopt;
  const std::string& last = words.back();
  bool last_is_head = is_head_word(last, v);
  // Letter-spaced headings lose their word breaks: "WORKEXPERIENCE" ends in a head word.
  if (!last_is_head && words.size() == 1)
    for (const auto& w : v.weak) if (last.size() > w.size() && last.compare(last.size() - w.size(), w.size(), w) == 0) return SectionKind::experience;
  if (!last_is_head) {
    // Two things joined ("Skills & Software", "Projects and Tools"): the first one's head noun names the section
    // (not in a sub-heading, "### Tools & Protocols" under Skills, nor after a comma: "Nest Project, CCNP").
    if (!joined) return std::nullopt;
    std::string l = lower(text);
    size_t join = std::string::npos;
    for (const char* j : {" & ", " and ", " / "}) join = std::min(join, l.find(j));
    if (join == std::string::npos || join == 0) return std::nullopt;
    auto first = head_words(text.substr(0, join));
    if (first.empty() || !word_kind(first.back(), v)) return std::nullopt;
    // "Tools & Infrastructure Engineer", "Project and Program Manager": a role, whose last word is a person's.
    static const std::set<std::string> person = {
        "engineer", "engineers", "manager", "specialist", "coordinator", "lead", "developer", "analyst", "director",
        "officer", "designer", "consultant", "architect", "intern", "assistant", "administrator", "associate",
        "scientist", "researcher", "representative", "head", "owner", "technician", "instructor", "tutor"};
    if (person.count(words.back())) return std::nullopt;
    words = first;
  }
  // "Languages & Tools", "Frameworks, Languages, & Tools": beside the tools of the trade, languages are programming
  // ones ("Language Skills" are spoken ones).
  static const std::set<std::string> trade = {"tools", "technologies", "frameworks", "libraries", "stack", "toolbox", "toolkit", "platforms"};
  bool of_trade = std::any_of(words.begin(), words.end(), [](const std::string& w) { return trade.count(w) > 0; });
  for (const auto& w : words)
    if (auto k = word_kind(w, v); k && !(of_trade && (w == "languages" || w == "language"))) return k;
  return SectionKind::experience;
}

HeadingGuess guess(const TextLine& line, const HeadingVocabulary& v, bool typo_allowed) {
  if (line.bullet) return {};
  std::string t = line.text;
  // Letter-spaced capitals are one word however many letters they space ("H I S T O RY", "P R O J E C T S").
  bool letter_spaced = count_words(t) > 5 && head_words(t).size() == 1 && [&] {
    for (size_t i = 0, w = 0; i <= t.size(); ++i, ++w)
      if (i == t.size() || t[i] == ' ') { if (w > 2) return false; w = size_t(-1); }
    return true;
  }();
  if (t.size() > 60 || (count_words(t) > 6 && !letter_spaced)) return {};
  std::string key = letters(t);
  if (key.empty()) return {};
  // A phone number or a date beside a heading word is a line of content ("(202)-469-9782 Education").
  if (std::count_if(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 3) return {};
  // A lower-case word ("awards") right under a line is a wrapped continuation, not a heading;
  // lower-case headings (some templates set them so) stand apart from the text above.
  bool lower_start = t[0] >= 'a' && t[0] <= 'z';
  if (lower_start && !line.heading && line.gap_before < 0.5) return {};
  SectionKind kind;
  typo_allowed = typo_allowed && (all_caps(t) || line.heading) && count_words(t) <= 3;
  if (auto* n = synonym_of(key, v, kind, typo_allowed)) return {HeadingMatch::synonym, kind, *n};
  bool colon = t.back() == ':';
  if (colon) t.pop_back();
  bool ends_sentence = t.empty() || t.back() == '.' || t.back() == ',' || t.back() == ';' || t.find(". ") != std::string::npos;
  if (ends_sentence || has_digit(t) || t.find('@') != std::string::npos || t.find('|') != std::string::npos) return {};
  // "Master of Social Work", "B.S. in Information Systems": a degree, which ends in words headings end in too.
  static const std::array<std::string_view, 9> kDegrees = {"master", "bachelor", "associate", "doctor", "diploma", "b.s", "m.s", "b.sc", "m.sc"};
  std::string first = lower(t.substr(0, t.find(' ')));
  for (auto d : kDegrees) if (first.rfind(d, 0) == 0) return {};
  bool caps = all_caps(t);
  bool set_apart = caps || colon || line.heading || (title_case(t) && !lower_start);
  // "Jenkins - Pipelines, Jobs, Builds": a name, a dash, then a list of what it covers, is a line of a skills list.
  size_t dash = std::min({t.find(" - "), t.find(" \u2013 "), t.find(" \u2014 ")});
  bool name_and_list = dash != std::string::npos && t.find(',', dash) != std::string::npos;
  if (set_apart && (count_words(t) <= 5 || letter_spaced) && !name_and_list)
    // A join is read only where the line is plainly a heading: capitals, a colon, or a Markdown # or ## heading.
    if (auto k = head_word_kind(t, v, (caps || colon || (line.heading >= 1 && line.heading <= 2))))
      return {HeadingMatch::head_word, *k, ""};
  // An unknown all-caps line must also stand apart: "HTML" wrapped onto its own line is not a section.
  bool apart = line.gap_before >= 0.5 || line.heading;
  bool markdown_section = line.heading >= 1 && line.heading <= 2 && line.at.page == 0;
  if ((caps && count_words(t) <= 4 && apart) || (markdown_section && count_words(t) <= 3)) return {HeadingMatch::look, SectionKind::other, ""};
  return {};
}

}  // namespace

HeadingGuess guess_heading(const TextLine& line, const HeadingVocabulary& v) { return guess(line, v, true); }

size_t label_prefix(const std::string& text, const HeadingVocabulary& v) {
  size_t bar = text.find(" | ");
  if (bar == std::string::npos || bar == 0) return 0;
  // A label column names the resume's sections by name; a name that only ends in a minor section's head word is
  // a project's or a role's ("Ledger Service | 2022", "Payments Platform Community | Go").
  auto g = guess_heading_alone(text.substr(0, bar), v);
  bool names = g.match == HeadingMatch::synonym || (g.match == HeadingMatch::head_word && g.kind != SectionKind::other);
  return names ? bar : 0;
}

HeadingGuess guess_heading_alone(const std::string& text, const HeadingVocabulary& v, bool typo_allowed) {
  TextLine probe;
  probe.text = text;
  probe.gap_before = 1;
  return guess(probe, v, typo_allowed);
}

bool is_head_word(const std::string& word, const HeadingVocabulary& v) {
  return word_kind(word, v) || listed(v.weak, word);
}

bool names_a_section(const std::string& text, const HeadingVocabulary& v) {
  auto g = guess_heading_alone(text, v);
  return g.match == HeadingMatch::synonym || g.match == HeadingMatch::head_word;
}

std::string undecorated(const std::string& heading) {
  // Letters of any script stay (U+00C0 on); ASCII punctuation, general punctuation, arrows, shapes, dingbats,
  // private-use icon glyphs and emoji go.
  auto decoration = [](char32_t c) {
    return (c < 0x80 && !std::isalnum(int(c))) || (c >= 0x2000 && c < 0x2C00) || (c >= 0xE000 && c < 0xF900) ||
           c >= 0x1F000;
  };
  size_t i = 0;
  while (i < heading.size()) {
    size_t next = i;
    if (!decoration(next_code_point(heading, next))) break;
    i = next;
  }
  return i < heading.size() ? heading.substr(i) : heading;
}

}  // namespace bescore
