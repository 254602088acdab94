// Which pages of a PDF hold images (qpdf): a page without text but with an image is a scan. Apart from the rest
// of the layout audit, which the DOCX reader uses too, so that only the PDF module needs qpdf.
#include "extract/layout_audit.h"

#define POINTERHOLDER_TRANSITION 4  // qpdf: this code does not use the old PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace bescore {

std::vector<int> pages_with_images(std::string_view pdf_bytes, const std::vector<int>& wanted) {
  std::vector<int> out;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("resume.pdf", pdf_bytes.data(), pdf_bytes.size());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    for (int p : wanted)
      if (p >= 0 && p < int(pages.size()) && !pages[size_t(p)].getImages().empty()) out.push_back(p);
  } catch (const std::exception&) {
    // poppler read the file; qpdf refusing it only means the page is reported as without text, not as a scan.
  }
  return out;
}

}  // namespace bescore
