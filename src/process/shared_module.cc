#include "process/shared_module.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

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

// Whether libraries are preloaded into this process (LD_PRELOAD, /etc/ld.so.preload), valgrind's own aside (it
// redirects calls without ELF interposition). A preloaded allocator serves libc's own calls (strdup) while a module
// opened with its own symbols first would hand those blocks to libc's free(): such a run keeps the usual order.
bool libraries_preloaded() {
  if (const char* preload = std::getenv("LD_PRELOAD")) {
    std::string list(preload);
    for (size_t at = 0; at < list.size();) {
      size_t end = std::min(list.find_first_of(": ", at), list.size());
      if (end > at && list.substr(at, end - at).find("vgpreload") == std::string::npos) return true;
      at = end + 1;
    }
  }
  std::error_code ec;
  auto size = fs::file_size("/etc/ld.so.preload", ec);
  return !ec && size > 0;
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
