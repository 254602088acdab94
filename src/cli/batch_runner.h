// A pool of forked children: each work item runs in its own process, N at a time, so a file that makes a
// library hang or crash costs that item only (killed after a timeout, reported as a one-line error).
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "error.h"

namespace bescore {

struct PoolOptions {
  int jobs = 1;             ///< Children in flight at once.
  int timeout_seconds = 10; ///< A child that has used this much CPU time on its file is killed with SIGKILL.
  int cores = 0;            ///< CPUs available: with more jobs than cores, the wall-clock allowance grows (0: never).
};

/// Runs in the child: the bytes to hand back, or the one-line cause of failure.
using ChildWork = std::function<Result<std::string>(size_t index)>;

/// Runs in the parent as each item ends (in completion order, not index order).
using ChildDone = std::function<void(size_t index, Result<std::string> outcome)>;

/// Runs work(0..count-1), each in a forked child, and calls done once per index. Failures of the child
/// itself become errors: "timed out after 10s", "crashed (signal 11)", "crashed (exit status 3)".
void run_isolated(size_t count, const PoolOptions& options, const ChildWork& work, const ChildDone& done);

}  // namespace bescore
