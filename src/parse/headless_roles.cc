#include "parse/headless_roles.h"

#include <cctype>

#include "base/gated_pattern.h"
#include "base/text.h"
#include "extract/contacts.h"
#include "parse/dates.h"
#include "parse/entry_fields.h"
#include "parse/letter_cues.h"

namespace bescore {

bool dated_soon(const std::vector<TextLine>& lines, size_t i) {
  DateRange dr;
  return (i + 1 < lines.size() && find_date_range(lines[i + 1].text, dr)) ||
         (i + 2 < lines.size() && find_date_range(lines[i + 2].text, dr));
}

bool headless_work_history_possible(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses) {
  for (size_t j = 0; j < lines.size(); ++j)
    if ((guesses[j].match != HeadingMatch::none && guesses[j].kind == SectionKind::experience) || letter_salutations().partial_match(lines[j].text))
      return false;
  return true;
}

namespace {

// An employer or a job title on a line of its own, dated within two lines: never a school or a degree, a contact
// line, a list item or a piece of prose.
bool opens_role(const std::vector<TextLine>& lines, size_t j) {
  const std::string& t = lines[j].text;
  static const GatedPattern degree(R"((?i)\b(bachelor|master|b\.?sc|m\.?sc|ph\.?d)\b)");
  static const GatedPattern prose(R"((?i)(\. |\b(i|my|me|who|we|our)\b|\b(at|from|as|of|and|to|for|with|the|a|an)$|,$))");
  DateRange dr;
  return j >= 2 && !lines[j].bullet && count_words(t) <= 8 && !t.empty() && std::isupper(static_cast<unsigned char>(t[0])) &&
         !is_contact_line(t) && !names_school(t) && !degree.partial_match(t) && !prose.partial_match(t) && !find_date_range(t, dr) &&
         (names_organisation(t) || names_role(t)) && dated_soon(lines, j);
}

}  // namespace

bool headless_roles_from(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses, size_t i) {
  if (!opens_role(lines, i)) return false;
  for (size_t j = 1; j < i; ++j)  // (the first line is the name, set as a heading in Markdown)
    if (guesses[j].match != HeadingMatch::none) return false;  // the roles belong to the section it opens
  // A role says what was done there (a point or a sentence): a list of referees' jobs does not.
  bool described = false;
  for (size_t j = i + 1; j < lines.size() && guesses[j].match == HeadingMatch::none; ++j) {
    if (j >= i + 3 && opens_role(lines, j)) return described;
    described = described || lines[j].bullet || count_words(lines[j].text) >= 8;
  }
  return false;
}

}  // namespace bescore
