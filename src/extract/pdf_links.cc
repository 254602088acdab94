#include "extract/pdf_links.h"

#define POINTERHOLDER_TRANSITION 4  // qpdf: this code does not use the old PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>

#include "extract/link_targets.h"

namespace bescore {

std::vector<std::string> pdf_link_targets(std::string_view pdf_bytes, int max_links) {
  std::vector<std::string> out;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("resume.pdf", pdf_bytes.data(), pdf_bytes.size());
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages())
      for (auto& annotation : page.getAnnotations("/Link")) {
        QPDFObjectHandle action = annotation.getObjectHandle().getKey("/A");
        if (!action.isDictionary()) continue;
        QPDFObjectHandle uri = action.getKey("/URI");
        if (!uri.isString()) continue;
        keep_link_target(out, uri.getUTF8Value(), size_t(std::max(max_links, 0)));
        if (int(out.size()) >= max_links) return out;
      }
  } catch (const std::exception&) {
    // A file qpdf refuses keeps the links its text shows.
  }
  return out;
}

}  // namespace bescore
