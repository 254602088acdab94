#include "extract/pdf_words.h"

#include <doctest/doctest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using bescore::PdfWords;
using bescore::poppler_cpp_word_text;

namespace {

std::string via_poppler_cpp(const std::string& utf8) {
  auto bytes = poppler::ustring::from_utf8(utf8.c_str()).to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every PDF of the repository: the samples (pdflatex), a four-page two-column resume (tests/judgement/minipdf.py)
// and the broken files (tests/broken/).
std::vector<std::filesystem::path> repository_pdfs() {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (const char* dir : {"samples", "tests/extract", "tests/broken"})
    for (const auto& entry : fs::directory_iterator(fs::path(BESCORE_SOURCE_DIR) / dir))
      if (entry.path().extension() == ".pdf") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a word's text is cut where poppler-cpp's conversion stopped") {
  CHECK(poppler_cpp_word_text("") == "");
  CHECK(poppler_cpp_word_text("Kafka") == "Kafka");
  CHECK(poppler_cpp_word_text("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
  CHECK(poppler_cpp_word_text("ab\xED\xA0\x80" "cd") == "ab");         // an encoded surrogate
  CHECK(poppler_cpp_word_text("a\xC0\x80" "b") == "a");                 // an overlong NUL
  CHECK(poppler_cpp_word_text("a\xE0\x9F\xBF") == "a");                 // an overlong three-byte form
  CHECK(poppler_cpp_word_text("x\xF4\x90\x80\x80") == "x");             // past U+10FFFF
  CHECK(poppler_cpp_word_text("x\xF4\x8F\xBF\xBF") == "x\xF4\x8F\xBF\xBF");  // U+10FFFF itself
  CHECK(poppler_cpp_word_text("ok\xE2\x82") == "ok");                   // cut short
  CHECK(poppler_cpp_word_text("\xEF\xBB\xBF" "a") == "\xEF\xBB\xBF" "a");  // a byte order mark is kept

  // The same as poppler-cpp on every string of up to four pieces from bytes that start, continue or break a sequence.
  const std::vector<std::string> pieces = {"a", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xED\xA0\x80",
                                           "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80",
                                           "\xC0\xAF", "\xC1", "\x80", "\xBF", "\xE2\x82", "\xF8\x88\x80\x80\x80",
                                           "\xFE", "\xFF"};
  int checked = 0;
  for (size_t a = 0; a < pieces.size(); ++a)
    for (size_t b = 0; b < pieces.size(); ++b)
      for (size_t c = 0; c < pieces.size(); ++c)
        for (size_t d = 0; d < pieces.size(); d += 3) {
          std::string s = pieces[a] + pieces[b] + pieces[c] + pieces[d];
          if (poppler_cpp_word_text(s.c_str()) != via_poppler_cpp(s)) FAIL_CHECK("differs on " << s);
          ++checked;
        }
  CHECK(checked == 18 * 18 * 18 * 6);
}

TEST_CASE("every page's words and boxes are the ones poppler-cpp's text_list gave, value for value") {
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  int pages_compared = 0, words_compared = 0;
  for (const auto& path : repository_pdfs()) {
    CAPTURE(path);
    std::string bytes = read_file(path);
    std::unique_ptr<poppler::document> cpp(poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
    auto ours = PdfWords::open(bytes);
    if (!cpp || cpp->is_locked()) {
      REQUIRE_FALSE(ours.ok());
      CHECK(ours.error() == (cpp ? "PDF is encrypted (password required)" : "not a readable PDF (damaged, truncated or encrypted)"));
      continue;
    }
    REQUIRE(ours.ok());
    REQUIRE(ours->pages() == cpp->pages());
    for (int p = 0; p < cpp->pages(); ++p) {
      std::unique_ptr<poppler::page> page(cpp->create_page(p));
      auto mine = ours->page(p);
      REQUIRE(mine.found == bool(page));
      if (!page) continue;
      ++pages_compared;
      CHECK(mine.width == page->page_rect().width());
      CHECK(mine.height == page->page_rect().height());
      auto boxes = page->text_list();
      REQUIRE(mine.words.size() == boxes.size());
      for (size_t i = 0; i < boxes.size(); ++i) {
        auto utf8 = boxes[i].text().to_utf8();
        CHECK(mine.words[i].text == std::string(utf8.begin(), utf8.end()));
        auto b = boxes[i].bbox();
        CHECK(mine.words[i].left == b.left());
        CHECK(mine.words[i].top == b.top());
        CHECK(mine.words[i].right == b.right());
        CHECK(mine.words[i].bottom == b.bottom());
        CHECK(mine.words[i].height() == b.height());
        ++words_compared;
      }
    }
  }
  CHECK(pages_compared >= 15);
  CHECK(words_compared >= 3000);
}

TEST_CASE("a PDF poppler cannot open is refused with the reader's messages") {
  CHECK(PdfWords::open("").error() == "not a readable PDF (damaged, truncated or encrypted)");
  CHECK(PdfWords::open("%PDF-1.4\nnothing else here").error() == "not a readable PDF (damaged, truncated or encrypted)");
  std::string encrypted = read_file(std::filesystem::path(BESCORE_SOURCE_DIR) / "tests/broken/encrypted.pdf");
  CHECK(PdfWords::open(encrypted).error() == "PDF is encrypted (password required)");
}
