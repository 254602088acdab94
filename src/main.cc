// bescore: scores a resume for backend engineering roles. All logic lives behind run_cli.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/app.h"
#include "process/heap_pages.h"
#include "sanitizers.h"

int main(int argc, char** argv) {
  bescore::use_large_heap_pages();  // before anything is allocated on the heap that grows
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
