#include "parse/skills.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace bescore {

namespace {

// Skills set as tags ("Go Kafka PostgreSQL Redis gRPC"): a line with no separator at all, naming three or more
// technologies, with no more other words than one for every two of them, is a row of tags, each name an item and
// each other word one too. Not a phrase such as "Python Data Analysis Libraries" or "REST APIs in Go with PostgreSQL".
std::vector<std::string> split_pills(const std::string& text, const Lexicon& lexicon) {
  if (text.find_first_of("()/") != std::string::npos) return {text};  // "Python (Django Flask)", "Go/Gin": grouped
  std::vector<Mention> mentions = lexicon.find_mentions(text);
  if (mentions.size() < 3) return {text};
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.pos < b.pos; });
  std::vector<std::string> tags;
  size_t others = 0, at = 0;
  auto other_words = [&](size_t end) {  // the words between two names, each a tag of its own
    std::string word;
    for (size_t i = at; i <= end; ++i) {
      if (i < end && !std::isspace(static_cast<unsigned char>(text[i]))) { word += text[i]; continue; }
      if (word == "and" || word == "&" || word == "-") word.clear();  // "Go Python and Rust": a list's joint
      if (!word.empty()) tags.push_back(word), ++others, word.clear();
    }
  };
  for (const Mention& m : mentions) {
    if (m.pos < at) return {text};  // overlapping mentions: not a plain row of names
    other_words(m.pos);
    tags.push_back(text.substr(m.pos, m.len));
    at = m.pos + m.len;
  }
  other_words(text.size());
  if (2 * others > mentions.size()) return {text};
  return tags;
}

}  // namespace

std::vector<Skill> split_skills(const TextLine& line, const Lexicon& lexicon) {
  std::string text = line.text;
  // "Languages: Go, SQL" — the label names a group, it is not a skill.
  size_t colon = text.find(':');
  if (colon != std::string::npos && colon < 40 && text.compare(colon, 3, "://") != 0) text = text.substr(colon + 1);
  std::vector<std::string> parts;
  std::string cur;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    bool sep = depth == 0 && (c == ',' || c == ';' || c == '|' || c == '\t');
    // "•" and "·" (U+2022, U+00B7) also separate items.
    if (depth == 0 && text.compare(i, 3, "•") == 0) { sep = true; i += 2; }
    else if (depth == 0 && text.compare(i, 2, "·") == 0) { sep = true; i += 1; }
    if (sep) { parts.push_back(cur); cur.clear(); } else cur += c;
  }
  parts.push_back(cur);
  if (parts.size() == 1) parts = split_pills(parts.front(), lexicon);
  std::vector<Skill> out;
  for (auto& p : parts) {
    std::string item = trim(p);
    // "SQL (MySQL, PostgreSQL)": one item named by its head, whose examples are skills listed too.
    std::string examples;
    size_t paren = item.find(" (");
    if (paren != std::string::npos) examples = item.substr(paren), item = trim(item.substr(0, paren));
    while (!item.empty() && (item.back() == '.')) item.pop_back();
    if (item.size() > 2 && item.compare(0, 4, "and ") == 0) item = trim(item.substr(4));
    if (item.empty() || item.size() > 60) continue;
    Skill s;
    s.text = item;
    s.at = line.at;
    if (const Term* t = lexicon.lookup(item)) { s.term = t->name; s.terms = {t}; }
    else { s.terms = lexicon.find(item); if (!s.terms.empty()) s.term = s.terms.front()->name; }
    for (const Term* t : lexicon.find(examples))
      if (std::find(s.terms.begin(), s.terms.end(), t) == s.terms.end()) s.terms.push_back(t);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace bescore
