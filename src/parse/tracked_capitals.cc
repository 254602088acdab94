#include "parse/tracked_capitals.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "base/text.h"
#include "parse/date_scan.h"

namespace bescore {

namespace {

// "DECEMBER2015" → "DECEMBER 2015": a month's name or its abbreviation, then a year.
std::optional<std::string> month_and_year(const std::string& joined) {
  if (joined.size() < 7) return std::nullopt;
  std::string name = joined.substr(0, joined.size() - 4), year = joined.substr(joined.size() - 4);
  if (!is_year(year) || !is_month_word(name)) return std::nullopt;
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
