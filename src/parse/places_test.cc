// The place reader against the pattern it replaced (kept here as the reference), on places as headers write them
// and on many random strings of their pieces.
#include "parse/places.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "test_random_strings.h"

using bescore::is_place;

namespace {

bool by_pattern(const std::string& text) {
  static const RE2 place(
      R"(^([A-Z][a-zA-Z.\s-]+,\s*(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)|(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)|(?i:remote|hybrid|on-?site|usa|u\.s\.a?\.?|us|united states|uk|united kingdom|england|scotland|ireland|canada|india|germany|france|spain|italy|netherlands|poland|portugal|sweden|norway|denmark|finland|switzerland|austria|belgium|czech republic|czechia|romania|ukraine|russia|turkey|t[uü]rkiye|israel|egypt|nigeria|kenya|south africa|brazil|mexico|argentina|chile|colombia|china|japan|korea|south korea|singapore|malaysia|indonesia|vietnam|philippines|thailand|pakistan|bangladesh|nepal|sri lanka|australia|new zealand|uae|dubai|qatar|saudi arabia))$)");
  return RE2::FullMatch(text, place);
}

}  // namespace

TEST_CASE("places as entry headers write them") {
  for (const char* yes : {"Waltham, MA", "St. Louis, MO", "Toronto,ON", "New York,  NY", "TX", "Remote", "ON-SITE",
                          "onsite", "India", "united states", "U.S.A.", "T\xC3\x9cRKIYE", "T\xC3\xBCrkiye",
                          "\xE2\x84\xAA" "enya", "u\xC5\xBF" "a"})
    CHECK_MESSAGE(is_place(yes), yes);
  for (const char* no : {"", "ON", "Waltham, Ma", "waltham, MA", "W, MA", "St. John's, NL", "Acme, Inc.",
                         "India Pvt", "Remote work", "Berlin", "Markforged, Waltham, MA", "MA ", " TX"})
    CHECK_FALSE_MESSAGE(is_place(no), no);
}

TEST_CASE("the place reader and the pattern agree on every piece and on random strings of them") {
  const std::vector<std::string> pieces = {
      "Waltham", "St.", "san", "San-Jose", "New York", "W", "x", "'", "1", "_", "\xC3\xA9", ",", ", ", ",  ", " ",
      "\t", "\v", "-", ".", "MA", "ON", "TX", "DC", "ma", "Tx", "XX", "PE", "Remote", "HYBRID", "on-site", "On-Site",
      "onsite", "on--site", "usa", "US", "u.s.", "U.S.A.", "u.s..", "u.s.a", "uk", "India", "INDIA", "south korea",
      "Korea", "T\xC3\x9cRKIYE", "t\xC3\xBCrkiye", "turkiye", "\xE2\x84\xAA" "enya", "u\xC5\xBF" "a", "\xC5\xBF",
      "Sri Lanka", "saudi arabia", "new zealand", "Dubai", "canada", "england"};
  for (const auto& p : pieces) CHECK_MESSAGE(is_place(p) == by_pattern(p), p);
  int places = 0;
  bescore::testing::for_random_strings(pieces, 4, 50000, [&](const std::string& text, int) {
    bool want = by_pattern(text);
    places += want;
    REQUIRE_MESSAGE(is_place(text) == want, "[" << text << "]");
  });
  CHECK(places > 3000);
}
