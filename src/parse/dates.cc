#include "parse/dates.h"

#include <cctype>
#include <string_view>

#include "base/text.h"
#include "parse/date_scan.h"

namespace bescore {

namespace {


// "June - August 2019", "May-Sep 2017": a month and a separator right before line[begin], where a single month and
// year ("2019-08" normalised) was found, start a range of two months sharing that year. Read backwards from begin,
// at most 16 bytes; looked for only there, so it costs nothing elsewhere.
bool months_sharing_year(const std::string& line, size_t begin, const std::string& second, DateRange& out) {
  if (begin == 0 || second.size() != 7 || std::isdigit(static_cast<unsigned char>(line[begin]))) return false;
  const size_t from = begin > 16 ? begin - 16 : 0;
  auto ends_with = [&](size_t i, std::string_view s) {
    return i >= from + s.size() && lower(std::string_view(line).substr(i - s.size(), s.size())) == s;
  };
  size_t i = begin;
  while (i > from && is_re2_space(line[i - 1])) --i;
  // The separator: one to three hyphens, an en or em dash, or "to".
  size_t hyphens = 0;
  for (; i > from && line[i - 1] == '-'; --i) ++hyphens;
  if (hyphens > 3) return false;
  if (hyphens == 0) {
    if (ends_with(i, "\u2013") || ends_with(i, "\u2014")) i -= 3;
    else if (ends_with(i, "to")) i -= 2;
    else return false;
  }
  while (i > from && is_re2_space(line[i - 1])) --i;
  if (i > from && line[i - 1] == '.') --i;
  // The month: the whole word before that.
  size_t at = i;
  while (at > from && (std::isalnum(static_cast<unsigned char>(line[at - 1])) || line[at - 1] == '_')) --at;
  int n = month_number(std::string_view(line).substr(at, i - at));
  if (n == 0) return false;
  if (at > 0 && std::isalnum(static_cast<unsigned char>(line[at - 1]))) return false;  // "Summay - Aug 2019"
  std::string first = second.substr(0, 4) + (n < 10 ? "-0" : "-") + std::to_string(n);
  if (first > second) return false;  // "Dec - Jan 2020" crosses a year it does not write
  out.start = first;
  out.end = second;
  out.begin = at;
  return true;
}

}  // namespace

size_t date_piece(const std::string& line) {
  // Scanned by hand, word by word: this runs on every line, and a pattern would cost more to compile than the scan
  // costs on a whole resume.
  auto dash_at = [&](size_t i) -> size_t {
    if (line[i] == '-') return 1;
    return line.compare(i, 3, "\u2013") == 0 || line.compare(i, 3, "\u2014") == 0 ? 3 : 0;
  };
  size_t i = 0, piece = 0;
  while (true) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i == line.size()) break;
    if (size_t dash = dash_at(i)) {
      i += dash;
    } else {
      size_t j = i;
      while (j < line.size() && std::isalnum(static_cast<unsigned char>(line[j]))) ++j;
      std::string word = line.substr(i, j - i);
      if (j < line.size() && line[j] == '.' && !is_year(word)) ++j;  // "Sept."
      if (!is_year(word) && !is_month_word(word) && !is_present_word(word)) break;
      i = j;
    }
    if (i == line.size() || line[i] == ' ') piece = i;  // the piece may end here
  }
  return piece;
}

namespace {

// Every date the scanner reads (date_scan.h) has four digits in a row or an apostrophe and two ("Jan '20"): a line without
// either (most points) is not matched at all.
bool may_hold_a_date(const std::string& line) {
  int run = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    run = std::isdigit(static_cast<unsigned char>(line[i])) ? run + 1 : 0;
    if (run == 4) return true;
    if (line[i] == '\'' && i + 2 < line.size() && std::isdigit(static_cast<unsigned char>(line[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(line[i + 2])))
      return true;
  }
  return false;
}

}  // namespace

bool find_date_range(const std::string& line, DateRange& out) {
  if (!may_hold_a_date(line)) return false;
  auto found = first_date_match(line);  // the grammar is in date_scan.h
  if (!found) return false;
  // A lone number that is part of a figure ("2020 users") is not a date: require a word boundary.
  size_t begin = found->begin, after = found->end;
  if (begin > 0 && isalnum(static_cast<unsigned char>(line[begin - 1]))) return false;
  if (after < line.size() && isalnum(static_cast<unsigned char>(line[after]))) return false;
  if (found->until.empty() && months_sharing_year(line, begin, found->start, out)) {
    out.length = after - out.begin;
    return true;
  }
  out.start = found->start;
  out.end = found->until;
  out.begin = begin;
  out.length = after - begin;
  return true;
}

}  // namespace bescore
