#include "parse/skills.h"

#include <algorithm>

#include "base/text.h"

namespace bescore {

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
