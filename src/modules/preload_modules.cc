#include "modules/optional_modules.h"

#include "extract/reader_modules.h"
#include "report/pdf_writer_module.h"

namespace bescore {

void preload_modules() {
  // Loaded now for what comes next (a sandbox, a fork); a module that fails is reported when a file needs it.
  (void)pdf_reader_module();
  (void)pdf_objects_module();
  (void)pdf_writer_module();
  (void)docx_reader_module();
}

}  // namespace bescore
