#include "parse/dates.h"

#include <cctype>
#include <set>

#include <re2/re2.h>

#include "base/text.h"
#include "parse/date_scan.h"

namespace bescore {

namespace {

const char* kMonth =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

int month_number(const std::string& m) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = lower(m).substr(0, 3);
  for (int i = 0; i < 12; ++i) if (l == names[i]) return i + 1;
  return 0;
}

// "June - August 2019", "May-Sep 2017": a month and a dash right before line[begin], where a single month and year
// ("2019-08" normalised) was found, start a range of two months sharing that year. Only looked for there, so it
// costs nothing elsewhere.
bool months_sharing_year(const std::string& line, size_t begin, const std::string& second, DateRange& out) {
  if (begin == 0 || second.size() != 7 || std::isdigit(static_cast<unsigned char>(line[begin]))) return false;
  size_t from = begin > 16 ? begin - 16 : 0;
  re2::StringPiece before(line.data() + from, begin - from), found;
  static const RE2 first_month(std::string("(?i)(\\b") + kMonth + "\\.?\\s*(?:-{1,3}|–|—|to)\\s*)$");
  std::string month;
  if (!RE2::PartialMatch(before, first_month, &found, &month)) return false;
  size_t at = size_t(found.data() - line.data());
  if (at > 0 && isalnum(static_cast<unsigned char>(line[at - 1]))) return false;  // "Summay - Aug 2019"
  int n = month_number(month);
  std::string first = second.substr(0, 4) + (n < 10 ? "-0" : "-") + std::to_string(n);
  if (first > second) return false;  // "Dec - Jan 2020" crosses a year it does not write
  out.start = first;
  out.end = second;
  out.begin = at;
  return true;
}

}  // namespace

bool is_month_word(std::string_view word) {
  static const std::set<std::string> months = {
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
      "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
  return word.size() <= 9 && months.count(lower(word)) > 0;
}

bool is_present_word(std::string_view word) {
  static const std::set<std::string> present = {"present", "current", "now", "today", "ongoing"};
  return word.size() <= 7 && present.count(lower(word)) > 0;
}

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
