#include "report/annotate_pdf.h"

#define POINTERHOLDER_TRANSITION 4  // qpdf: this code does not use the old PointerHolder
#include <doctest/doctest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <fstream>
#include <sstream>

#include "test_support.h"

using namespace bescore;

namespace {

Report score_pdf(const std::string& path) {
  auto doc = extract_file(path);
  if (!doc) throw std::runtime_error(doc.error());
  return score_resume(parse_resume(*doc, testing::backend_rules().vocabulary), testing::backend_rules());
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("top-left page points map to PDF user space for each page rotation") {
  // Crop box [10 20 622 812] (612 x 792); the point 100 pt right of and 50 pt below the shown top-left corner.
  auto at = [](int rotate) { return to_user_space(100, 50, 10, 20, 622, 812, rotate); };
  CHECK(at(0).x == doctest::Approx(110));
  CHECK(at(0).y == doctest::Approx(762));
  CHECK(at(90).x == doctest::Approx(60));  // turned clockwise: down the screen is right along the page
  CHECK(at(90).y == doctest::Approx(120));
  CHECK(at(180).x == doctest::Approx(522));
  CHECK(at(180).y == doctest::Approx(70));
  CHECK(at(270).x == doctest::Approx(572));
  CHECK(at(270).y == doctest::Approx(712));
  CHECK(at(-90).x == at(270).x);
}

TEST_CASE("the note of an annotation: number, rule, points, message, the person's words, the fix") {
  Finding f{"phrasing/responsibility", "error", "phrasing", "\"Responsible for\" describes a duty", "say what you changed",
            2, {1, 9}, "Responsible for the servers", {}, false};
  CHECK(annotation_text(f, 4) ==
        "4. phrasing/responsibility (−2 points, error)\n\"Responsible for\" describes a duty\n"
        "Your words: “Responsible for the servers”\nFix: say what you changed");
}

TEST_CASE("an annotated copy: one highlight per placed finding, on its page, same bytes twice, input untouched") {
  std::string input = std::string(BESCORE_SOURCE_DIR) + "/samples/weak-backend.pdf";
  std::string before = bytes_of(input);
  Report r = score_pdf(input);
  int located = 0;
  for (const auto& f : r.findings) located += f.at.line > 0;
  auto a = annotate_pdf(input, r);
  REQUIRE(a);
  CHECK(a->highlights == located);
  auto b = annotate_pdf(input, r);
  REQUIRE(b);
  CHECK(a->bytes == b->bytes);
  CHECK(bytes_of(input) == before);
  CHECK(a->bytes.compare(0, 5, "%PDF-") == 0);

  QPDF pdf;
  pdf.processMemoryFile("annotated.pdf", a->bytes.data(), a->bytes.size());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  REQUIRE(pages.size() == 1);
  int highlights = 0;
  for (auto& annot : pages[0].getObjectHandle().getKey("/Annots").aitems()) {
    if (annot.getKey("/Subtype").getName() != "/Highlight") continue;
    ++highlights;
    CHECK(annot.getKey("/QuadPoints").getArrayNItems() % 8 == 0);
    CHECK(annot.getKey("/Contents").getUTF8Value().find("\nFix: ") != std::string::npos);
    CHECK(annot.getKey("/Popup").getKey("/Subtype").getName() == "/Popup");
  }
  CHECK(highlights == located);

  CHECK_FALSE(annotate_pdf("/nonexistent/cv.pdf", r));
}
