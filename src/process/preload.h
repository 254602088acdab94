// What the dynamic loader preloads into this process: LD_PRELOAD's entries and /etc/ld.so.preload. The heap set-up
// (heap_pages.h) stands aside under valgrind, and a module is opened with its own symbols first only when nothing
// else is preloaded (shared_module.h).
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// The entries of an LD_PRELOAD value, split where the loader splits them (colons and spaces); empty ones dropped.
std::vector<std::string> preload_entries(const char* value);

/// Whether one of LD_PRELOAD's entries is valgrind's (vgpreload_*.so): the run is under valgrind.
bool under_valgrind();

/// Whether a library other than valgrind's is preloaded (LD_PRELOAD, or a non-empty /etc/ld.so.preload). Valgrind's
/// does not count: it redirects calls without ELF interposition.
bool libraries_preloaded();

}  // namespace bescore
