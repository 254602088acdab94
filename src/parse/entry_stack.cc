#include "parse/entry_stack.h"

#include <algorithm>

#include "base/text.h"
#include "rules/lexicon.h"

namespace bescore {

namespace {

// The items of a part set apart by commas or bars, trimmed, empty ones left out.
std::vector<std::string> items_of(const std::string& part) {
  std::vector<std::string> items;
  for (size_t from = 0; from <= part.size();) {
    size_t end = std::min(part.find_first_of(",|", from), part.size());
    if (std::string item = trim(part.substr(from, end - from)); !item.empty()) items.push_back(std::move(item));
    from = end + 1;
  }
  return items;
}

}  // namespace

void append_to_stack(std::string& stack, const std::string& list) {
  if (!list.empty()) stack += (stack.empty() ? "" : ", ") + list;
}

std::optional<std::string> technologies_in(const std::string& part, const Lexicon& lexicon, size_t least) {
  std::vector<std::string> known;
  for (auto& item : items_of(part)) {
    if (names_code_host(item)) continue;
    if (!lexicon.lookup_any_case(item)) return std::nullopt;
    known.push_back(std::move(item));
  }
  if (known.size() < least || known.empty()) return std::nullopt;
  return join(known);
}

bool only_code_hosts(const std::string& part) {
  auto items = items_of(part);
  return !items.empty() && std::all_of(items.begin(), items.end(), [](const std::string& i) { return names_code_host(i); });
}

std::string take_bracketed_stack(std::string& header, const Lexicon& lexicon) {
  size_t open = header.find(" (");
  if (open == std::string::npos || open == 0) return "";
  size_t close = header.find(')', open);
  if (close == std::string::npos) return "";
  auto list = technologies_in(header.substr(open + 2, close - open - 2), lexicon, 1);
  if (!list) return "";
  header.erase(open, close + 1 - open);
  return *list;
}

std::vector<EntryPart> without_stack(const std::vector<EntryPart>& parts, bool project, std::string& stack,
                                     const Lexicon& lexicon) {
  std::vector<std::optional<std::string>> lists;
  for (size_t i = 0; i < parts.size(); ++i)
    lists.push_back(i == 0 ? std::nullopt : technologies_in(parts[i].text, lexicon, project ? 1 : 2));
  auto may_name_employer = [&](size_t i) {
    return !lists[i] && !names_place(parts[i].text) && !names_role(parts[i].text);  // the name may be the employer
  };
  bool employer_elsewhere = false;
  for (size_t i = 0; i < parts.size(); ++i) employer_elsewhere = employer_elsewhere || may_name_employer(i);
  std::vector<EntryPart> kept;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (lists[i] && (project || employer_elsewhere)) {
      append_to_stack(stack, *lists[i]);
      continue;
    }
    if (project && i > 0 && only_code_hosts(parts[i].text)) continue;
    kept.push_back(parts[i]);
  }
  return kept;
}

}  // namespace bescore
