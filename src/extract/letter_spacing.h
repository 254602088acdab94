// Letter-spaced text: some exporters (HTML-to-PDF, Word with character spacing, Canva) set each word as several
// boxes with gaps that the PDF library takes for spaces ("Engine e r", "D E CE MBE R 2 0 1 5"). Rejoining them
// is what makes such a page's dates, titles and headings readable at all.
#pragma once
#include <vector>

#include "extract/page_layout.h"

namespace bescore {

/// Joins the pieces of letter-spaced words on a page where such pieces are common (eight or more, one box in
/// thirty): a lowercase piece that is no English word set close after a letter, capitals set in small capitals, the
/// digits of a year. A page set normally is returned as it came. Keeps reading order.
void join_letter_spaced(std::vector<PlacedWord>& words);

}  // namespace bescore
