// The text of a resume as read from its file, before any resume structure is known.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// Where a piece of text sits: page and line for paged formats (PDF), source line otherwise (page 0).
struct Location {
  int page = 0;  ///< 1-based page number, 0 for unpaged sources (text, Markdown).
  int line = 0;  ///< 1-based line on the page, or in the source file.
  // "= {}" keeps the two-value initialisers {page, line} used by the readers free of missing-initializer warnings.
  std::string file = {};     ///< Source file the line is in when it is not the main input (a LaTeX \input), else empty.
  std::string pointer = {};  ///< JSON pointer of the value (JSON Resume, "/work/0/highlights/2"), else empty.
  bool operator==(const Location&) const = default;
};

/// Where a line's words sit on a PDF page: the union of their boxes in points, origin at the top-left corner of
/// the page as poppler shows it (crop box, /Rotate applied), and that page's size. All 0 when not known (every
/// format but PDF). Reports use it to draw over rendered pages and to place PDF annotations.
struct PageBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double page_width = 0, page_height = 0;
  bool known() const { return page_width > 0 && page_height > 0 && x1 > x0 && y1 > y0; }
  bool operator==(const PageBox&) const = default;
};

/// One line of text with its location and what the extractor knows of its look.
struct TextLine {
  std::string text;     ///< UTF-8, markup stripped, whitespace trimmed at the right.
  Location at;          ///< Where the line is in the original file.
  int indent = 0;       ///< Leading spaces (text) or left offset in points (PDF) — continuation lines are indented.
  int heading = 0;      ///< Heading level the source marked (Markdown '#' count, 1 for larger type in a PDF), 0 if none.
  bool bullet = false;  ///< The source marked this line as a list item (marker already stripped).
  double gap_before = 0;///< Vertical space above the line in line heights (PDF), blank lines above (text).
  double size = 0;      ///< PDF: the height of the line's largest word in points (its type size); 0 elsewhere.
  PageBox box = {};     ///< PDF: where the line's words are on its page; unknown for other formats.
};

/// One page as an applicant tracking system's plain text extractor meets it.
struct PageFacts {
  int page = 0;               ///< 1-based.
  int words = 0;              ///< Words with text on the page, tiny ones included.
  bool columns = false;       ///< Two text columns side by side (a sidebar layout).
  std::string read_across;    ///< With columns: one row as read straight across the page, both columns run together.
  bool images = false;        ///< Draws an image (only looked up for a page without text: a scan or picture).
};

/// Characters that extract as something other than the letters printed.
struct GlyphFacts {
  int words = 0;          ///< Words looked at.
  int garbled_words = 0;  ///< Words holding at least one of the glyphs below.
  int private_use = 0;    ///< Icon-font glyphs (U+E000-U+F8FF): no meaning outside the font.
  int cid = 0;            ///< "(cid:NN)" text: a glyph with no Unicode, as some extractors write it.
  int replacement = 0;    ///< U+FFFD or control characters: glyphs the file's ToUnicode map does not cover.
  int ligature = 0;       ///< Ligature characters (ﬁ, ﬂ, ﬀ...): "eﬃcient" does not match a search for "efficient".
  std::string example;    ///< The first garbled word, as extracted.
  int example_page = 0;
};

/// What a plain text extractor (most applicant tracking systems) would lose or scramble, found while the file was
/// read (no second pass). Known for PDF and DOCX; other formats are sources, not what gets uploaded.
struct LayoutFacts {
  bool known = false;
  size_t file_bytes = 0;
  int pages = 0;
  std::vector<PageFacts> page;      ///< PDF: one per page.
  int tiny_words = 0;               ///< Words set under 3.5 pt (left out of the reading).
  std::string tiny_example;
  int tiny_page = 0;
  int header_lines = 0;             ///< Running header/footer lines (PDF) or lines of header/footer parts (DOCX).
  std::vector<std::string> contact_only_in_header;  ///< "email", "phone", "linkedin", "github" found only there.
  std::string header_contact_line;  ///< The header or footer line holding them.
  GlyphFacts glyphs;
  /// --dump-text --as-ats only: each page's lines as a plain extractor reads them (full width, top to bottom,
  /// headers kept), and bescore's own reading, as (page, text).
  std::vector<std::pair<int, std::string>> plain_reading, reconstruction;
};

/// A resume file turned into lines, whatever its format.
struct Document {
  std::string file;                ///< Path as given by the user.
  std::string format;              ///< "pdf", "docx", "text", "markdown", "latex" or "jsonresume".
  int pages = 1;                   ///< Page count (1 for unpaged sources).
  std::vector<TextLine> lines;     ///< Content lines in reading order; headers and footers removed.
  std::vector<std::string> notes;  ///< What extraction noticed (columns found, header lines removed...).
  std::vector<std::string> links;  ///< PDF: web addresses that only link annotations hold (a GitHub icon's target).
  LayoutFacts layout;              ///< What an applicant tracking system would meet (PDF and DOCX).
};

}  // namespace bescore
