#include "report/page_images.h"

#include <doctest/doctest.h>
#include <png.h>

using namespace bescore;

namespace {

// Decodes a PNG with libpng's simplified API; empty when it is not one.
std::vector<unsigned char> decode(const std::string& png, int& width, int& height, png_uint_32 format) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return {};
  image.format = format;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) return {};
  width = int(image.width);
  height = int(image.height);
  return pixels;
}

}  // namespace

TEST_CASE("base64: the RFC 4648 test vectors") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64(std::string("\xff\xfe\x00", 3)) == "//4A");
}

TEST_CASE("PNG: grey and RGB pixels come back as written, the same bytes each time") {
  const unsigned char grey[] = {0, 128, 255, 7, 9, 11};  // 3 x 2, rows 3 bytes apart
  std::string png = encode_png(grey, 3, 2, 1, 3);
  REQUIRE(png.size() > 8);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  CHECK(png == encode_png(grey, 3, 2, 1, 3));
  int w = 0, h = 0;
  auto back = decode(png, w, h, PNG_FORMAT_GRAY);
  CHECK(w == 3);
  CHECK(h == 2);
  CHECK(back == std::vector<unsigned char>(grey, grey + 6));

  const unsigned char rgb[] = {255, 0, 0, 0, 255, 0, 0, 0, 255, 1, 2, 3};  // 2 x 2
  png = encode_png(rgb, 2, 2, 3, 6);
  back = decode(png, w, h, PNG_FORMAT_RGB);
  CHECK(back == std::vector<unsigned char>(rgb, rgb + 12));
  CHECK(encode_png(rgb, 0, 2, 3, 6).empty());
  CHECK(encode_png(rgb, 2, 2, 4, 8).empty());
}

TEST_CASE("rendering: a sample PDF page at 120 dpi, grey, the same bytes each time; a missing file is an error") {
  auto pages = render_pdf_pages(std::string(BESCORE_SOURCE_DIR) + "/samples/strong-backend.pdf");
  REQUIRE(pages);
  REQUIRE(pages->size() == 1);
  const PageImage& p = pages->front();
  CHECK(p.page == 1);
  CHECK(p.width == 1020);  // US Letter: 612 pt at 120 dpi
  CHECK(p.height == 1320);
  int w = 0, h = 0;
  CHECK(!decode(p.png, w, h, PNG_FORMAT_GRAY).empty());
  CHECK(w == 1020);
  auto again = render_pdf_pages(std::string(BESCORE_SOURCE_DIR) + "/samples/strong-backend.pdf");
  REQUIRE(again);
  CHECK(again->front().png == p.png);
  CHECK_FALSE(render_pdf_pages("/nonexistent/cv.pdf"));
}
