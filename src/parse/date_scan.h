// The date grammar of find_date_range, scanned by hand: a line's leftmost date or date range, as a regular
// expression with leftmost-first (Perl) preference would find it. Dates are read on most lines of every resume,
// and compiling and running the pattern cost a tenth of a text resume's whole run.
//
// One date, any case, in this order of preference at a position:
//   MONTH[.][,] dddd  or  MONTH[.][,] 'YY       "Jan 2020", "Sept. 2021", "Oct, 2017", "Jun '19" (any four
//                                                digits; kept as written unless 19xx/20xx: "May 2100")
//   M/YYYY, MM.YYYY (month 1-12, year 19xx/20xx)  "01/2020", "3.2021"
//   YYYY-MM, YYYY/MM, YYYY.MM                    "2020-01"
//   YYYY MONTH[.]  (MONTH a whole word)            "2020 Aug."
//   YYYY                                           "2020" (19xx or 20xx)
//   SEASON YYYY                                    "Spring 2025"
// MONTH is jan|january|feb|february|...|sep|sept|september|..., which may end a longer word ("Summay 2020" holds
// "may 2020"; find_date_range refuses it for the letter before). A range follows a date with optional spaces, a
// dash (one to three hyphens, –, —, −), "to", "until" or "till", optional spaces and then
// present|current|now|today|ongoing|date or a second date; or "/YYYY" right after it ("2022/2024").
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bescore {

struct DateMatch {
  size_t begin = 0, end = 0;   ///< the whole match: line[begin, end)
  std::string start;           ///< the first date normalised: "2020-01", "2020", or as written when its year is
                               ///< no 19xx/20xx ("May 2100")
  std::string until;           ///< the second date normalised, "present", or "" for a single date
};

/// The leftmost date or date range in line, or nullopt.
std::optional<DateMatch> first_date_match(const std::string& line);

/// The number (1-12) of a whole word that is a MONTH of the grammar ("Jan", "january", "SEPT", "Sept"), in any
/// case; 0 for any other word.
int month_number(std::string_view word);

/// "Jan", "january", "SEPT": a month's name or its abbreviation, in any case.
inline bool is_month_word(std::string_view word) { return month_number(word) != 0; }

/// "Present", "now", "ongoing": a word that ends a range still running, in any case ("date" does so only after
/// a separator, as in "to date", and is not one of these).
bool is_present_word(std::string_view word);

}  // namespace bescore
