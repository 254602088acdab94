#include "parse/entry_stack.h"

#include <algorithm>

#include "base/text.h"
#include "rules/lexicon.h"

namespace bescore {

bool lists_technologies(const std::string& part, const Lexicon& lexicon, size_t least) {
  size_t items = 0, from = 0;
  while (from <= part.size()) {
    size_t comma = std::min(part.find_first_of(",|", from), part.size());
    std::string item = trim(part.substr(from, comma - from));
    from = comma + 1;
    if (names_code_host(item)) continue;  // "Go, Redis, GitHub": where it lives, not what it is built with
    if (item.empty() || !lexicon.lookup_any_case(item)) return false;
    ++items;
  }
  return items >= least;
}

void add_to_stack(Entry& e, const std::string& items) {
  std::string listed = items;
  for (size_t bar; (bar = listed.find(" | ")) != std::string::npos;) listed.replace(bar, 3, ", ");
  e.stack += (e.stack.empty() ? "" : ", ") + listed;
}

void take_bracketed_stack(std::string& rest, Entry& e, const Lexicon& lexicon) {
  size_t open = rest.find(" (");
  if (open == std::string::npos || open == 0) return;
  size_t close = rest.find(')', open);
  if (close == std::string::npos) return;
  std::string inside = rest.substr(open + 2, close - open - 2);
  if (!lists_technologies(inside, lexicon, 1)) return;
  add_to_stack(e, inside);
  rest.erase(open, close + 1 - open);
}

void take_stack_parts(std::vector<EntryPart>& parts, int index, bool project, Entry& e, const Lexicon& lexicon) {
  for (size_t i = 1; i < parts.size();) {
    const EntryPart& part = parts[i];
    bool stack = part.line == index && (project || parts.size() > 2) && lists_technologies(part.text, lexicon, project ? 1 : 2);
    if (stack) add_to_stack(e, part.text);
    if (stack || (project && part.line == index && names_code_host(part.text)))
      parts.erase(parts.begin() + long(i));
    else
      ++i;
  }
}

}  // namespace bescore
