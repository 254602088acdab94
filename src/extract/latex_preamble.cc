// moderncv and awesome-cv keep the resume's name, headline and contacts in the preamble (\name{First}{Last},
// \email{...}, \social[github]{...}): read before the body, as the first lines of the document.
#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "extract/latex_reader.h"

namespace bescore::tex {

namespace {

// A preamble contact command as the text a resume shows: \social[github]{ana} → github.com/ana.
std::optional<std::string> contact(const std::string& cmd, const std::string& option, const std::string& value) {
  static const std::map<std::string, std::string, std::less<>> sites = {
      {"github", "github.com/"}, {"gitlab", "gitlab.com/"}, {"linkedin", "linkedin.com/in/"},
      {"twitter", "twitter.com/"}, {"stackoverflow", "stackoverflow.com/users/"}};
  if (cmd == "email" || cmd == "phone" || cmd == "mobile" || cmd == "homepage") return value;
  std::string site = cmd == "social" ? option : cmd;
  auto it = sites.find(site);
  // Other networks (\social[skype]{jdoe}) show a bare user name: only an address is worth a contact line.
  if (it == sites.end()) return value.find_first_of("./") != npos ? std::optional(value) : std::nullopt;
  return value.find('/') != npos ? value : it->second + value;
}

}  // namespace

// The name, then the headline, then the contacts joined by " | ", each at the line of its first command.
void LatexReader::header_from_preamble(const TexFile& f, size_t end) {
  static const std::set<std::string, std::less<>> kHeaderCommands = {
      "name", "firstname", "familyname", "title", "position", "email", "phone", "mobile", "homepage", "social",
      "github", "gitlab", "linkedin", "twitter", "stackoverflow"};
  std::string_view t = f.text;
  std::string name, headline;
  std::vector<std::string> contacts;
  std::optional<size_t> name_at, headline_at, contacts_at;
  for (size_t i = 0; i < end;) {
    if (t[i] == '%') { while (i < end && t[i] != '\n') ++i; continue; }
    if (t[i] != '\\') { ++i; continue; }
    size_t start = i++;
    size_t k = i;
    while (k < end && is_letter(t[k])) ++k;
    std::string cmd(t.substr(i, k - i));
    i = std::max(k, i + 1);
    if (k < end && t[k] == '*') { cmd += '*'; i = k + 1; }
    if (auto c = commands_.find(cmd); c != commands_.end() && c->second.role == Role::Definition) {
      definition(f, i, end);
      continue;
    }
    if (!kHeaderCommands.count(cmd)) continue;
    std::string option;
    if (auto o = read_group(f, i, end, '[')) option = lower(raw(f, *o));
    auto args = arguments(f, i, end, cmd == "name" ? 2 : 1);
    if (args.empty()) continue;
    std::vector<std::string> values;
    for (const Span& s : args) values.push_back(flatten(f, s));
    if (std::any_of(values.begin(), values.end(), [](const std::string& v) { return v.find('#') != npos; }))
      continue;  // a macro definition's parameter, not a value
    std::string value = values.size() == 2 && !values[1].empty() ? values[0] + " " + values[1] : values[0];
    if (value.empty()) continue;
    if (cmd == "name" || cmd == "firstname" || cmd == "familyname") {
      name += (name.empty() ? "" : " ") + value;
      if (!name_at) name_at = start;
    } else if (cmd == "title" || cmd == "position") {
      headline = value;
      headline_at = start;
    } else if (auto link = contact(cmd, option, value)) {
      contacts.push_back(*link);
      if (!contacts_at) contacts_at = start;
    }
  }
  if (name_at) push(name, f.at(*name_at), false, 0);
  if (headline_at) push(headline, f.at(*headline_at), false, 0);
  if (contacts_at) {
    std::string line;
    for (const auto& c : contacts) line += (line.empty() ? "" : " | ") + c;
    push(line, f.at(*contacts_at), false, 0);
  }
}

}  // namespace bescore::tex
