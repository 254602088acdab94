#include "parse/tracked_capitals.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {

// "DECEMBER2015" → "DECEMBER 2015": a month's name, whole or cut to three letters, then a year.
std::optional<std::string> month_and_year(const std::string& joined) {
  static constexpr std::array<std::string_view, 12> kMonths = {"JANUARY", "FEBRUARY", "MARCH",     "APRIL",
                                                               "MAY",     "JUNE",     "JULY",      "AUGUST",
                                                               "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
  if (joined.size() < 7) return std::nullopt;
  std::string name = joined.substr(0, joined.size() - 4), year = joined.substr(joined.size() - 4);
  if (!std::all_of(year.begin(), year.end(), is_ascii_digit) || (year[0] != '1' && year[0] != '2')) return std::nullopt;
  bool month = std::any_of(kMonths.begin(), kMonths.end(), [&](std::string_view m) {
    return name == m || (name.size() == 3 && m.substr(0, 3) == name);
  });
  if (!month) return std::nullopt;
  return name + " " + year;
}

}  // namespace

std::optional<std::string> untracked_capitals(const std::string& line, const HeadingVocabulary& vocabulary) {
  std::string joined;
  int pieces = 0, short_pieces = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t end = std::min(line.find(' ', i), line.size());
    std::string_view piece(line.data() + i, end - i);
    if (!piece.empty()) {
      bool capitals = std::all_of(piece.begin(), piece.end(), [](char c) { return is_ascii_upper(c) || c == '&'; });
      bool digits = std::all_of(piece.begin(), piece.end(), is_ascii_digit);
      if (!capitals && !digits) return std::nullopt;
      ++pieces;
      short_pieces += piece.size() <= 2;
      joined += piece;
    }
    i = end + 1;
  }
  if (pieces < 3 || short_pieces < 2) return std::nullopt;
  if (auto date = month_and_year(joined)) return date;
  for (const auto& [kind, names] : vocabulary.synonyms)
    for (const auto& name : names) {
      if (name.size() < 5) continue;
      std::string caps, spaceless;
      for (char c : name) {
        caps += is_ascii_lower(c) ? char(c - 32) : c;
        if (c != ' ') spaceless += caps.back();
      }
      if (spaceless == joined) return caps;
    }
  return std::nullopt;
}

}  // namespace bescore
