// Loading one of this executable's modules (bescore-pdf.so, bescore-pdfobjects.so, bescore-docx.so): found next to
// the executable, at <prefix>/lib/bescore/ when installed as <prefix>/bin/bescore or lib/bescore/ in the build
// tree, opened once and kept until the process ends. The layer that owns a module's interface (extract/reader_modules.h,
// report/pdf_writer_module.h) asks for its entry point here; src/modules/ defines the entry points.
#pragma once
#include <string>

#include "base/result.h"

namespace bescore {

/// An entry point found in a module file, and the file it was found in.
struct ModuleEntry {
  void* function = nullptr;
  std::string path;
};

/// The function named entry in the module file; the one-line cause when it cannot be had ("cannot read PDF files:
/// the module bescore-pdf.so is missing (looked in ...)"). what names the files the module reads ("PDF").
Result<ModuleEntry> find_module_entry(const char* what, const char* file, const char* entry);

/// The module's interface, from its entry point (a function returning a struct whose first member is
/// `std::string (*build)()`); a module from another build (other struct layouts) is refused.
template <class Module>
Result<const Module*> load_module(const char* what, const char* file, const char* entry, const std::string& build) {
  auto found = find_module_entry(what, file, entry);
  if (!found) return Error{found.error()};
  const Module* module = reinterpret_cast<const Module* (*)()>(found->function)();
  if (module->build() != build)
    return Error{std::string("cannot read ") + what + " files: " + found->path + " is from another bescore build (" +
                 module->build() + ", this is " + build + ")"};
  return module;
}

/// The module's interface from linked, its entry point when the module's code is linked into this program (tests,
/// fuzzers: a weak symbol, null otherwise), else loaded from its file.
template <class Module>
Result<const Module*> linked_or_loaded(const Module* (*linked)(), const char* what, const char* file, const char* entry,
                                       const std::string& build) {
  if (linked) return linked();
  return load_module<Module>(what, file, entry, build);
}

}  // namespace bescore
