#include "report/pdf_writer_module.h"

#include "process/shared_module.h"
#include "version.h"

// Defined when the PDF code is linked into this program (tests, fuzzers); null otherwise, and then loaded.
#pragma weak bescore_pdf_writer

namespace bescore {

std::string pdf_writer_module_build() {
  return std::string(version()) + "/" + std::to_string(sizeof(Report)) + "/" + std::to_string(sizeof(PageImage)) + "/" +
         std::to_string(sizeof(AnnotatedPdf));
}

Result<const PdfWriterModule*> pdf_writer_module() {
  static const auto module = linked_or_loaded(bescore_pdf_writer, "PDF", "bescore-pdfobjects.so", "bescore_pdf_writer",
                                              pdf_writer_module_build());
  return module;
}

}  // namespace bescore
