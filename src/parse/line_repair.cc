#include "parse/line_repair.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>
#include <set>
#include <string_view>
#include <utility>

#include <re2/re2.h>

#include "extract/markers.h"
#include "parse/date_scan.h"
#include "parse/dates.h"
#include "parse/drop_caps.h"
#include "parse/tracked_capitals.h"
#include "base/text.h"

namespace bescore {

namespace {


// "WORK EXPERIENCE" as LaTeX small capitals come out of a PDF: each word's capital apart from its small capitals
// ("W ORK E XPERIENCE"); short words set all in small capitals stay whole ("H ONORS AND AWARDS").
std::string small_caps(const std::string& caps) {
  std::string out;
  size_t i = 0;
  while (i < caps.size()) {
    size_t end = std::min(caps.find(' ', i), caps.size());
    std::string word = caps.substr(i, end - i);
    if (!out.empty()) out += ' ';
    out += word.size() > 3 && is_ascii_upper(word[0]) ? word.substr(0, 1) + " " + word.substr(1) : word;
    i = end + 1;
  }
  return out;
}

// "work experience" → "WORK EXPERIENCE", "Work Experience" and "Work experience": the ways a heading is set in
// running text, and the capitals as small capitals split them.
std::vector<std::string> written_forms(const HeadingVocabulary& v) {
  std::vector<std::string> forms;
  for (const auto& [kind, names] : v.synonyms)
    for (const auto& n : names) {
      if (n.size() < 5) continue;  // "bio", "work": too common inside other words
      std::string caps, title, sentence = n;
      bool start = true;
      for (char c : n) {
        caps += is_ascii_lower(c) ? char(c - 32) : c;
        title += start && is_ascii_lower(c) ? char(c - 32) : c;
        start = c == ' ';
      }
      if (is_ascii_lower(sentence[0])) sentence[0] = char(sentence[0] - 32);
      forms.push_back(caps);
      forms.push_back(title);
      if (sentence != title) forms.push_back(sentence);
      forms.push_back(small_caps(caps));
    }
  // Longest first, so "Work Experience" is found before "Experience".
  std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
  return forms;
}

// Where a heading sits glued to the words around it: after a lower-case letter, a digit or closing punctuation with
// no space ("yearsEducation", "advance.”Summary"), or at the start of the line; and before a capital, the end of
// the line or a space ("SummaryRecent", "EXPERIENCE"). The line starts after an icon or other decoration before
// its first word ("\uF0C0 Work ExperiencePingCAP").
size_t decoration_before(const std::string& t) { return t.size() - undecorated(t).size(); }

// "Graduation date: 06/2019 \uF121 Open Source Project": an icon font's glyph (Unicode's private use area, where
// Font Awesome's live) and a space before a heading set it apart as a line break would.
bool icon_before(const std::string& t, size_t at) {
  size_t i = at;
  while (i > 0 && t[i - 1] == ' ') --i;
  if (i == at || i < 3) return false;
  size_t from = i - 3;
  char32_t c = next_code_point(t, from);
  return from == i && c >= 0xE000 && c <= 0xF8FF;
}

// What a heading run into the text before it follows: a lower-case letter, a digit, a glyph, or punctuation that
// ends words ("advance.”Summary", "(CAS)EDUCATION", "github.io/EDUCATION").
bool glued_to(char before) {
  return is_ascii_lower(before) || (before >= '0' && before <= '9') || (unsigned char)before >= 0x80 ||
         std::string_view(".)\x9d:;/").find(before) != std::string_view::npos;
}

// "CAREER OBJECTIVE:Seeking", "SKILLS:Python, Go": a capitals heading's colon (at t[colon]) glued to what follows
// ends it, unless a link follows ("PORTFOLIO:https://…").
bool glued_colon(const std::string& t, size_t colon) {
  return colon + 1 < t.size() && t[colon + 1] != ' ' && t.compare(colon + 1, 4, "http") != 0;
}

// "…9/2012-7/2016RESEARCH EXPERIENCE", "…github.io/EDUCATION", "…in teamsH I S T O RY": a heading in capitals
// that no synonym spells, glued to the text before it (or opening the line, glued to the text after it), found by
// its head word as the same words on a line of their own would be. Adds the spans found apart from those in found.
void capitals_headings(const std::string& t, const HeadingVocabulary& v, size_t start,
                       std::vector<std::pair<size_t, size_t>>& found) {
  size_t i = 0;
  while (i < t.size()) {
    if (!is_ascii_upper(t[i])) { ++i; continue; }
    size_t a = i, e = i;
    while (e < t.size() && (is_ascii_upper(t[e]) || t[e] == '&' ||
                            (t[e] == ' ' && e + 1 < t.size() && (is_ascii_upper(t[e + 1]) || t[e + 1] == '&'))))
      ++e;
    i = e + 1;
    size_t b = e;
    if (b < t.size() && is_ascii_lower(t[b])) --b;  // "EXPERIENCEPingCAP": the last capital opens the next word
    while (b > a && t[b - 1] == ' ') --b;
    if (b - a < 4) continue;
    char before = a ? t[a - 1] : ' ', after = b < t.size() ? t[b] : '\0';
    bool glued_before = a > 0 && glued_to(before);
    // It must end the line or run into the next words, or a capital after a space: "TCP/IP STACK in Rust", "CI/CD
    // TOOLS used by" are words of a sentence. After a digit or a slash, its first word is a word ("3D PRINTING PROJECT" is a project's name).
    bool glued_after = is_ascii_upper(after) || (after == ':' && glued_colon(t, b)) ||
                       (after == ' ' && b + 1 < t.size() && is_ascii_upper(t[b + 1]));  // "…EXPERIENCE Graduate Assistant"
    size_t first_word = t.find(' ', a);
    if ((before == '/' || (before >= '0' && before <= '9')) && std::min(first_word, b) - a < 3) continue;
    if (!(glued_before && (glued_after || after == '\0')) && !(a == start && glued_after)) continue;
    if (!names_a_section(t.substr(a, b - a), v)) continue;
    if (after == ':') ++b;
    if (std::none_of(found.begin(), found.end(), [&](auto& r) { return a < r.second && b > r.first; })) found.emplace_back(a, b);
  }
}

// "EDUCATIONBS/MS", "EXPERIENCEIBM Research": the capitals after a capitals heading, up to the next non-letter, are
// an acronym of their own (two to four letters, and not an English word's ending: "EXPERIENCED", "SKILLSET").
bool acronym_after(const std::string& t, size_t end) {
  size_t e = end;
  while (e < t.size() && is_ascii_upper(t[e])) ++e;
  if (e < t.size() && (is_ascii_lower(t[e]) || (unsigned char)t[e] >= 0x80)) return false;
  static const std::set<std::string> endings = {"S", "D", "ED", "ES", "AL", "ER", "ING", "LY", "IST", "ET", "ETS"};
  return e - end >= 2 && e - end <= 4 && !endings.count(t.substr(end, e - end));
}

// Whether words[i, ...) is the word w, ended by a space or the end.
bool word_is(const std::string& words, size_t i, std::string_view w) {
  return words.compare(i, w.size(), w) == 0 && (i + w.size() == words.size() || words[i + w.size()] == ' ');
}

// The words from the line's start to a heading's end ("Independent Projects", "Projects & Awards") head a section
// as a line of their own would: at most four words, each capitalised but "&", "and" and "of".
bool lead_in_heading(const std::string& t, size_t start, size_t end, const HeadingVocabulary& v) {
  std::string words = t.substr(start, end - start);
  if (count_words(words) > 4) return false;
  if (words.empty() || !is_ascii_upper(words[0])) return false;
  for (size_t i = 1; i < words.size(); ++i)
    if (words[i - 1] == ' ' && !is_ascii_upper(words[i]) && !word_is(words, i, "&") && !word_is(words, i, "and") &&
        !word_is(words, i, "of"))
      return false;
  return names_a_section(words, v);
}

// What lies around a heading's written form f found at t[at, end): the facts the rules of glued_headings read.
struct AroundForm {
  char after = '\0';         // the character after the form, '\0' at the line's end
  bool all_caps = false;     // the form is in capitals ("EXPERIENCE")
  bool main_section = false;  // "Education", "Experience", "Projects", ...
  bool glued_before = false;  // it runs into the text before it ("yearsEducation", "◦E DUCATION", an icon)
  bool glued_after = false;   // or into the text after it ("SummaryRecent", "EXPERIENCE•Acme", "SKILLS:Python")
  bool colon_after = false;   // a capitals heading's colon follows it ("EXPERIENCE:", "PORTFOLIO:https://…" too)
};

// The digits of a phone number's run from t[from]: digits, spaces, dashes, dots and parentheses.
size_t phone_digits(const std::string& t, size_t from) {
  size_t digits = 0;
  for (size_t i = from; i < t.size() && std::string_view("0123456789 -.()").find(t[i]) != std::string_view::npos; ++i)
    digits += t[i] >= '0' && t[i] <= '9';
  return digits;
}

AroundForm around(const std::string& t, size_t at, size_t end, const std::string& f) {
  static const std::array<std::string_view, 6> kMain = {"Education", "Experience", "Projects", "Skills", "Certifications",
                                                        "Qualifications"};
  AroundForm a;
  char before = at ? t[at - 1] : ' ';
  a.after = end < t.size() ? t[end] : '\0';
  a.all_caps = std::none_of(f.begin(), f.end(), is_ascii_lower);
  a.main_section = std::find(kMain.begin(), kMain.end(), f) != kMain.end();
  // A list marker glued on either side ("◦E DUCATION", "EXPERIENCE•Acme") ends the words around it too.
  a.glued_before = at > 0 && (glued_to(before) || (unsigned char)before >= 0x80 || icon_before(t, at));
  a.colon_after = a.after == ':' && a.all_caps;
  // "EXPERIENCE:The Umonics Method": a capitals heading's colon glued to the words after it ends the heading too;
  // "Technologies:Go, Kafka" and "PORTFOLIO:https://…" are a line's label. "EDUCATION- Electrical Design": a dash
  // glued to the heading and a space open a list item (only after capitals or a main section's name: "Key
  // Achievements- Led …" is a role's sub-label).
  bool colon = a.colon_after && glued_colon(t, end);
  bool dash = a.after == '-' && end + 1 < t.size() && t[end + 1] == ' ' && (a.all_caps || a.main_section);
  // "About Me+91-9166085917": a phone number glued after it (seven digits or more; "Experience+5 years" is a sum).
  bool phone = a.after == '+' && phone_digits(t, end + 1) >= 7;
  a.glued_after = is_ascii_upper(a.after) || (a.after >= '0' && a.after <= '9') || (unsigned char)a.after >= 0xC0 ||
                  a.after == '[' || colon || dash || phone;
  return a;
}

// Whether a form glued to what follows is a word of its own there, not the start of a longer word or name.
bool ends_a_word(const std::string& t, size_t end, const std::string& f, const AroundForm& a) {
  // A capitals heading glued to a capital ("PROJECTSVizi") starts a title-case word, or an acronym
  // ("EDUCATIONBS/MS"); "EXPERIENCED", "PROJECTSS" end in a suffix of the same word.
  // "ABOUTA Senior Engineer…", "SUMMARYI build…": a one-letter word glued after it.
  if (a.all_caps && is_ascii_upper(a.after))
    return (end + 1 < t.size() && (is_ascii_lower(t[end + 1]) || (t[end + 1] == ' ' && (a.after == 'A' || a.after == 'I')))) ||
           acronym_after(t, end);
  // A one-word title-case heading after a lower-case letter and before a space is part of a camel-case name
  // ("FullStack Developer", "Chrome DevTools"), unless it names a main section.
  bool one_word = f.find(' ') == std::string::npos;
  return a.all_caps || !one_word || a.main_section || a.glued_after || a.after == '\0';
}

// The written forms in capitals ("WORK EXPERIENCE", "E DUCATION"), longest first.
std::vector<std::string> capitals_forms(const std::vector<std::string>& forms) {
  std::vector<std::string> caps;
  std::copy_if(forms.begin(), forms.end(), std::back_inserter(caps),
               [](const std::string& f) { return std::none_of(f.begin(), f.end(), is_ascii_lower); });
  return caps;
}

// The length of a form in capitals that starts at t[at] and ends a word there (the line's end, a space or a sign, or
// a title-case word glued after it: "PROJECTSVizi"), or 0.
size_t capitals_form_at(const std::string& t, size_t at, const std::vector<std::string>& capitals) {
  for (const auto& g : capitals) {
    if (t.compare(at, g.size(), g) != 0) continue;
    size_t e = at + g.size();
    bool word_ends = e == t.size() || !(is_ascii_upper(t[e]) || is_ascii_lower(t[e])) ||
                     (is_ascii_upper(t[e]) && e + 1 < t.size() && is_ascii_lower(t[e + 1]));
    if (word_ends) return g.size() + (e < t.size() && t[e] == ':');  // a colon goes with its heading ("SKILLS:Go")
  }
  return 0;
}

std::vector<std::pair<size_t, size_t>> glued_headings(const std::string& t, const std::vector<std::string>& forms,
                                                     const std::vector<std::string>& capitals, const HeadingVocabulary& v) {
  std::vector<std::pair<size_t, size_t>> found;
  const size_t start = decoration_before(t);
  // "EDUCATIONPROJECTS", "Cloud SystemSKILLSEXPERIENCE": two columns' headings in capitals run together, opening
  // the line or glued to the text before them, each a form of its own.
  for (size_t at = start; at + 10 <= t.size() && found.empty(); ++at) {
    // Each form is five characters or more: a capital and three more capitals or spaces first ("KEY SKILLS"; not the
    // small capitals "E DUCATION", which are not read in a pair), a cheap test before the forms.
    auto capital_or_space = [](char c) { return is_ascii_upper(c) || c == ' '; };
    if ((at > start && !glued_to(t[at - 1])) ||
        !std::all_of(t.begin() + long(at) + 1, t.begin() + long(at) + 4, capital_or_space) || !is_ascii_upper(t[at]))
      continue;
    for (const auto& f : capitals) {
      if (t.compare(at, f.size(), f) != 0) continue;
      if (size_t second = capitals_form_at(t, at + f.size(), capitals)) {
        found.emplace_back(at, at + f.size());
        found.emplace_back(at + f.size(), at + f.size() + second);
        break;
      }
    }
  }
  // Which two bytes stand side by side in the line: a form whose first three bytes do not is not in it, and is not
  // looked for (a search of the line for each of several hundred forms was most of this function's time).
  std::bitset<1 << 16> pairs;
  auto pair = [](char a, char b) { return size_t(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b); };
  for (size_t i = 1; i < t.size(); ++i) pairs.set(pair(t[i - 1], t[i]));
  for (const auto& f : forms) {
    if (!pairs.test(pair(f[0], f[1])) || !pairs.test(pair(f[1], f[2]))) continue;  // forms are five bytes or more
    for (size_t at = t.find(f); at != std::string::npos; at = t.find(f, at + 1)) {
      size_t end = at + f.size();
      AroundForm a = around(t, at, end, f);
      if (!ends_a_word(t, end, f, a)) continue;
      // "Independent ProjectsAnki add-ons": at the line's start, words in title case before a heading glued to the
      // text after it are the same heading's when together they head a section.
      size_t begin = at;
      if (!a.glued_before && at > start && a.glued_after && !a.all_caps && lead_in_heading(t, start, end, v)) begin = start;
      bool line_ends = a.after == '\0';
      bool starts = begin == start && (a.glued_after || line_ends);
      // A heading in sentence case ("Technical skills", "Skills & tools") may open any sentence: glued to the
      // text before it, it must run into the text after it too, or end the line ("…team.Technical skills include
      // Go" stays); so must any heading a lower-case word follows ("…team.Skills and tools include Go").
      bool sentence_case = false;
      for (size_t k = f.find(' '); k != std::string::npos && !sentence_case; k = f.find(' ', k + 1))
        sentence_case = k + 1 < f.size() && is_ascii_lower(f[k + 1]);
      size_t next = end + 1;
      if (next < t.size() && t.compare(next, 2, "& ") == 0) next += 2;
      bool space_after = a.after == ' ' && !sentence_case && !(next < t.size() && is_ascii_lower(t[next]));
      if (!(starts || (a.glued_before && (a.glued_after || line_ends || space_after || a.colon_after)))) continue;
      if (begin == start && line_ends) continue;  // the whole line is the heading: nothing to split
      if (a.colon_after) ++end;  // the colon goes with its heading
      bool overlaps = std::any_of(found.begin(), found.end(), [&](auto& r) { return begin < r.second && end > r.first; });
      if (!overlaps) found.emplace_back(begin, end);
    }
  }
  capitals_headings(t, v, start, found);
  std::sort(found.begin(), found.end());
  // "Open Source Project": the words after a heading that end the line and would head a section themselves
  // ("Project") are the same heading's.
  if (!found.empty() && found.back().second < t.size() && t[found.back().second] == ' ') {
    std::string rest = trim(t.substr(found.back().second));
    if (count_words(rest) <= 2 && names_a_section(rest, v)) found.back().second = t.size();
  }
  return found;
}

// Bullet glyphs in the middle of a line, as text pasted from a PDF carries them: "…for two years. • Built …".
// Mojibake forms of "•" (UTF-8 read as Windows-1252, or replaced) count too.
constexpr std::array<std::string_view, 8> kMidBullets = {"•", "●", "▪", "■", "➢", "◦", "\xEF\xBF\xBD?\xEF\xBF\xBD", "â€¢"};

void push_piece(std::vector<TextLine>& out, const TextLine& from, std::string text, bool bullet, bool heading_piece) {
  text = trim(text);
  if (text.empty()) return;
  TextLine l = from;
  l.text = std::move(text);
  if (heading_piece) l.gap_before = std::max(l.gap_before, 1.0);
  if (!bullet && !heading_piece && !out.empty() && out.back().at == from.at) l.gap_before = 0;
  l.bullet = bullet || strip_list_marker(l.text);
  out.push_back(std::move(l));
}

// The end of a date range glued to the next field, as text flattened from a PDF runs them together:
// "May 2020 - PresentBerlin", "2019 - 2024Remote". A space goes back in so the range reads as one.
void unglue_dates(std::string& t) {
  static const RE2 glued(R"(((?:\b(?:19|20)\d\d)|\b(?:Present|Current|Now|PRESENT))([A-Z][a-z]))");
  if (t.size() > 5) RE2::GlobalReplace(&t, glued, "\\1 \\2");
}

// "May 2023 -" over "Sep 2023", "November" over "2017 -" over "Present": a date column too narrow for its ranges
// wraps each over two or three lines, beside the first lines of the entry ("May 2023 - Accenture, Dublin" /
// "Sep 2023   Summer Intern"). The range goes back together at the head of the first line, and the others keep
// the rest ("January 2017" over "- Present" too). The pieces must make one whole range: "2019 - Award" over
// "2020 - Award", or "2019 Acme" over "2020 Initech", stay apart.
// "October 2016-January": the range so far ends in a month waiting for its year, which the next line's piece
// gives ("2017 { Compilers").
bool ends_in_month(const std::string& range) {
  size_t from = 0;
  for (std::string_view cut : {" ", "-", "\u2013", "\u2014"})
    if (size_t at = range.rfind(cut); at != std::string::npos) from = std::max(from, at + cut.size());
  std::string_view last = std::string_view(range).substr(from);
  if (!last.empty() && last.back() == ',') last.remove_suffix(1);  // "Oct,"
  if (!last.empty() && last.back() == '.') last.remove_suffix(1);  // "Sept.", "Sept.,"
  return is_month_word(last);
}

void join_split_ranges(std::vector<TextLine>& lines) {
  auto whole_range = [](const std::string& t) {
    DateRange dr;
    return find_date_range(t, dr) && dr.begin == 0 && dr.length == t.size() && !dr.end.empty() &&
           (dr.end == "present" || dr.end >= dr.start);
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    size_t first = lines[i].bullet ? 0 : date_piece(lines[i].text);
    if (!first) continue;
    std::string range = trim(lines[i].text.substr(0, first));
    if (whole_range(range)) continue;
    // The next pieces: on the lines below, one line without a piece skipped at most (a point set higher than the
    // date column's last word), after which a piece must be its line's whole text.
    std::vector<std::pair<size_t, size_t>> used;  // line, piece length
    bool skipped = false;
    for (size_t j = i + 1; j < lines.size() && j <= i + 3 && !whole_range(range); ++j) {
      const TextLine& l = lines[j];
      size_t piece = l.heading ? 0 : date_piece(l.text);
      // A piece is its line's whole text, stands apart from the rest by a column's gap ("Sep 2023   Intern"), or
      // gives the year of a month left waiting above; a PDF's lines come without their gaps, and there the column
      // is the page's. In a text file "2021 Finalist, Hash Code" and "Now serving 2K merchants" open lines of
      // their own.
      bool whole = piece == l.text.size();
      bool present = is_present_word(std::string_view(l.text).substr(0, piece));
      bool apart = whole || l.text.compare(piece, 2, "  ") == 0 || l.text.compare(piece, 3, " | ") == 0 ||
                   l.box.known() || (!present && ends_in_month(range));
      // "- Present" read as a list item: its marker was the range's dash, and it is a piece only if it is all one.
      bool item = l.bullet && piece == l.text.size();
      if (!piece || !apart || (l.bullet && !item) || (skipped && piece < l.text.size())) {
        if (skipped || used.empty()) break;
        skipped = true;
        continue;
      }
      range += (item ? " - " : " ") + trim(l.text.substr(0, piece));
      used.emplace_back(j, piece);
    }
    if (used.empty() || !whole_range(range)) continue;
    lines[i].text = trim(range + " " + trim(lines[i].text.substr(first)));
    for (auto it = used.rbegin(); it != used.rend(); ++it) {
      std::string rest = trim(lines[it->first].text.substr(it->second));
      if (rest.empty()) lines.erase(lines.begin() + long(it->first));
      else lines[it->first].text = rest;
    }
  }
}

// "(202)-469-9782   Education": a sidebar's phone, address or link beside the main column's heading, read as one
// row. Returns where the heading starts, or 0.
size_t contact_before_heading(const std::string& t, const HeadingVocabulary& v) {
  static const RE2 contact(R"(^(\+?[\d() .-]{7,}\d\)?|\S+@\S+\.\w+|(?:https?://)?[\w.-]+\.(?:com|org|net|io|dev|me)\S*)\s+)");
  re2::StringPiece in(t);
  if (!RE2::Consume(&in, contact) || in.empty()) return 0;
  return guess_heading_alone(std::string(in), v).match == HeadingMatch::synonym ? t.size() - in.size() : 0;
}

void split_bullets(std::vector<TextLine>& out, TextLine line) {
  unglue_dates(line.text);
  const std::string& t = line.text;
  size_t first = std::string::npos;
  for (std::string_view m : kMidBullets) first = std::min(first, t.find(m));
  if (first == std::string::npos) { out.push_back(line); return; }
  size_t from = 0;
  bool bullet = line.bullet;
  for (size_t i = 0; i < t.size(); ++i)
    for (std::string_view m : kMidBullets) {
      if (t.compare(i, m.size(), m) != 0) continue;
      std::string before = t.substr(from, i - from);
      size_t next_end = t.size();
      for (std::string_view m2 : kMidBullets) next_end = std::min(next_end, t.find(m2, i + m.size()));
      // A separator in a contact line ("email • phone • site") is not a list: both sides must be phrases.
      if (count_words(before) >= 3 && count_words(std::string_view(t).substr(i + m.size(), next_end - i - m.size())) >= 3) {
        push_piece(out, line, before, bullet, false);
        from = i + m.size();
        bullet = true;
      } else if (trim(before).empty() && i == from) {
        from = i + m.size();
        bullet = true;
      }
      i += m.size() - 1;
      break;
    }
  push_piece(out, line, t.substr(from), bullet, false);
}

}  // namespace

namespace {

// Leaders drawn as characters ("Mahsan Co. . . . . . . . Tehran", "ACME Senior SE ------- Boston MA") separate
// fields as a wide gap does; one running to the end of the line is dropped.
std::string without_leaders(const std::string& t) {
  if (t.find(". . .") == std::string::npos && t.find("....") == std::string::npos && t.find("----") == std::string::npos &&
      t.find("\u2014\u2014\u2014") == std::string::npos && t.find("\u2500\u2500\u2500") == std::string::npos)
    return t;
  // Also a rule of em dashes or box-drawing lines typed after a heading ("EDUCATION ——————").
  static const RE2 leader(R"((?:\s*\.){5,}\s*|\s*-{4,}\s*|\s*(?:—|─){3,}\s*)");
  std::string out = t;
  RE2::GlobalReplace(&out, leader, " | ");
  while (out.size() >= 3 && out.compare(out.size() - 3, 3, " | ") == 0) out.resize(out.size() - 3);
  while (out.rfind(" | ", 0) == 0) out.erase(0, 3);
  return trim(out);
}

}  // namespace

std::vector<TextLine> repair_lines(const std::vector<TextLine>& source_lines, const HeadingVocabulary& v) {
  const auto restored = restore_drop_caps(source_lines, v);
  const auto& lines = restored ? *restored : source_lines;
  const auto forms = written_forms(v);
  const auto capitals = capitals_forms(forms);
  // A label set in under an entry's dated line ("Final Year Project:  [ModSent]" under "2019–2023 BSc Computer
  // Science") is a field of that entry, not a heading of a label column beside its section.
  const TextLine* above = nullptr;
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (const auto& source : lines) {
    TextLine line = source;
    line.text = without_leaders(source.text);
    if (!line.box.known())
      if (auto joined = untracked_capitals(line.text, v)) line.text = *joined;
    if (line.text.empty()) continue;  // a rule drawn in dots or dashes: nothing to read
    const std::string& t = line.text;
    const TextLine* line_above = std::exchange(above, &source);
    auto field_of_entry = [&] {
      const int set_in = line.box.known() ? 12 : 2;  // points in a PDF, spaces in text
      DateRange dated;
      return line_above && line.indent > line_above->indent + set_in && find_date_range(line_above->text, dated);
    };
    // A list item keeps its column gaps, and so does a contact line ("Contact | jo@example.com"): a label naming no
    // section of the resume's body is not split from contact details.
    if (size_t heading = line.bullet ? 0 : contact_before_heading(t, v)) {
      push_piece(out, line, t.substr(0, heading), false, false);
      push_piece(out, line, t.substr(heading), false, true);
      continue;
    }
    size_t label = line.bullet ? 0 : label_prefix(t, v);
    if (label && field_of_entry()) label = 0;
    if (label && (t.find('@') != std::string::npos || t.find("http") != std::string::npos) &&
        guess_heading_alone(t.substr(0, label), v).kind == SectionKind::other)
      label = 0;
    if (label) {
      push_piece(out, line, t.substr(0, label), false, true);
      TextLine rest = line;
      rest.text = trim(t.substr(label + 3));
      rest.bullet = strip_list_marker(rest.text);
      rest.gap_before = 0;
      if (!rest.text.empty()) split_bullets(out, rest);
      continue;
    }
    auto glued = glued_headings(t, forms, capitals, v);
    if (glued.empty()) { split_bullets(out, line); continue; }
    size_t from = glued.front().first == decoration_before(t) ? glued.front().first : 0;  // an icon before: dropped
    for (const auto& [a, b] : glued) {
      if (a > from) {
        TextLine piece = line;
        piece.text = trim(t.substr(from, a - from));
        if (from > 0) piece.bullet = false, piece.gap_before = 0;
        if (!piece.text.empty()) split_bullets(out, piece);
      }
      push_piece(out, line, t.substr(a, b - a), false, true);
      from = b;
    }
    if (from < t.size()) {
      TextLine piece = line;
      piece.text = trim(t.substr(from));
      piece.bullet = strip_list_marker(piece.text);
      piece.gap_before = 0;
      if (!piece.text.empty()) split_bullets(out, piece);
    }
  }
  join_split_ranges(out);
  return out;
}

}  // namespace bescore
