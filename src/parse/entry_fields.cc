#include "parse/entry_fields.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <string_view>

#include "base/gated_pattern.h"
#include "base/text.h"
#include "parse/list_items.h"
#include "parse/places.h"

namespace bescore {

namespace {

bool looks_like_url(const std::string& s) {
  return s.find("://") != std::string::npos || s.find(".com/") != std::string::npos || s.find("www.") == 0;
}

}  // namespace

// "Bank of America", "Emory Center for Digital Scholarship (ECDS)": every word capitalised but the connectors, so
// not "Tutored at XYZ Academy" or "Partnered with the Bank".
bool is_name(const std::string& text) {
  static const RE2 lower_word(R"((?:^|\s)(?:(?:of|and|for|the|de|du|la|le|in|at|&|und|der|y)\s)*([a-z][\w-]*))");
  static const RE2 connector("^(of|and|for|the|de|du|la|le|in|at|und|der|y)$");
  re2::StringPiece in(text);
  std::string word;
  while (RE2::FindAndConsume(&in, lower_word, &word))
    if (!RE2::FullMatch(word, connector)) return false;
  return !opens_with_past_verb(text);
}

bool opens_with_past_verb(const std::string& t) {
  size_t end = t.find(' ');
  if (end == std::string::npos || end < 5) return false;  // "Red Hat"
  return t[0] >= 'A' && t[0] <= 'Z' && t.compare(end - 2, 2, "ed") == 0 && t.compare(0, end, "United") != 0;
}

namespace {

// Words that only an organisation's name holds ("University", "Inc."), and words it often holds ("Labs").
bool names_organisation(const std::string& p, bool strong_only) {
  static const GatedPattern strong(
      R"((?i)\b(inc|llc|ltd|limited|gmbh|corp|corporation|company|bank|agency|ministry|hospital|foundation|sdn|bhd|plc|pvt)\b|&\s*co(?:[.,]|\s|$))");
  static const GatedPattern weak(R"((?i)\b(group|labs?|laboratory|technologies|solutions|systems|studios?|partners|consulting|services|department|center|centre)\b)");
  return names_school(p) || strong.partial_match(p) || (!strong_only && weak.partial_match(p));
}

}  // namespace

bool names_place(const std::string& p) {
  static const GatedPattern city_country(R"(^[A-Z][\w.\s-]*,\s*[A-Z][\w.\s-]*$)");
  std::string t = trim(p);
  if (is_place(t)) return true;
  // "Waltham, MA", "Hyderabad, India": a comma pair whose second part is a place; "Toronto, ON, Canada": a city
  // and its state's code before a place ("Markforged, Waltham, MA" is not a place).
  size_t comma = t.rfind(", ");
  if (comma == std::string::npos) return false;
  if (city_country.full_match(t)) return names_place(t.substr(comma + 2));
  size_t first = t.find(", ");
  std::string code = t.substr(first + 2, comma - first - 2);
  bool state_code = code.size() >= 2 && code.size() <= 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  // "Sydney, NSW, Australia" is; "Engineer, IBM, India" is not (a role word before the code).
  return state_code && !names_role(t.substr(0, first)) && city_country.full_match(t.substr(0, comma)) &&
         names_place(t.substr(comma + 2));
}

bool names_organisation(const std::string& text) { return names_organisation(text, false); }

bool names_code_host(const std::string& text) {
  std::string l = lower(trim(text));
  return l == "github" || l == "gitlab" || l == "bitbucket" || l == "codeberg";
}

bool names_school(const std::string& text) {
  static const GatedPattern school(R"((?i)\b(university|universit[àä]t|college|institute|school|academy)\b)");
  return school.partial_match(text);
}

bool is_organisation_line(const std::string& line) {
  std::string text = line.substr(0, line.find(" | "));  // a place or dates may sit beside it
  // "Emory Center for Digital Scholarship | Atlanta, GA": a short name beside its place.
  size_t bar = line.find(" | ");
  if (bar != std::string::npos && names_place(trim(line.substr(bar + 3))) && !names_role(text) && text.find(". ") == std::string::npos &&
      std::count(text.begin(), text.end(), ' ') < 7 && is_name(text))
    return true;
  return count_words(text) <= 6 && names_organisation(text, true) && !names_role(text) && text.find(". ") == std::string::npos &&
         is_name(text);
}

namespace {

// "CROWDSTRIKE Senior SE": an employer in capitals run into the role written after it. Returns where the role
// starts, or 0 when the part is not so (a role in capitals, a short acronym).
size_t capitals_before_role(const std::string& p) {
  static const RE2 shape(R"(^((?:[A-Z][A-Z&.'-]+\s+)+)([A-Z][a-z].*)$)");
  std::string head, rest;
  if (!RE2::FullMatch(p, shape, &head, &rest)) return 0;
  head = trim(head);
  // A word of four letters or fewer, or one with a dot, is as likely part of the title ("MEAN Stack Developer",
  // "ASP.NET Developer", "AI ML Engineer"); so is a level ("SENIOR Software Engineer").
  static const GatedPattern title_like(R"((?:^|\s)(?:[A-Z&'-]{1,4}|\S*\.\S*|SENIOR|JUNIOR|STAFF|PRINCIPAL|LEAD|CHIEF|HEAD)(?:\s|$))");
  if (head.size() < 5 || title_like.partial_match(head) || names_role(head) || !names_role(rest)) return 0;
  return p.size() - rest.size();
}

// "Arup (Toronto, ON, Canada) Structural Engineer", "Capstone Project (McGill University)": a place or a school
// in parentheses is a field of its own, set apart like the separators ("Meta (formerly Facebook Inc)" stays one).
void set_apart_places(std::string& text) {
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string::npos) return;
    std::string inner = text.substr(open + 1, close - open - 1);
    if (inner.find('(') != std::string::npos || !(names_place(inner) || names_school(inner))) continue;
    text.replace(open, close - open + 1, "\x1f" + inner + "\x1f");
  }
}

}  // namespace

