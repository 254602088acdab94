// The entry point of bescore-pdf.so (src/modules/optional_modules.h): the PDF reader for extract (poppler).
#include "extract/reader_modules.h"

extern "C" __attribute__((visibility("default"))) const bescore::ReaderModule* bescore_pdf_reader() {
  static const bescore::ReaderModule module{bescore::reader_module_build, bescore::read_pdf};
  return &module;
}
