#include "process/heap_pages.h"

#include <cstdint>
#include <cstdlib>

#include "process/preload.h"
#include "sanitizers.h"

#if defined(__GLIBC__) && !defined(BESCORE_ASAN)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace bescore {

#if defined(__GLIBC__) && !defined(BESCORE_ASAN)

namespace {

constexpr uintptr_t kLargePage = 2 << 20;
constexpr size_t kProbe = 256 << 10;
constexpr size_t kStep = 8 << 20;  // how far the heap grows at a time: virtual memory, no page is touched by it

void* filler = nullptr;  // kept for the process (reachable, for valgrind's leak check)

// An allocation the optimiser may not drop (malloc and free of an unused block otherwise vanish).
void* kept(size_t size) {
  void* p = std::malloc(size);
  asm volatile("" : : "r"(p) : "memory");
  return p;
}

}  // namespace

bool use_large_heap_pages() {
  // Not under valgrind (bench/compare.py counts instructions with it): its brk segment holds 8 MB, and a PDF's heap
  // with the filler and the steps would outgrow it and move to mmap, with a warning.
  if (under_valgrind()) return false;
  // Blocks come from the heap up to glibc's own ceiling for them (32 MB; it raises its threshold that far as large
  // blocks are freed, a rise this call would otherwise stop), so the filler below is on the heap too; the heap grows
  // kStep at a time.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, kStep);
  // Where the free top of the heap begins: a block larger than any free piece of the start-up heap comes from there.
  // Splitting it off wrote the rest of the top's header just past it; freed, it goes back to the top.
  void* probe = kept(kProbe);
  auto top_start = reinterpret_cast<uintptr_t>(probe);
  std::free(probe);
  // A block that is never written fills the heap up to a 2 MB boundary past that header (the filler's chunk ends where
  // the next one's header sits, 16 bytes before the boundary), so what the run allocates next starts on it.
  // Allocating it grows the heap by it and kStep, writing nothing past the boundary.
  uintptr_t boundary = (top_start + kProbe + 64 + kLargePage - 1) & ~(kLargePage - 1);
  filler = kept(boundary - top_start - 8);
  // Mark what lies past the boundary before anything there is touched (one 4 KB page touched first in a 2 MB range
  // keeps the range in 4 KB pages): the kernel maps it in 2 MB pages. Later growth is in 4 KB pages, as before.
  auto end = reinterpret_cast<uintptr_t>(sbrk(0));
  if (end < boundary + kLargePage) {
    // The top was large enough not to grow (a process that had freed much): a block of just over 2 MB grows it. Its
    // chunk starts 16 bytes before the boundary and the header after it lands at the start of the second 2 MB range
    // (which then stays in 4 KB pages), so nothing in the first is touched; freed, it goes back to the top.
    std::free(kept(kLargePage + 8));
    end = reinterpret_cast<uintptr_t>(sbrk(0));
  }
  return end >= boundary + kLargePage &&
         madvise(reinterpret_cast<void*>(boundary), end - boundary, MADV_HUGEPAGE) == 0;
}

#else

bool use_large_heap_pages() { return false; }

#endif

}  // namespace bescore
