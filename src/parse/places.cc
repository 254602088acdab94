#include "parse/places.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "base/lower_case_form.h"
#include "base/text.h"

namespace bescore {

namespace {

constexpr std::string_view kUsStates[] = {
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS",
    "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV",
    "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"};
constexpr std::string_view kProvinces[] = {"AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK"};

// In lower case (ASCII only: "t\xC3\x9crkiye" is "TÜRKIYE" lowered).
constexpr std::string_view kPlaceWords[] = {
    "argentina", "australia", "austria", "bangladesh", "belgium", "brazil", "canada", "chile", "china",
    "colombia", "czech republic", "czechia", "denmark", "dubai", "egypt", "england", "finland", "france",
    "germany", "hybrid", "india", "indonesia", "ireland", "israel", "italy", "japan", "kenya", "korea",
    "malaysia", "mexico", "nepal", "netherlands", "new zealand", "nigeria", "norway", "on-site", "onsite",
    "pakistan", "philippines", "poland", "portugal", "qatar", "remote", "romania", "russia", "saudi arabia",
    "scotland", "singapore", "south africa", "south korea", "spain", "sri lanka", "sweden", "switzerland",
    "t\xC3\x9crkiye", "t\xC3\xbcrkiye", "thailand", "turkey", "turkiye", "u.s.", "u.s..", "u.s.a", "u.s.a.",
    "uae", "uk", "ukraine", "united kingdom", "united states", "us", "usa", "vietnam"};

bool listed(const auto& list, std::string_view s) { return std::find(std::begin(list), std::end(list), s) != std::end(list); }

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "Waltham, MA": a capital, then one or more letters, spaces, dots or hyphens, a comma, spaces, a code.
bool city_and_code(std::string_view t) {
  size_t comma = t.find(',');
  if (comma == std::string_view::npos || comma < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
  for (size_t i = 1; i < comma; ++i)
    if (!ascii_letter(t[i]) && !is_re2_space(t[i]) && t[i] != '.' && t[i] != '-') return false;
  size_t code = comma + 1;
  while (code < t.size() && is_re2_space(t[code])) ++code;
  std::string_view rest = t.substr(code);
  return listed(kUsStates, rest) || listed(kProvinces, rest);
}

}  // namespace

bool is_place(std::string_view text) {
  if (city_and_code(text) || listed(kUsStates, text)) return true;
  std::string folded = lower(text);
  if (!lower_case_runs_on(folded)) {  // as "(?i)" reads them, the Kelvin sign is a k and the long s an s
    for (auto [letter, ascii] : {std::pair<std::string_view, char>{"\u212A", 'k'}, {"\u017F", 's'}})
      for (size_t at; (at = folded.find(letter)) != std::string::npos;) folded.replace(at, letter.size(), 1, ascii);
  }
  return listed(kPlaceWords, folded);
}

}  // namespace bescore