void split_entry_line(const std::string& text, int line, const Location& at, std::vector<EntryPart>& parts) {
  std::string rest = text;
  static const GatedPattern link_icon(R"(\[[^\]A-Za-z0-9]{0,3}\])");  // "[]", "[§]": a link icon's brackets
  link_icon.replace_all(rest, "");
  // "~ 7 years", "(2 yrs 3 mos)": a tenure as LinkedIn exports and some templates print it, not a field.
  static const GatedPattern tenure(R"((?i)[~(]?\s*\b\d+\+?\s*(years?|yrs?)(\s+\d+\s*(months?|mos?))?\b\s*\)?|\(\s*\d+\s*(months?|mos?)\s*\))");
  tenure.replace_all(rest, " ");
  // "2 years as Lead at Synthesio from 2014 to today": the words around a role told as a sentence, not its fields.
  static const GatedPattern told(R"(^\s*[Aa]s\s+|\s+(?:from|since|as of)\s*(?:\||$))");
  told.replace_all(rest, " | ");
  static const GatedPattern seps("\\s+(?:—|–|\\||-|@|at)\\s+|\\s*\\|\\s*|\\s*—\\s*|\\s*\\.\\s?\\.\\s?\\.[\\s.]*");
  seps.replace_all(rest, "\x1f");
  set_apart_places(rest);
  size_t pos = 0;
  while (pos <= rest.size()) {
    size_t next = rest.find('\x1f', pos);
    if (next == std::string::npos) next = rest.size();
    std::string p = trim(rest.substr(pos, next - pos));
    // Punctuation left behind by the dates taken out: "[Jan 2024 – Mar 2024] Developer", "Engineer (2020 – 2022)".
    while (!p.empty() && std::string_view(",([-:").find(p.back()) != std::string_view::npos) p = trim(p.substr(0, p.size() - 1));
    while (!p.empty() && std::string_view(")],;:").find(p.front()) != std::string_view::npos) p = trim(p.substr(1));
    if (p == "[" || p == "(") p.clear();
    // Letters or digits, ASCII or a Latin letter's lead byte (é, ø); not bullets or dashes ("•", "—").
    bool has_word = std::any_of(p.begin(), p.end(), [](unsigned char c) { return std::isalnum(c) || (c >= 0xC3 && c <= 0xC9); });
    if (has_word && !looks_like_url(p)) {
      // "Staff Engineer, Intercom, Dublin": a role line with commas holds several fields; "Acme, Berlin" a place.
      if (names_role(p) && p.find(", ") != std::string::npos && !names_place(p)) {
        // A comma inside parentheses qualifies the role ("Frontend Developer (Freelance, Part-time)").
        auto next_comma = [&](size_t from) {
          for (size_t c = p.find(", ", from); c != std::string::npos; c = p.find(", ", c + 1))
            if (std::count(p.begin(), p.begin() + long(c), '(') <= std::count(p.begin(), p.begin() + long(c), ')')) return c;
          return std::string::npos;
        };
        size_t from = 0;
        for (size_t c = next_comma(0); ; c = next_comma(from)) {
          std::string piece = trim(p.substr(from, c == std::string::npos ? std::string::npos : c - from));
          if (!piece.empty()) parts.push_back({piece, line, at});
          if (c == std::string::npos) break;
          from = c + 2;
        }
      } else if (size_t cut = capitals_before_role(p)) {
        parts.push_back({trim(p.substr(0, cut)), line, at});
        parts.push_back({trim(p.substr(cut)), line, at});
      } else {
        parts.push_back({p, line, at});
      }
    }
    pos = next + 1;
  }
}

