// A work history with no heading of its own: roles set under the name (a two-column page's main column, a
// template that leaves the heading out) still open an experience section.
#pragma once
#include <cstddef>
#include <vector>

#include "document.h"
#include "parse/headings.h"

namespace bescore {

/// One of the two lines after line i holds a date range.
bool dated_soon(const std::vector<TextLine>& lines, size_t i);

/// A work history may go without a heading only in a document with no experience heading anywhere that does not
/// read as a letter ("Dear …", "Sincerely").
bool headless_work_history_possible(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses);

/// Line i opens a role (an employer or a job title, not a school, a contact line or a piece of prose, with a date
/// within two lines), no heading-like line is above it, and another described role follows before any heading:
/// a work history with no heading starts at line i.
bool headless_roles_from(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses, size_t i);

}  // namespace bescore
