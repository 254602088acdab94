#include "extract/letter_spacing.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace bescore;

namespace {

// Sets a row of boxes 10 pt high at y, 5 pt per character, each followed by the given gap (in points).
struct Row {
  std::vector<PlacedWord>& page;
  double y, x = 50;
  Row& box(const std::string& text, double gap_after) {
    page.push_back({text, x, y, x + 5.0 * text.size(), y + 10, 10});
    x += 5.0 * text.size() + gap_after;
    return *this;
  }
};

std::string texts(const std::vector<PlacedWord>& words) {
  std::ostringstream out;
  for (const auto& w : words) out << (out.tellp() ? " " : "") << w.text;
  return out.str();
}

// A page where the exporter split words at its letter spacing: pieces 1.2 pt apart, words 3 pt apart (10 pt text).
std::vector<PlacedWord> letter_spaced_page() {
  std::vector<PlacedWord> page;
  for (int i = 0; i < 5; ++i) {  // five entries: ten pieces of words, enough to call the page letter-spaced
    double y = 100 + 40 * i;
    Row{page, y}.box("Se", 1.2).box("nior", 3).box("Engine", 1.2).box("e", 1.2).box("r", 3).box("at", 3).box("Acme:", 3);
    // Dates in small capitals, tracked wide: pieces 0.35 em apart, words 0.8 em.
    Row{page, y + 14}.box("M", 3.5).box("AY", 8).box("2", 3.5).box("0", 3.5).box("1", 3.5).box("5", 8).box("TILL", 8)
        .box("J", 3.5).box("UNE", 8).box("2", 3.5).box("0", 3.5).box("1", 3.5).box("8", 3);
    Row{page, y + 28}.box("Built", 3).box("a", 3).box("test", 3).box("fra", 1.2).box("mework", 3).box("in", 3).box("Go", 3);
  }
  return page;
}

}  // namespace

TEST_CASE("letter spacing: a page split into pieces of words gets its words, dates and titles back") {
  auto page = letter_spaced_page();
  join_letter_spaced(page);
  const std::string first = "Senior Engineer at Acme: MAY 2015 TILL JUNE 2018 Built a test framework in Go";
  CHECK(texts(page).substr(0, first.size() + 1) == first + " ");
  CHECK(page.size() == 5 * 15);
  CHECK(page[1].x0 == doctest::Approx(50 + 10 + 1.2 + 20 + 3));  // "Engineer" starts where "Engine" did
}

TEST_CASE("letter spacing: a page set normally keeps every space, tight or short words included") {
  std::vector<PlacedWord> page;
  for (int i = 0; i < 6; ++i) {
    // LaTeX sets words tight (1.5 pt at 10 pt) and short words are common; none of these is a piece of a word.
    Row{page, 100.0 + 14 * i}.box("Led", 1.5).box("a", 1.5).box("team", 1.5).box("of", 1.5).box("ten", 1.5).box("in", 1.5)
        .box("Go", 1.5).box("at", 1.5).box("AWS", 1.5).box("on", 1.5).box("S3", 1.5).box("2019", 20).box("e", 1.5);
  }
  auto before = texts(page);
  join_letter_spaced(page);
  CHECK(texts(page) == before);
}

TEST_CASE("letter spacing: a piece that is also a word joins when set at the row's letter spacing") {
  auto page = letter_spaced_page();
  // A designer's title line, tracked at 1.6 pt: "Softw" "are" are one word; "at" after a real space is not, even
  // at the gap the digits of a date on the same row are tracked at.
  Row{page, 400}.box("1", 3.5).box("8", 6).box("Sr.", 6).box("Softw", 1.6).box("are", 6).box("Engine", 1.6).box("er", 3.5)
      .box("at", 6).box("Acme", 3);
  // A justified row sets every gap alike: a piece joined there says nothing of the row's other gaps.
  Row{page, 420}.box("Donec", 2).box("nec", 2).box("at", 2).box("nulla", 2).box("in", 2).box("elit", 2);
  join_letter_spaced(page);
  CHECK(texts(page).find("18 Sr. Software Engineer at Acme") != std::string::npos);
  CHECK(texts(page).find("Donecnec at nulla in elit") != std::string::npos);  // the piece join stands; no more
  CHECK(texts(page).find("Built a test framework in Go") != std::string::npos);
}
