#include "parse/headings.h"

#include "extract/utf8.h"

namespace bescore {

namespace {

// Letters only, lower case: "Work  History:" → "workhistory"; also undoes letter-spaced "E D U C A T I O N".
std::string letters(const std::string& s) {
  std::string out;
  for (char c : lower(s)) if ((c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80)) out += c;
  return out;
}

bool all_caps(const std::string& s) {
  int upper = 0, lowers = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lowers;
  }
  return upper >= 3 && lowers == 0;
}

int words(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) { bool w = c != ' '; if (w && !in) ++n; in = w; }
  return n;
}

}  // namespace

std::optional<SectionKind> heading_kind(const TextLine& line, const HeadingSynonyms& synonyms) {
  if (line.bullet) return std::nullopt;
  const std::string& t = line.text;
  if (t.size() > 60 || words(t) > 5) return std::nullopt;
  std::string key = letters(t);
  if (key.empty()) return std::nullopt;
  // A lower-case word ("awards") right under a line is a wrapped continuation, not a heading;
  // lower-case headings (some templates set them so) stand apart from the text above.
  bool lower_start = t[0] >= 'a' && t[0] <= 'z';
  if (lower_start && !line.heading && line.gap_before < 0.5) return std::nullopt;
  for (const auto& [kind, names] : synonyms)
    for (const auto& n : names)
      if (letters(n) == key) return kind;
  bool ends_sentence = t.back() == '.' || t.find(',') != std::string::npos;
  // Other headings must look like section headings: all capitals, or a top-level Markdown heading.
  // (Larger type alone is not enough: templates set job titles and project names large too.)
  bool markdown_section = line.heading >= 1 && line.heading <= 2 && line.at.page == 0;
  // An unknown all-caps line must also stand apart: "HTML" wrapped onto its own line is not a section.
  bool apart = line.gap_before >= 0.5 || line.heading;
  if ((all_caps(t) && words(t) <= 4 && !ends_sentence && apart) || (markdown_section && words(t) <= 3 && !ends_sentence))
    return SectionKind::other;
  return std::nullopt;
}

}  // namespace bescore
