#include "extract/reader_modules.h"

#include "process/shared_module.h"
#include "version.h"

// Defined when a reader's code is linked into this program (tests, fuzzers); null otherwise, and then loaded.
#pragma weak bescore_pdf_reader
#pragma weak bescore_docx_reader
#pragma weak bescore_pdf_objects

namespace bescore {

std::string reader_module_build() {
  return std::string(version()) + "/" + std::to_string(sizeof(Document)) + "/" + std::to_string(sizeof(ExtractLimits));
}

Result<const ReaderModule*> pdf_reader_module() {
  // Poppler's symbols looked up in its own libraries first (process/shared_module.h): every PDF loads it.
  static const auto module = linked_or_loaded(bescore_pdf_reader, "PDF", "bescore-pdf.so", "bescore_pdf_reader",
                                              reader_module_build(), SymbolOrder::kOwnFirst);
  return module;
}

Result<const ReaderModule*> docx_reader_module() {
  static const auto module = linked_or_loaded(bescore_docx_reader, "DOCX", "bescore-docx.so", "bescore_docx_reader",
                                              reader_module_build());
  return module;
}

Result<const PdfObjectsModule*> pdf_objects_module() {
  static const auto module = linked_or_loaded(bescore_pdf_objects, "PDF", "bescore-pdfobjects.so", "bescore_pdf_objects",
                                              reader_module_build());
  return module;
}

}  // namespace bescore
