// The entry point of bescore-docx.so (src/modules/optional_modules.h): the DOCX reader for extract.
#include "extract/reader_modules.h"

extern "C" __attribute__((visibility("default"))) const bescore::ReaderModule* bescore_docx_reader() {
  static const bescore::ReaderModule module{bescore::reader_module_build, bescore::read_docx};
  return &module;
}
