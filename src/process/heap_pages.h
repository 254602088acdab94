// The heap in 2 MB pages: a run touches about 2 MB of fresh heap, and the kernel maps it one 4 KB page at a time,
// one page fault each (about 450 for a text resume, 5-15% of a run's time on this project's machines).
#pragma once

namespace bescore {

/// Grows the heap in large steps from a 2 MB boundary and asks the kernel for transparent huge pages there
/// (MADV_HUGEPAGE), as glibc's own tunable glibc.malloc.hugetlb=1 with a top pad would, but from inside the process.
/// Call first thing in main (not for `bescore batch`: main.cc says why). Changes no result: without glibc, under ASan, or when the kernel says no, the heap stays
/// in 4 KB pages. Whether a part of the heap was marked.
bool use_large_heap_pages();

}  // namespace bescore