void assign_entry_fields(const std::vector<EntryPart>& parts, Entry& e) {
  e.title.clear();
  e.organisation.clear();
  e.location.clear();
  std::vector<bool> used(parts.size(), false);
  auto take = [&](size_t i, std::string& field) { field = parts[i].text; used[i] = true; };
  for (size_t i = 0; i < parts.size() && e.title.empty(); ++i)
    if (names_role(parts[i].text) && !names_organisation(parts[i].text, true)) take(i, e.title);
  for (size_t i = 0; i < parts.size() && e.location.empty(); ++i)
    if (!used[i] && names_place(parts[i].text)) take(i, e.location);
  for (size_t i = 0; i < parts.size() && e.organisation.empty(); ++i)
    if (!used[i] && names_organisation(parts[i].text)) take(i, e.organisation);
  // With no role word, the first part is the title (a project's name, a degree), as written.
  for (size_t i = 0; i < parts.size() && e.title.empty(); ++i)
    if (!used[i]) take(i, e.title);
  for (size_t i = 0; i < parts.size() && e.organisation.empty(); ++i)
    if (!used[i]) take(i, e.organisation);
  for (const auto& p : parts)
    if (!e.title.empty() && p.text == e.title) { e.at = p.at; break; }
  // "Acme Corp, Berlin": an organisation followed by its place.
  if (e.location.empty()) {
    size_t comma = e.organisation.rfind(", ");
    static const GatedPattern suffix(R"((?i)(inc|llc|ltd|limited|gmbh|corp|co|plc|s\.?a|ag|pvt|bv|oy|ab)\.?)");
    std::string head = e.organisation.substr(0, comma), tail = comma == std::string::npos ? "" : e.organisation.substr(comma + 2);
    if (comma == std::string::npos || suffix.full_match(tail)) {
    } else if (names_organisation(tail, true) && !names_place(tail) && !names_organisation(head, true)) {
      // "Payments Team, Northwind Inc" is one organisation; "BSc Computer Science, University of Leeds" and
      // "Gone Fishing: Geometry Conference, Example University" a title and its organisation, not a place.
      static const GatedPattern unit(R"((?i)\b(team|department|division|unit|group|office|lab|practice)\b)");
      if (!unit.partial_match(head) && e.title.empty()) {
        e.title = trim(head);
        e.organisation = trim(tail);
      }
    } else {
      e.location = trim(tail);
      e.organisation.resize(comma);
    }
    for (size_t i = 0; i < parts.size() && e.location.empty(); ++i)
      if (!used[i]) take(i, e.location);
  }
}

void title_from_description(Entry& e) {
  if (!e.title.empty() || e.organisation.empty() || e.bullets.empty()) return;
  static const GatedPattern worked_as(
      R"((?i)^(?:i\s+|we\s+)?(?:(?:am|was|have\s+been|had\s+been)\s+)?(?:work(?:ed|ing)?|serv(?:ed|ing)|employed|hired|joined)\s+as\s+(?:an?\s+|the\s+)?(.+?)\s+(?:at|for|with|in|on|within)\b)");
  std::string role;
  // "a member of the payments team" is where the person worked, not a role.
  if (auto* re = worked_as.for_text(e.bullets.front().text); re && RE2::PartialMatch(e.bullets.front().text, *re, &role) && count_words(role) <= 6 && names_role(role) &&
      lower(role).find(" the ") == std::string::npos)
    e.title = role;
}

void set_about_apart(Entry& e, const Vocabulary& vocabulary) {
  auto first_marked = std::find_if(e.bullets.begin(), e.bullets.end(), [](const Bullet& b) { return b.marked; });
  if (first_marked == e.bullets.begin() || first_marked == e.bullets.end()) return;
  // What an employer is: "Acme is the leading ...", "ELEVEN serves millions ..." (the employer's own name first),
  // "... was founded in 2009", "a product company that ...".
  static const GatedPattern describes(
      R"((?i)\b(?:is|was|are|has been)\s+(?:a|an|the|one of)\b|\bfounded\b|\bprovides?\b|\bspeciali[sz]es?\b|\b(?:company|startup|agency|firm)\b)");
  std::string employer = lower(e.organisation.substr(0, e.organisation.find_first_of(" ,")));
  auto about_employer = [&](const Bullet& b) {
    bool named_first = employer.size() >= 2 && lower(b.text.substr(0, employer.size() + 1)) == employer + " ";
    // "Implemented Catalpa, a garbage collector ..." is the person's work whose marker was lost; so is a line in
    // the first person ("My role is to support the team ...").
    bool own_work = !names_no_action(b.text, vocabulary) || b.text.rfind("I ", 0) == 0 || b.text.rfind("I'm ", 0) == 0 ||
                    b.text.rfind("I’m ", 0) == 0 || b.text.rfind("My ", 0) == 0;
    return !own_work && (named_first || describes.partial_match(b.text));
  };
  if (!std::all_of(e.bullets.begin(), first_marked, about_employer)) return;
  e.about.assign(std::make_move_iterator(e.bullets.begin()), std::make_move_iterator(first_marked));
  e.bullets.erase(e.bullets.begin(), first_marked);
}

}  // namespace bescore
