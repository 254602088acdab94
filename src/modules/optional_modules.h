// The readers and writers only some runs need live in modules the executable loads when a run first needs them:
// bescore-pdf.so (poppler, qpdf, libpng: reading a PDF, its page images, --annotate) and bescore-docx.so (libzip,
// pugixml). A text resume then loads none of those libraries and their dependencies (about 30 shared objects),
// and a PDF none of DOCX's. The layer that uses a module owns its interface and loads it (src/process/shared_module.h
// finds the file): extract/reader_modules.h (the PDF and DOCX readers) and report/pdf_writer_module.h (page images
// and the annotated PDF); this folder defines the entry points each module exports (pdf_module.cc, docx_module.cc).
// Programs that link a module's code in (the unit tests, the fuzzers) use it directly. A missing or broken module is
// the one-line cause of that file's error, not a crash.
#pragma once

namespace bescore {

/// Loads both modules now (a cause is kept for the first file that needs the module): for a parent about to
/// fork children that each read files, so they inherit the modules instead of each loading its own.
void preload_modules();

}  // namespace bescore
