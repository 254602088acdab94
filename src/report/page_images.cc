#include "report/page_images.h"

#include <png.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

namespace bescore {

namespace {

void quiet(const std::string&, void*) {}

void append_png_bytes(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

[[noreturn]] void png_failed(png_structp png, png_const_charp) { png_longjmp(png, 1); }

void png_warning_ignored(png_structp, png_const_charp) {}

// poppler's ARGB32 pixels (native-endian 0xAARRGGBB on white paper, so opaque) as packed RGB or grey bytes.
std::vector<unsigned char> pixels_of(const poppler::image& img, int& channels) {
  const int w = img.width(), h = img.height(), stride = img.bytes_per_row();
  const char* data = img.const_data();
  bool grey = true;
  for (int y = 0; y < h && grey; ++y)
    for (int x = 0; x < w; ++x) {
      uint32_t p;
      std::memcpy(&p, data + size_t(y) * stride + size_t(x) * 4, 4);
      unsigned r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
      if (r != g || g != b) { grey = false; break; }
    }
  channels = grey ? 1 : 3;
  std::vector<unsigned char> out(size_t(w) * h * channels);
  unsigned char* o = out.data();
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint32_t p;
      std::memcpy(&p, data + size_t(y) * stride + size_t(x) * 4, 4);
      if (grey) { *o++ = p & 0xff; continue; }
      *o++ = (p >> 16) & 0xff;
      *o++ = (p >> 8) & 0xff;
      *o++ = p & 0xff;
    }
  return out;
}

}  // namespace

std::string encode_png(const unsigned char* pixels, int width, int height, int channels, size_t stride) {
  if (width <= 0 || height <= 0 || (channels != 1 && channels != 3)) return {};
  std::string out;
  std::vector<png_bytep> rows(static_cast<size_t>(height));
  for (int y = 0; y < height; ++y) rows[size_t(y)] = const_cast<png_bytep>(pixels + size_t(y) * stride);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, png_failed, png_warning_ignored);
  if (!png) return {};
  png_infop info = png_create_info_struct(png);
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return {};
  }
  png_set_write_fn(png, &out, append_png_bytes, flush_nothing);
  png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, channels == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(png, 9);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_ALL_FILTERS);
  png_write_info(png, info);
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

Result<std::vector<PageImage>> render_pdf_pages(const std::string& path, int dpi, int max_pages) {
  if (!poppler::page_renderer::can_render()) return Error{"this poppler was built without a renderer"};
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path));
  if (!pdf || pdf->is_locked()) return Error{"the PDF could not be opened for rendering"};
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing |
                            poppler::page_renderer::text_hinting);
  renderer.set_paper_color(0xffffffff);
  std::vector<PageImage> pages;
  for (int p = 0; p < pdf->pages() && p < max_pages; ++p) {
    std::unique_ptr<poppler::page> page(pdf->create_page(p));
    if (!page) return Error{"page " + std::to_string(p + 1) + " could not be read for rendering"};
    // A page's size is the PDF's to choose: 7,200 pt square at 150 dpi is 225 million pixels (43 s, 1.3 GB),
    // so a page larger than kMaxPagePixels is drawn at the resolution that fits it (docs/hardening.md).
    poppler::rectf box = page->page_rect();
    double px = std::abs(box.width()) / 72.0 * dpi * std::abs(box.height()) / 72.0 * dpi;
    double page_dpi = dpi;
    if (!(px <= kMaxPagePixels)) page_dpi = std::isfinite(px) && px > 0 ? dpi * std::sqrt(kMaxPagePixels / px) : 1.0;
    page_dpi = std::max(page_dpi, 0.01);
    poppler::image img = renderer.render_page(page.get(), page_dpi, page_dpi);
    if (!img.is_valid() || img.format() != poppler::image::format_argb32)
      return Error{"page " + std::to_string(p + 1) + " could not be rendered"};
    int channels = 0;
    auto pixels = pixels_of(img, channels);
    PageImage out{p + 1, img.width(), img.height(), encode_png(pixels.data(), img.width(), img.height(), channels,
                                                                size_t(img.width()) * channels), page_dpi};
    if (out.png.empty()) return Error{"page " + std::to_string(p + 1) + " could not be encoded as PNG"};
    pages.push_back(std::move(out));
  }
  return pages;
}

}  // namespace bescore
