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
  for (const auto& [kind, names] : synonyms)
    for (const auto& n : names)
      if (letters(n) == key) return kind;
  bool ends_sentence = t.back() == '.' || t.find(',') != std::string::npos;
  // Other headings must look like section headings: all capitals, or a top-level Markdown heading.
  // (Larger type alone is not enough: templates set job titles and project names large too.)
  bool markdown_section = line.heading >= 1 && line.heading <= 2 && line.at.page == 0;
  if ((all_caps(t) && words(t) <= 4 && !ends_sentence) || (markdown_section && words(t) <= 3 && !ends_sentence))
    return SectionKind::other;
  return std::nullopt;
}

}  // namespace bescore
