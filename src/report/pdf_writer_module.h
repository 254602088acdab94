// What the reports need from the PDF objects module (src/modules/optional_modules.h): a PDF's pages as images for
// the HTML report, and the annotated copy of --annotate (poppler, qpdf, libpng). This is the interface report owns and the
// module implements, so report includes nothing above it. Programs that link the PDF code in use it directly.
#pragma once
#include <string>
#include <vector>

#include "base/result.h"
#include "report/annotate_pdf.h"
#include "report/page_images.h"

namespace bescore {

/// What the PDF module gives the reports: the build it was made by, page images and the annotated copy.
struct PdfWriterModule {
  std::string (*build)();
  Result<std::vector<PageImage>> (*render_pages)(const std::string& path, int dpi, int max_pages);
  Result<AnnotatedPdf> (*annotate)(const std::string& input, const Report& report);
};

/// The build the PDF module must come from: this version, with these struct layouts.
std::string pdf_writer_module_build();

/// The module's writers, loaded on the first call; the one-line cause when it cannot be.
Result<const PdfWriterModule*> pdf_writer_module();

}  // namespace bescore

// The entry point: defined in src/modules/pdf_module.cc, looked up by name in the loaded module.
extern "C" const bescore::PdfWriterModule* bescore_pdf_writer();
