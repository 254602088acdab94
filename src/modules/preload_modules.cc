#include "modules/optional_modules.h"

#include "extract/reader_modules.h"
#include "report/pdf_writer_module.h"

namespace bescore {

void preload_modules() {
  // Mapped now, before a fork, so that the children inherit the modules instead of each loading its own (a child
  // that then asks for one only finds it already open: bescore-pdf.so keeps its own handle to bescore-pdfobjects.so,
  // which its dlopen gets without loading anything). A module that fails is reported when a file needs it.
  (void)pdf_reader_module();
  (void)pdf_objects_module();
  (void)pdf_writer_module();
  (void)docx_reader_module();
}

}  // namespace bescore
