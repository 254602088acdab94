// The batch's pool of workers: --jobs processes forked once, before any result is kept, each scoring many
// files. The parent feeds them file indexes over a pipe and reads each result back as a frame
// (src/process/frame.h). A worker that crashes or runs out of time on a file is killed and replaced, and only
// that file gets an error. Results are handed on in input order through a small reorder window, so nothing
// grows with the number of files.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "base/result.h"

namespace bescore {

struct PoolOptions {
  int jobs = 1;              ///< Workers.
  int timeout_seconds = 10;  ///< A worker that has used this much CPU time on a file since it started it is killed.
  int cores = 0;             ///< CPUs available: with more jobs than cores, the wall-clock allowance grows (0: never).
};

/// Runs in a worker: the bytes to hand back for file `index`, or the one-line cause of failure.
using ChildWork = std::function<Result<std::string>(size_t index)>;

/// Runs in the parent once per index, in index order (0, 1, 2 ...), whatever order the workers finish in.
using ChildDone = std::function<void(size_t index, Result<std::string> outcome)>;

/// Runs work(0..count-1) in the pool and calls done for each. Failures of a worker itself become that file's
/// error: "timed out after 10s", "crashed (signal 11)", "crashed (exit status 3)".
void run_pool(size_t count, const PoolOptions& options, const ChildWork& work, const ChildDone& done);

}  // namespace bescore
