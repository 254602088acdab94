#include "extract/layout_audit.h"

#include <doctest/doctest.h>

using namespace bescore;

namespace {
// A word at (x, y) on a page, 10 pt high, 6 pt per character.
PlacedWord word(const std::string& text, double x, double y) { return {text, x, y, x + 6.0 * text.size(), y + 10, 10}; }

TextLine line(const std::string& text, bool bullet = false) {
  TextLine l;
  l.text = text;
  l.bullet = bullet;
  return l;
}
}  // namespace

TEST_CASE("glyphs: icon-font, unmapped, (cid:NN) and ligature glyphs are counted per word, with a visible example") {
  GlyphFacts g;
  count_glyphs("PostgreSQL", 1, g);
  count_glyphs("\xEF\x82\x95", 1, g);           // U+F095, Font Awesome's phone
  count_glyphs("e\xEF\xAC\x83" "cient", 2, g);   // "eﬃcient"
  count_glyphs("(cid:72)(cid:73)", 2, g);
  count_glyphs("Kaf\xEF\xBF\xBD" "a", 2, g);     // U+FFFD where a glyph had no Unicode
  CHECK(g.words == 5);
  CHECK(g.garbled_words == 4);
  CHECK(g.private_use == 1);
  CHECK(g.ligature == 1);
  CHECK(g.cid == 2);
  CHECK(g.replacement == 1);
  CHECK(g.example == "<U+F095>");
  CHECK(g.example_page == 1);
}

TEST_CASE("read across: a sidebar row runs into the main column's row beside it") {
  std::vector<PlacedWord> words = {word("SKILLS", 40, 100),  word("Built", 220, 100), word("a", 254, 100),
                                   word("Kafka", 264, 100),  word("pipeline", 300, 100), word("Go,", 40, 120),
                                   word("SQL", 62, 120),     word("in", 220, 120),      word("Go", 236, 120)};
  auto rows = layout_lines(words, -1);
  CHECK(read_across(words, rows, 180) == "Go, SQL in Go");  // the row with two words on each side
  CHECK(read_across(words, rows, 500).empty());              // nothing on the far side of that gutter
  auto page = read_page_across(words);
  REQUIRE(page.size() == 2);
  CHECK(page[0] == "SKILLS Built a Kafka pipeline");  // one space, however wide the gap: what an extractor stores
}

TEST_CASE("contact details only in a header: kinds the header gives and the body does not") {
  std::vector<TextLine> header = {line("Jane Doe | jane@example.com | +1 312 555 0187 | linkedin.com/in/janedoe")};
  std::vector<TextLine> body = {line("Jane Doe"), line("github.com/janedoe"), line("Cut costs by 312 555 0187 dollars", true)};
  CHECK(contact_only_in(header, body) == std::vector<std::string>{"email", "phone", "linkedin"});
  body.push_back(line("jane@example.com | +1 312 555 0187 | linkedin.com/in/janedoe"));
  CHECK(contact_only_in(header, body).empty());
  CHECK(contact_only_in({line("Page 1 of 2")}, {}).empty());
}

TEST_CASE("images are looked up only for the pages asked about, and a file qpdf cannot read gives none") {
  CHECK(pages_with_images("not a pdf", {0}).empty());
}
