// The entry points of bescore-pdf.so (src/modules/optional_modules.h): the PDF reader for extract, page images and
// the annotated copy for the reports.
#include "extract/reader_modules.h"
#include "report/pdf_writer_module.h"

extern "C" __attribute__((visibility("default"))) const bescore::ReaderModule* bescore_pdf_reader() {
  static const bescore::ReaderModule module{bescore::reader_module_build, bescore::read_pdf};
  return &module;
}

extern "C" __attribute__((visibility("default"))) const bescore::PdfWriterModule* bescore_pdf_writer() {
  static const bescore::PdfWriterModule module{bescore::pdf_writer_module_build, bescore::render_pdf_pages,
                                               bescore::annotate_pdf};
  return &module;
}
