// The entry point of bescore-pdf.so (src/modules/optional_modules.h).
#include "modules/optional_modules.h"

extern "C" __attribute__((visibility("default"))) const bescore::PdfModule* bescore_pdf_module() {
  static const bescore::PdfModule module{bescore::module_build, bescore::read_pdf, bescore::render_pdf_pages,
                                         bescore::annotate_pdf};
  return &module;
}
