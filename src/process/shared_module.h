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

/// Where a module's libraries look up the symbols they use. kProgramFirst: in this program and its libraries, then in
/// the module's own (the usual order). kOwnFirst (RTLD_DEEPBIND): in the module's own libraries first, which spares
/// poppler a search through bescore's libraries for each of its thousands of symbols (2 M instructions, ~1 ms a PDF).
/// Sound because this program copies no library object into itself (no copy relocations: tests/cli/test_modules.py
/// checks), so a name means the same object either way. The usual order is kept under the sanitizers, whose runtime
/// refuses DEEPBIND, and when libraries are preloaded (LD_PRELOAD, /etc/ld.so.preload: a preloaded allocator would
/// serve libc's strdup while poppler freed the block with libc's own free).
enum class SymbolOrder { kProgramFirst, kOwnFirst };

/// The function named entry in the module file; the one-line cause when it cannot be had ("cannot read PDF files:
/// the module bescore-pdf.so is missing (looked in ...)"). what names the files the module reads ("PDF").
Result<ModuleEntry> find_module_entry(const char* what, const char* file, const char* entry,
                                      SymbolOrder order = SymbolOrder::kProgramFirst);

/// The module's interface, from its entry point (a function returning a struct whose first member is
/// `std::string (*build)()`); a module from another build (other struct layouts) is refused.
template <class Module>
Result<const Module*> load_module(const char* what, const char* file, const char* entry, const std::string& build,
                                  SymbolOrder order = SymbolOrder::kProgramFirst) {
  auto found = find_module_entry(what, file, entry, order);
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
                                       const std::string& build, SymbolOrder order = SymbolOrder::kProgramFirst) {
  if (linked) return linked();
  return load_module<Module>(what, file, entry, build, order);
}

}  // namespace bescore
