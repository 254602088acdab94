// The readers and writers only some runs need live in modules the executable loads when a run first needs them:
// bescore-pdf.so (poppler, qpdf, libpng: reading a PDF, its page images, --annotate) and bescore-docx.so (libzip,
// pugixml). A text resume then loads none of those libraries and their dependencies (about 30 shared objects),
// and a PDF none of DOCX's. The modules are found next to the executable: <prefix>/lib/bescore/ when installed as
// <prefix>/bin/bescore, lib/bescore/ in the build tree. Programs that link a module's code in (the unit tests, the
// fuzzers) use it directly. A missing or broken module is the one-line cause of that file's error, not a crash.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "extract/extract.h"
#include "report/annotate_pdf.h"
#include "report/page_images.h"
#include "version.h"

namespace bescore {

/// What a module was built against: a module from another build (other struct layouts) is refused.
inline std::string module_build() {
  return std::string(version()) + "/" + std::to_string(sizeof(Document)) + "/" + std::to_string(sizeof(Report)) +
         "/" + std::to_string(sizeof(ExtractLimits)) + "/" + std::to_string(sizeof(PageImage));
}

/// bescore-pdf.so: everything that needs poppler or qpdf.
struct PdfModule {
  std::string (*build)();
  Result<Document> (*read)(std::string_view bytes, const std::string& name, const ExtractLimits& limits);
  Result<std::vector<PageImage>> (*render_pages)(const std::string& path, int dpi, int max_pages);
  Result<AnnotatedPdf> (*annotate)(const std::string& input, const Report& report);
};

/// bescore-docx.so: the DOCX reader.
struct DocxModule {
  std::string (*build)();
  Result<Document> (*read)(std::string_view bytes, const std::string& name, const ExtractLimits& limits);
};

/// The module, loaded on the first call; the one-line cause when it cannot be ("the PDF module ... is missing").
Result<const PdfModule*> pdf_module();
Result<const DocxModule*> docx_module();

/// Loads both modules now (a cause is kept for the first file that needs the module): for a parent about to
/// fork children that each read files, so they inherit the modules instead of each loading its own.
void preload_modules();

}  // namespace bescore

// Each module's entry point: defined in src/modules/{pdf,docx}_module.cc, looked up by name in the loaded module.
extern "C" const bescore::PdfModule* bescore_pdf_module();
extern "C" const bescore::DocxModule* bescore_docx_module();
