// A PDF's pages as PNG images for the HTML report: rendered by poppler-cpp, encoded in memory with libpng
// (grey when the page has no colour), and base64 for data: URIs. Same PDF, same bytes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/base64.h"

namespace bescore {

/// Resolution pages are rendered at: text stays readable, a two-page resume stays well under a megabyte.
inline constexpr int kPageDpi = 120;

/// One rendered page.
struct PageImage {
  int page = 0;               ///< 1-based.
  int width = 0, height = 0;  ///< Pixels.
  std::string png;            ///< The PNG file's bytes.
  double dpi = 0;             ///< The resolution drawn at: below the one asked for on a page too large to draw at it.
};

/// Most pixels one page is drawn with (about 12 megapixels; an A4 page at 150 dpi is 2.2): larger pages are
/// drawn at a lower resolution.
inline constexpr double kMaxPagePixels = 12e6;

/// Renders pages 1..max_pages of the PDF file at dpi; the one-line cause when it cannot (the HTML report then
/// shows the findings without the pages).
Result<std::vector<PageImage>> render_pdf_pages(const std::string& path, int dpi = kPageDpi, int max_pages = 20);

/// PNG of 8-bit pixels, `channels` 1 (grey) or 3 (RGB) per pixel, rows `stride` bytes apart. Fixed
/// compression settings and no time chunk, so the same pixels give the same bytes. Empty if libpng fails.
std::string encode_png(const unsigned char* pixels, int width, int height, int channels, size_t stride);


}  // namespace bescore
