#include "process/preload.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

using namespace bescore;
using Entries = std::vector<std::string>;

TEST_CASE("LD_PRELOAD's entries are split at colons and spaces, as the loader splits them") {
  CHECK(preload_entries(nullptr) == Entries{});
  CHECK(preload_entries("") == Entries{});
  CHECK(preload_entries("libjemalloc.so.2") == Entries{"libjemalloc.so.2"});
  CHECK(preload_entries("/a/liba.so:/b/libb.so  libc.so") == Entries{"/a/liba.so", "/b/libb.so", "libc.so"});
  CHECK(preload_entries("::a.so: :") == Entries{"a.so"});
}

TEST_CASE("valgrind's preload says the run is under valgrind; only another library counts as preloaded") {
  const char* before = std::getenv("LD_PRELOAD");
  std::string saved = before ? before : "";
  bool system_preload = [] {
    unsetenv("LD_PRELOAD");
    return libraries_preloaded();  // /etc/ld.so.preload alone
  }();
  setenv("LD_PRELOAD", "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so", 1);
  CHECK(under_valgrind());
  CHECK(libraries_preloaded() == system_preload);
  setenv("LD_PRELOAD", "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so:libjemalloc.so.2", 1);
  CHECK(under_valgrind());
  CHECK(libraries_preloaded());
  setenv("LD_PRELOAD", "libjemalloc.so.2", 1);
  CHECK_FALSE(under_valgrind());
  CHECK(libraries_preloaded());
  unsetenv("LD_PRELOAD");
  CHECK_FALSE(under_valgrind());
  if (before) setenv("LD_PRELOAD", saved.c_str(), 1);
}
