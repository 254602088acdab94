// Colour profiles taken as read: on tests/extract/colour-profiles.pdf (its profiles are whole: poppler builds
// little-cms transforms from them on its own), the cache holds a transform-less colour space for every profile the
// page names, poppler draws the page with them and builds none, and the catalog's output intents are hidden. That
// the words are the same is pdf_words_test.cc's (it compares every PDF of tests/extract with poppler-cpp's words).
#include "extract/pdf_colour_profiles.h"

#include <fstream>
#include <sstream>

#include "extract/pdf_words.h"

#include <doctest/doctest.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace bescore;

namespace {

void quiet(ErrorCategory, Goffset, const char*) {}

constexpr Ref kRgbProfile{1, 0}, kGreyProfile{2, 0};  // objects 1 and 2 of the file (tests/extract/colour_profiles.py)

struct Document {
  GlobalParamsIniter globals{quiet};
  std::unique_ptr<PDFDoc> doc = std::make_unique<PDFDoc>(
      std::make_unique<GooString>(std::string(BESCORE_SOURCE_DIR) + "/tests/extract/colour-profiles.pdf"));
  Page& page() { return *doc->getCatalog()->getPage(1); }
  void draw(TextOutputDev& device) { doc->displayPageSlice(&device, 1, 72, 72, 0, false, false, false, -1, -1, -1, -1); }
};

// The cached colour space's profile: poppler's own holds the one it built transforms from; none when bescore's.
bool cached_with_profile(TextOutputDev& device, Ref ref) {
  auto* cs = device.getIccColorSpaceCache()->lookup(ref);
  REQUIRE(cs != nullptr);
  return cs->getProfile() != nullptr;
}

// A PDF of object bodies (object n is objects[n - 1], the last one the catalog) with a correct table of offsets.
std::string pdf_of(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t table = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  return out + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root " + std::to_string(objects.size()) +
         " 0 R >>\nstartxref\n" + std::to_string(table) + "\n%%EOF\n";
}

}  // namespace

TEST_CASE("poppler builds the fixture's profiles on its own: the fixture tests something") {
  Document d;
  REQUIRE(d.doc->isOk());
  TextOutputDev plain(nullptr, false, 0, false, false);
  d.draw(plain);
  CHECK(cached_with_profile(plain, kRgbProfile));
  CHECK(cached_with_profile(plain, kGreyProfile));
}

TEST_CASE("every profile a page names, its forms' too, is taken from the cache and none is built") {
  Document d;
  REQUIRE(d.doc->isOk());
  WordsDevice device;
  skip_colour_transforms(d.page(), *d.doc->getXRef(), device);
  CHECK_FALSE(cached_with_profile(device, kRgbProfile));
  CHECK_FALSE(cached_with_profile(device, kGreyProfile));  // named inside an Indexed space, in a form's resources
  d.draw(device);
  // Had poppler missed the cache, it would have put a colour space with the profile it read in front of ours.
  CHECK_FALSE(cached_with_profile(device, kRgbProfile));
  CHECK_FALSE(cached_with_profile(device, kGreyProfile));
}

TEST_CASE("the catalog's output intents are hidden from the pages, the rest of it kept") {
  Document d;
  REQUIRE(d.doc->isOk());
  XRef& xref = *d.doc->getXRef();
  CHECK(xref.getCatalog().dictLookup("OutputIntents").isArray());
  skip_output_intents(xref);
  Object catalog = xref.getCatalog();
  CHECK(catalog.dictLookup("OutputIntents").isNull());
  CHECK(catalog.dictLookup("Pages").isDict());
  CHECK(d.doc->getNumPages() == 1);
}

TEST_CASE("resources that name themselves, or an object thousands of times, end the walk at once") {
  std::string many(3000 * 7, ' ');
  for (size_t i = 0; i < 3000; ++i) many.replace(i * 7, 6, " 6 0 R");
  std::string content = "BT /F1 12 Tf 72 700 Td (Hello loops) Tj ET /Fm Do";
  std::string form = "BT /F1 10 Tf 72 680 Td (inside) Tj ET";
  std::string bytes = pdf_of({
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",                              // 1
      "[/Indexed 2 0 R 1 <0000>]",                                                           // 2: its own base
      "[/ICCBased 4 0 R]",                                                                   // 3
      "<< /N 3 /Length 4 >>\nstream\nnone\nendstream",                                      // 4
      "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 1 0 R >> /XObject << /Me 5 0 R "
      ">> /ColorSpace << /L 2 0 R /I 3 0 R >> >> /Length " + std::to_string(form.size()) + " >>\nstream\n" + form +
          "\nendstream",                                                                      // 5: names itself
      "[/Separation /x 6 0 R" + many + "]",                                                  // 6: itself, 3,001 times
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",  // 7
      "<< /Type /Page /Parent 9 0 R /MediaBox [0 0 612 792] /Contents 7 0 R /Resources << /Font << /F1 1 0 R >> "
      "/ColorSpace << /A 2 0 R /B 6 0 R >> /XObject << /Fm 5 0 R >> >> >>",                  // 8
      "<< /Type /Pages /Kids [8 0 R] /Count 1 >>",                                           // 9
      "<< /Type /Catalog /Pages 9 0 R >>",                                                   // 10
  });
  GlobalParamsIniter globals{quiet};
  PDFDoc doc(new MemStream(bytes.data(), 0, Goffset(bytes.size()), Object(objNull)), GooString(""), GooString(""));
  REQUIRE(doc.isOk());
  WordsDevice device;
  skip_colour_transforms(*doc.getCatalog()->getPage(1), *doc.getXRef(), device);
  CHECK_FALSE(cached_with_profile(device, Ref{4, 0}));  // found through the form, past the loops
  doc.displayPageSlice(&device, 1, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  std::unique_ptr<TextWordList> words = device.makeWordList();
  REQUIRE(words);
  CHECK(words->getLength() == 3);  // "Hello", "loops", "inside"
}

TEST_CASE("a damaged PDF/A is still rebuilt by poppler: hiding its output intents is no edit that stops that") {
  std::ifstream in(std::string(BESCORE_SOURCE_DIR) + "/tests/extract/colour-profiles.pdf", std::ios::binary);
  std::stringstream whole;
  whole << in.rdbuf();
  std::string bytes = whole.str();
  // Object 5 (the page's content) listed 3 bytes off: poppler finds no object there and rebuilds the table.
  size_t entry = bytes.find("\n", bytes.find("xref\n0 ") + 5) + 1 + 5 * 20;
  long offset = std::stol(bytes.substr(entry, 10));
  char shifted[24];
  std::snprintf(shifted, sizeof shifted, "%010ld", offset + 3);
  bytes.replace(entry, 10, shifted);
  auto pdf = bescore::PdfWords::open(bytes);
  REQUIRE(pdf);
  bescore::PdfPage page = pdf->page(0);
  REQUIRE(page.found);
  std::string text;
  for (const auto& w : page.words) text += w.text + " ";
  CHECK(text == "Ada Example Backend Engineer building APIs in Go EXPERIENCE ");
}
