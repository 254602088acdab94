#include "process/shared_module.h"

#include <dlfcn.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "process/preload.h"
#include "sanitizers.h"

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

}  // namespace

Result<ModuleEntry> find_module_entry(const char* what, const char* file, const char* entry, SymbolOrder order) {
#ifdef BESCORE_ASAN
  constexpr bool kDeepBindRefused = true;  // the sanitizer runtime refuses RTLD_DEEPBIND
#else
  constexpr bool kDeepBindRefused = false;
#endif
  int flags = RTLD_NOW | RTLD_LOCAL;
  if (order == SymbolOrder::kOwnFirst && !kDeepBindRefused && !libraries_preloaded()) flags |= RTLD_DEEPBIND;
  std::string tried;
  for (const fs::path& dir : module_dirs()) {
    fs::path path = dir / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + dir.string();
      continue;
    }
    void* handle = dlopen(path.c_str(), flags);  // the same handle each time the file is asked for
    if (!handle) return Error{std::string("cannot read ") + what + " files: " + file + " cannot be loaded (" + dlerror() + ")"};
    void* function = dlsym(handle, entry);
    if (!function) return Error{std::string("cannot read ") + what + " files: " + path.string() + " is not a bescore module"};
    return ModuleEntry{function, path.string()};
  }
  return Error{std::string("cannot read ") + what + " files: the module " + file + " is missing (looked in " +
               (tried.empty() ? std::string("no folder: /proc/self/exe unreadable") : tried) + ")"};
}

}  // namespace bescore
