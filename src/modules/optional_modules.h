// The readers and writers only some runs need live in modules the executable loads when a run first needs them:
// bescore-pdf.so (poppler: a PDF's text; zlib: its link targets, src/extract/pdf_uri_scan.cc), bescore-pdfobjects.so
// (qpdf, libpng: the link targets that scan is unsure of, which pages are images, page images for the HTML report,
// --annotate) and bescore-docx.so (libzip, pugixml). A text resume then loads none of those libraries and their
// dependencies (about 30 shared objects), a PDF none of DOCX's, and most PDFs not qpdf (8 M instructions).
// The layer that uses a module owns its interface and loads it (src/process/shared_module.h finds the file):
// extract/reader_modules.h (the PDF and DOCX readers, qpdf's part of reading a PDF) and report/pdf_writer_module.h
// (page images and the annotated PDF); this folder defines the entry points each module exports (pdf_module.cc,
// pdf_objects_module.cc, docx_module.cc). Programs that link a module's code in (the unit tests, the fuzzers) use it
// directly. A missing or broken module is the one-line cause of that file's error, not a crash.
#pragma once

namespace bescore {

/// Loads the modules now (a cause is kept for the first file that needs the module): for a parent about to
/// fork children that each read files, so they inherit the modules instead of each loading its own.
void preload_modules();

}  // namespace bescore
