// A place as an entry's header writes it beside a role or an employer: "Waltham, MA", "TX", "Remote", "India".
// Read by hand: this was the largest pattern the parser compiled on almost every resume (half a millisecond for
// fifty state codes and sixty countries, in any case).
#pragma once
#include <string_view>

namespace bescore {

/// The whole text is one place: a city written in ASCII letters, spaces, dots and hyphens, then a comma and the
/// code of a US state or a Canadian province ("Waltham, MA", "St. Louis, MO"); a US state's code alone ("TX"); or,
/// in any case, a country or a region of one ("India", "England", "Dubai"), remote, hybrid or on-site.
bool is_place(std::string_view text);

}  // namespace bescore
