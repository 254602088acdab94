#include "process/heap_pages.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "sanitizers.h"

using namespace bescore;

#if defined(__GLIBC__) && !defined(BESCORE_ASAN)
namespace {

// Whether some mapping of this process is marked for transparent huge pages ("hg" among its VmFlags).
bool some_mapping_marked_huge() {
  std::ifstream smaps("/proc/self/smaps");
  for (std::string line; std::getline(smaps, line);)
    if (line.rfind("VmFlags:", 0) == 0 && (line + " ").find(" hg ") != std::string::npos) return true;
  return false;
}

}  // namespace
#endif

TEST_CASE("the heap past a 2 MB boundary is marked for huge pages, and allocating goes on as before") {
  bool marked = use_large_heap_pages();
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i) words.push_back("word number " + std::to_string(i) + std::string(size_t(i % 97), 'x'));
  CHECK(words[12345] == "word number 12345" + std::string(12345 % 97, 'x'));
  std::vector<char> block(3 << 20, 'a');  // under the 4 MB threshold: from the heap
  CHECK(block[(3 << 20) - 1] == 'a');
#if defined(__GLIBC__) && !defined(BESCORE_ASAN)
  // The heap grows past a 2 MB boundary (or a large top is grown further), and the kernel takes the mark wherever it
  // has transparent huge pages; in one test case's process or after every other test (ctest runs both).
  if (std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled")) {
    CHECK(marked);
    CHECK(some_mapping_marked_huge());
  }
#else
  CHECK_FALSE(marked);
#endif
}
