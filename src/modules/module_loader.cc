#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "modules/optional_modules.h"

// Defined when a module's code is linked into this program (tests, fuzzers); null otherwise, and then loaded.
#pragma weak bescore_pdf_module
#pragma weak bescore_docx_module

namespace bescore {

namespace {

namespace fs = std::filesystem;

// Where the modules of this executable are: <prefix>/lib/bescore beside <prefix>/bin, or lib/bescore in the build
// tree beside the executable. Both are tried, in that order.
std::vector<fs::path> module_dirs() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  fs::path dir = exe.parent_path();
  return {dir.parent_path() / "lib" / "bescore", dir / "lib" / "bescore"};
}

// The module's entry point, or the one-line cause it could not be had. Loaded once; kept until the process ends.
template <class Module>
Result<const Module*> load(const char* what, const char* file, const char* entry) {
  std::string tried;
  for (const fs::path& dir : module_dirs()) {
    fs::path path = dir / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + dir.string();
      continue;
    }
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return Error{std::string("cannot read ") + what + " files: " + file + " cannot be loaded (" + dlerror() + ")"};
    auto get = reinterpret_cast<const Module* (*)()>(dlsym(handle, entry));
    if (!get) return Error{std::string("cannot read ") + what + " files: " + path.string() + " is not a bescore module"};
    const Module* module = get();
    if (module->build() != module_build())
      return Error{std::string("cannot read ") + what + " files: " + path.string() + " is from another bescore build (" +
                   module->build() + ", this is " + module_build() + ")"};
    return module;
  }
  return Error{std::string("cannot read ") + what + " files: the module " + file + " is missing (looked in " +
               (tried.empty() ? std::string("no folder: /proc/self/exe unreadable") : tried) + ")"};
}

}  // namespace

Result<const PdfModule*> pdf_module() {
  static const Result<const PdfModule*> module =
      bescore_pdf_module ? Result<const PdfModule*>(bescore_pdf_module())
                         : load<PdfModule>("PDF", "bescore-pdf.so", "bescore_pdf_module");
  return module;
}

Result<const DocxModule*> docx_module() {
  static const Result<const DocxModule*> module =
      bescore_docx_module ? Result<const DocxModule*>(bescore_docx_module())
                          : load<DocxModule>("DOCX", "bescore-docx.so", "bescore_docx_module");
  return module;
}

void preload_modules() {
  // Loaded now for what comes next (a sandbox, a fork); a module that fails is reported when a file needs it.
  (void)pdf_module();
  (void)docx_module();
}

}  // namespace bescore
