// The PDF and DOCX readers (and qpdf's part of reading a PDF) live in modules the executable loads when a run first reads such a file
// (src/modules/optional_modules.h): this is the interface extract owns and the modules implement, so extract
// includes nothing above it. Programs that link a reader's code in (the unit tests, the fuzzers) use it directly.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "document.h"
#include "extract/extract.h"

namespace bescore {

/// What a reader module gives: the build it was made by, and its reader.
struct ReaderModule {
  std::string (*build)();
  Result<Document> (*read)(std::string_view bytes, const std::string& name, const ExtractLimits& limits);
};

/// What the PDF objects module gives the PDF reader (qpdf, loaded only when a file needs it): the targets of the
/// link annotations, and which pages hold images.
struct PdfObjectsModule {
  std::string (*build)();
  std::vector<std::string> (*link_targets)(std::string_view pdf_bytes, int max_links);
  std::vector<int> (*pages_with_images)(std::string_view pdf_bytes, const std::vector<int>& pages);
};

/// The build a reader module must come from: this version, with these struct layouts.
std::string reader_module_build();

/// The reader, loaded on the first call; the one-line cause when it cannot be ("the PDF module ... is missing").
Result<const ReaderModule*> pdf_reader_module();
Result<const ReaderModule*> docx_reader_module();
Result<const PdfObjectsModule*> pdf_objects_module();

}  // namespace bescore

// The modules' entry points: defined in src/modules/{pdf,pdf_objects,docx}_module.cc, looked up by name in the loaded
// module.
extern "C" const bescore::ReaderModule* bescore_pdf_reader();
extern "C" const bescore::ReaderModule* bescore_docx_reader();
extern "C" const bescore::PdfObjectsModule* bescore_pdf_objects();
