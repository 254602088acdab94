// Date ranges as resumes write them: "Jan 2020 – Present", "01/2020 - now", "2020–present", "Sept 2021 - now".
#pragma once
#include <string>

namespace bescore {

/// A date range found in a line, and where it sat so the rest of the line can be read as title/org.
struct DateRange {
  std::string start, end;  ///< "2020-01" or "2020"; end "present" for a current role, "" when a single date.
  size_t begin = 0, length = 0;  ///< Byte span of the range in the line.
};

/// Finds the first date range (or lone year/month-year) in line; false when there is none.
bool find_date_range(const std::string& line, DateRange& out);

/// The length of the piece of a date that opens line, with the dashes in it ("November", "2017 -", "2016-January",
/// "Present"), or 0: what a narrow date column puts on one of the lines it wraps a range over.
size_t date_piece(const std::string& line);

}  // namespace bescore
