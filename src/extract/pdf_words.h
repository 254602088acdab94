// The words of a PDF's pages and their boxes, from poppler's own text extraction (TextOutputDev), as pdftotext reads
// them: one text device and one cross-reference table for the whole document, so what poppler builds once per
// document (a colour profile's transforms, cached on the device; the table's entries and object streams) is built
// once, not once a page. poppler-cpp's page::text_list() makes a new device and a copy of the cross-reference table
// for every page and converts every word to UTF-16 and back; the words and boxes here are the ones it gave, value
// for value (pdf_words_test.cc holds them to it).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace bescore {

/// A word as poppler places it: points, origin top-left, the box as poppler-cpp's text_box::bbox() gave it.
struct PdfWord {
  std::string text;  ///< UTF-8, cut where poppler-cpp's conversion stopped (a NUL, a surrogate code point).
  double left = 0, top = 0, right = 0, bottom = 0;
  bool space_after = false;  ///< poppler saw a space after it on its line (a space character or a word's gap)
  double height() const { return bottom - top; }
};

struct PdfPage {
  bool found = false;  ///< false when the page tree has no such page (nothing else is set).
  double width = 0, height = 0;  ///< The crop box.
  std::vector<PdfWord> words;
};

/// An open PDF (the bytes must outlive it).
class PdfWords {
 public:
  /// Errors: "not a readable PDF (damaged, truncated or encrypted)", "PDF is encrypted (password required)".
  static Result<PdfWords> open(std::string_view bytes);
  PdfWords(PdfWords&&) noexcept;
  PdfWords& operator=(PdfWords&&) noexcept;
  ~PdfWords();

  int pages() const;
  /// The words of page index (0-based), in poppler's reading order.
  PdfPage page(int index);

 private:
  struct Open;
  explicit PdfWords(std::unique_ptr<Open> open);
  std::unique_ptr<Open> open_;
};

/// A word's text as poppler-cpp gave it (ustring::from_utf8, then back to UTF-8): up to the first NUL, and up to the
/// first sequence glibc's iconv refuses as UTF-8 (an encoded surrogate, an overlong form, past U+10FFFF).
std::string poppler_cpp_word_text(const char* utf8);

}  // namespace bescore
