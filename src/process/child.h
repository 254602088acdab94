// A forked child process with a pipe each way, and what the parent needs to watch it: its CPU time, a
// deadline, and why it died. Used by the batch's worker pool (src/batch/worker_pool.h) and the --timeout watchdog.
#pragma once
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "base/result.h"

namespace bescore {

/// A running child: the parent writes to `to`, reads from `from`.
struct Child {
  pid_t pid = -1;
  int to = -1;
  int from = -1;
};

/// Runs body(in, out) in a forked child and ends the child with _exit(0) after it (no destructors, no flushing
/// of the parent's buffered streams). The child dies with the parent (PR_SET_PDEATHSIG), has the default action
/// for crash signals, and closes close_in_child first (the pipes of its siblings, so their ends see EOF).
Result<Child> spawn(const std::function<void(int in, int out)>& body, const std::vector<int>& close_in_child);

/// Closes the parent's ends; the child reads EOF and ends.
void close_pipes(Child& child);

/// Kills (SIGKILL) and reaps the child, closing the parent's ends.
void kill_child(Child& child);

/// Waits for pid to end (retrying on EINTR); its wait status in *status when given.
void reap(pid_t pid, int* status = nullptr);

/// Writes all of bytes (retrying on EINTR); false when the other end is gone.
bool write_all(int fd, const std::string& bytes);

/// Reads exactly size bytes; false at EOF or on an error before that.
bool read_exact(int fd, void* data, size_t size);

/// CPU seconds (user + system) pid has used so far, from /proc; -1 when it cannot be read.
double cpu_seconds(pid_t pid);

/// Why a child ended without its message: "crashed (signal 11)", "crashed (exit status 3)", "crashed (no output)".
Error cause_of_death(int status);

/// When work a child started is out of time: it has used cpu_limit seconds of CPU since it started, or (stuck
/// without using CPU, reading a FIFO say) its wall-clock allowance has passed.
class Deadline {
 public:
  using Clock = std::chrono::steady_clock;
  Deadline() = default;
  /// Starts the clock for pid now.
  Deadline(pid_t pid, int cpu_limit_seconds, std::chrono::milliseconds wall_allowance);
  Clock::time_point wall() const { return wall_; }
  /// Whether the time is up (reads /proc for the CPU time unless the wall clock has already passed).
  bool passed(Clock::time_point now) const;

 private:
  pid_t pid_ = -1;
  int cpu_limit_ = 0;
  double cpu_start_ = 0;
  Clock::time_point wall_;
};

}  // namespace bescore
