#include "parse/line_repair.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/markers.h"
#include "base/text.h"

namespace bescore {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "Work Experience" → "WORK EXPERIENCE" and "Work Experience": the two ways a heading is set in running text.
std::vector<std::string> written_forms(const HeadingVocabulary& v) {
  std::vector<std::string> forms;
  for (const auto& [kind, names] : v.synonyms)
    for (const auto& n : names) {
      if (n.size() < 5) continue;  // "bio", "work": too common inside other words
      std::string caps, title;
      bool start = true;
      for (char c : n) {
        caps += is_lower(c) ? char(c - 32) : c;
        title += start && is_lower(c) ? char(c - 32) : c;
        start = c == ' ';
      }
      forms.push_back(caps);
      forms.push_back(title);
    }
  // Longest first, so "Work Experience" is found before "Experience".
  std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
  return forms;
}

// Where a heading sits glued to the words around it: after a lower-case letter, a digit or closing punctuation with
// no space ("yearsEducation", "advance.”Summary"), or at the start of the line; and before a capital, the end of
// the line or a space ("SummaryRecent", "EXPERIENCE").
std::vector<std::pair<size_t, size_t>> glued_headings(const std::string& t, const std::vector<std::string>& forms) {
  std::vector<std::pair<size_t, size_t>> found;
  for (const auto& f : forms)
    for (size_t at = t.find(f); at != std::string::npos; at = t.find(f, at + 1)) {
      size_t end = at + f.size();
      char before = at ? t[at - 1] : ' ';
      char after = end < t.size() ? t[end] : '\0';
      bool glued_before = at > 0 && (is_lower(before) || (before >= '0' && before <= '9') || std::string_view(".)\x9d:;").find(before) != std::string_view::npos);
      bool glued_after = is_upper(after) || (after >= '0' && after <= '9');
      bool all_caps_form = std::none_of(f.begin(), f.end(), is_lower);
      // A capitals heading glued to a capital ("PROJECTSVizi") starts a title-case word; "EXPERIENCED" is a word.
      if (all_caps_form && is_upper(after) && !(end + 1 < t.size() && is_lower(t[end + 1]))) continue;
      // A one-word title-case heading after a lower-case letter and before a space is part of a camel-case name
      // ("FullStack Developer", "Chrome DevTools"), unless it names a main section.
      bool one_word = f.find(' ') == std::string::npos;
      static const std::array<std::string_view, 6> kMain = {"Education", "Experience", "Projects", "Skills", "Certifications",
                                                            "Qualifications"};
      bool main_section = std::find(kMain.begin(), kMain.end(), f) != kMain.end();
      if (!all_caps_form && one_word && !main_section && !glued_after && after != '\0') continue;
      bool starts = at == 0 && (glued_after || after == '\0');
      if (!(starts || (glued_before && (glued_after || after == '\0' || after == ' ')))) continue;
      if (at == 0 && after == '\0') continue;  // the whole line is the heading: nothing to split
      bool overlaps = std::any_of(found.begin(), found.end(), [&](auto& r) { return at < r.second && end > r.first; });
      if (!overlaps) found.emplace_back(at, end);
    }
  std::sort(found.begin(), found.end());
  return found;
}

// Bullet glyphs in the middle of a line, as text pasted from a PDF carries them: "…for two years. • Built …".
// Mojibake forms of "•" (UTF-8 read as Windows-1252, or replaced) count too.
constexpr std::array<std::string_view, 7> kMidBullets = {"•", "●", "▪", "■", "➢", "\xEF\xBF\xBD?\xEF\xBF\xBD", "â€¢"};

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

void split_bullets(std::vector<TextLine>& out, const TextLine& line) {
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

std::vector<TextLine> repair_lines(const std::vector<TextLine>& lines, const HeadingVocabulary& v) {
  const auto forms = written_forms(v);
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (const auto& line : lines) {
    std::string t = line.text;
    // A list item keeps its column gaps, and so does a contact line ("Contact | jo@example.com"): a label naming no
    // section of the resume's body is not split from contact details.
    size_t label = line.bullet ? 0 : label_prefix(t, v);
    if (label && (t.find('@') != std::string::npos || t.find("http") != std::string::npos)) {
      TextLine probe;
      probe.text = t.substr(0, label);
      probe.gap_before = 1;
      if (guess_heading(probe, v).kind == SectionKind::other) label = 0;
    }
    if (label) {
      push_piece(out, line, t.substr(0, label), false, true);
      TextLine rest = line;
      rest.text = trim(t.substr(label + 3));
      rest.bullet = strip_list_marker(rest.text);
      rest.gap_before = 0;
      if (!rest.text.empty()) split_bullets(out, rest);
      continue;
    }
    auto glued = glued_headings(t, forms);
    if (glued.empty()) { split_bullets(out, line); continue; }
    size_t from = 0;
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
  return out;
}

}  // namespace bescore
