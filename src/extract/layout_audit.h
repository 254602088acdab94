// What an applicant tracking system's plain text extractor would meet on a page, measured from the same word
// boxes bescore reads (no second pass over the file). Pure functions, so tests can feed made-up words.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "extract/page_layout.h"

namespace bescore {

/// Counts the glyphs in one word as extracted (before bescore cleans it) that read as garbage to a plain extractor.
void count_glyphs(std::string_view raw_word, int page, GlyphFacts& glyphs);

/// One row of a two-column page as a plain extractor reads it: straight across the gutter, the sidebar's words run
/// into the main column's. The row with the most words on its thinner side wins; empty when no row crosses.
std::string read_across(const std::vector<PlacedWord>& words, const std::vector<PlacedLine>& rows, double gutter);

/// A whole page as a plain extractor reads it: each row straight across the page, top to bottom, one space between
/// words whatever the gap (for --dump-text --as-ats; costs a second grouping, so only when asked).
std::vector<std::string> read_page_across(const std::vector<PlacedWord>& words);

/// The kinds of contact detail ("email", "phone", "linkedin", "github") header/footer lines give that the body does
/// not; figures in body bullets are not phones.
std::vector<std::string> contact_only_in(const std::vector<TextLine>& header, const std::vector<TextLine>& body);

/// The 0-based pages among `pages` that draw an image (a scan, a picture), by the page's image XObjects; empty
/// when the file cannot be opened. Asked only about pages without text, which are rare. In src/extract/pdf_images.cc
/// (qpdf), part of the PDF module only.
std::vector<int> pages_with_images(std::string_view pdf_bytes, const std::vector<int>& pages);

}  // namespace bescore
