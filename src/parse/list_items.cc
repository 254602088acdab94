#include "parse/list_items.h"

#include <algorithm>

#include "base/text.h"
#include "parse/dates.h"
#include "parse/entry_fields.h"
#include "rules/lexicon.h"

namespace bescore {

bool names_no_action(const std::string& t, const Vocabulary& vocabulary) {
  if (opens_with_past_verb(t)) return false;
  auto verb = vocabulary.traits.find("action_verb");
  return verb == vocabulary.traits.end() || !verb->second.test(t, {});
}

bool heads_nested_items(const std::vector<TextLine>& lines, size_t i) {
  if (!lines[i].bullet || lines[i].box.known()) return false;
  for (size_t j = i + 1; j < lines.size() && j <= i + 3; ++j)
    if (lines[j].bullet) return lines[j].indent > lines[i].indent;
  return false;
}

bool reads_as_role_header(const std::string& t, const Vocabulary& vocabulary, int most_words) {
  DateRange dr;
  if (!find_date_range(t, dr) || count_words(t) > (most_words ? most_words : dr.end.empty() ? 10 : 14)) return false;
  return names_no_action(t, vocabulary);
}

bool dated_below(const std::vector<TextLine>& lines, size_t i, const Vocabulary& vocabulary) {
  DateRange dr;
  return i + 1 < lines.size() && !lines[i + 1].bullet && count_words(lines[i + 1].text) <= 8 &&
         find_date_range(lines[i + 1].text, dr) && count_words(lines[i].text) <= 12 &&
         names_no_action(lines[i].text, vocabulary);
}

bool names_project_and_stack(const std::string& t, const Vocabulary& vocabulary) {
  size_t bar = t.find(" | ");
  if (bar == std::string::npos || bar == 0 || t.find(" | ", bar + 3) != std::string::npos) return false;
  std::string name = t.substr(0, bar), stack = t.substr(bar + 3);
  // A name, not a point: each word capitalised (or all capitals), no figure, no label ("Tech: Go", "40% faster").
  if (count_words(name) > 6 || !is_name(name) || name.find_first_of(":0123456789") != std::string::npos ||
      !names_no_action(name, vocabulary) || count_words(stack) > 12)
    return false;
  bool known = false;
  size_t from = 0;
  while (from <= stack.size()) {
    size_t comma = std::min(stack.find(',', from), stack.size());
    std::string item = trim(stack.substr(from, comma - from));
    if (count_words(item) > 4) return false;
    known = known || vocabulary.lexicon->lookup_any_case(item) != nullptr;
    from = comma + 1;
  }
  bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return known || capitals;
}

}  // namespace bescore
