// The entry point of bescore-docx.so (src/modules/optional_modules.h).
#include "modules/optional_modules.h"

extern "C" __attribute__((visibility("default"))) const bescore::DocxModule* bescore_docx_module() {
  static const bescore::DocxModule module{bescore::module_build, bescore::read_docx};
  return &module;
}
