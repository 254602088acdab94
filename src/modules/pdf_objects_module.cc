// The entry points of bescore-pdfobjects.so (src/modules/optional_modules.h): what qpdf reads of a PDF's objects for
// the PDF reader (link targets, pages holding images), and the reports' page images and annotated copy.
#include "extract/layout_audit.h"
#include "extract/pdf_links.h"
#include "extract/reader_modules.h"
#include "report/pdf_writer_module.h"

extern "C" __attribute__((visibility("default"))) const bescore::PdfObjectsModule* bescore_pdf_objects() {
  static const bescore::PdfObjectsModule module{bescore::reader_module_build, bescore::pdf_link_targets,
                                                bescore::pages_with_images};
  return &module;
}

extern "C" __attribute__((visibility("default"))) const bescore::PdfWriterModule* bescore_pdf_writer() {
  static const bescore::PdfWriterModule module{bescore::pdf_writer_module_build, bescore::render_pdf_pages,
                                               bescore::annotate_pdf};
  return &module;
}
