// bescore: scores a resume for backend engineering roles. All logic lives behind run_cli.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "cli/app.h"
#include "process/heap_pages.h"
#include "sanitizers.h"

namespace {

// Whether this run is a batch (`bescore [options] batch ...`): its parent holds a little for each file, and in 2 MB
// pages that little would show as a step of 2 MB somewhere between 60 and 600 files; its workers touch their heap
// once and score many files with it, so the faults huge pages save are few. A file named "batch" only loses them.
bool batch_run(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "batch") return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (!batch_run(argc, argv)) bescore::use_large_heap_pages();  // before anything is allocated on the heap that grows
  int code = bescore::run_cli(argc, argv, std::cout, std::cerr);
#ifndef BESCORE_ASAN
  // The kernel takes the process's memory back at once: tearing down the rule set's compiled patterns and the
  // static ones first would only cost time (docs/benchmarks.md). Sanitizer builds exit normally, for the leak check.
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
#endif
  return code;
}
