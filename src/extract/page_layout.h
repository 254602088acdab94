// Pure layout logic for PDF pages: words with positions → lines in reading order.
// Kept apart from poppler so it can be unit-tested with made-up boxes.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// A word as a PDF page places it (points, origin top-left).
struct PlacedWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  ///< Font size in points.
  bool space_after = false;  ///< The PDF's own reading: a space follows this word on its line.
};

/// A line rebuilt from words on one baseline of one column.
struct PlacedLine {
  std::string text;   ///< Words joined by spaces; " | " where a wide gap separates them (right-aligned dates).
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;    ///< Largest font size on the line.
  int column = 0;     ///< 0 full width or left column, 1 right column.
};

/// Groups words into rows on one baseline (a word joins a row when its middle is within half a line of the row's
/// first word), top to bottom, each row left to right.
std::vector<std::vector<PlacedWord>> group_rows(std::vector<PlacedWord> words);

/// Finds a vertical gutter splitting the page into two text columns; returns its x or a negative value.
double find_gutter(const std::vector<PlacedWord>& words, double page_width, double page_height);

/// On a page after the first whose main text runs in the right column beside a sidebar, that column continues the
/// section the previous page ended in (read last there); when it opens with a line of body text rather than a
/// heading, it is read before the sidebar. `body_size` is the document's usual line size.
void continue_main_column(std::vector<PlacedLine>& lines, double body_size);

/// Groups words into lines, column by column (left column, then right), top to bottom.
std::vector<PlacedLine> layout_lines(std::vector<PlacedWord> words, double gutter);

}  // namespace bescore
