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

}  // namespace bescore
