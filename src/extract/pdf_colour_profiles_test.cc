// Colour profiles taken as read: on tests/extract/colour-profiles.pdf (its profiles are whole: poppler builds
// little-cms transforms from them on its own), the cache holds a transform-less colour space for every profile the
// page names, poppler draws the page with them and builds none, and the catalog's output intents are hidden. That
// the words are the same is pdf_words_test.cc's (it compares every PDF of tests/extract with poppler-cpp's words).
#include "extract/pdf_colour_profiles.h"

#include <doctest/doctest.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>

#include <memory>
#include <string>

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
