#include "process/watchdog.h"

#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <new>
#include <ostream>
#include <sstream>

#include "process/child.h"
#include "process/frame.h"
#include "sanitizers.h"
#ifdef BESCORE_ASAN
#include <sanitizer/lsan_interface.h>
#define BESCORE_LEAK_CHECK() __lsan_do_leak_check()
#else
#define BESCORE_LEAK_CHECK() ((void)0)
#endif

namespace bescore {

/// Shared by the parent and its child (an anonymous shared mapping): which input the child is reading.
struct WatchState {
  std::atomic<unsigned> started{0};  ///< Inputs started so far: a change restarts the clock.
  std::atomic<long> current{-1};     ///< The input being read, -1 between inputs.
};

std::string Watch::start(size_t index) const {
  if (state_) {
    state_->current = long(index);
    ++state_->started;
  }
  if (!failed_) return "";
  auto it = failed_->find(index);
  return it == failed_->end() ? "" : it->second;
}

void Watch::stop() const {
  if (state_) state_->current = -1;
}

namespace {

using Clock = std::chrono::steady_clock;

// The child: runs the whole run into buffers and hands back frames R (the exit code), O (its output) and E (its
// errors), or X (what it threw); spawn ends it with _exit (no destructors of the parent's objects, no flushing).
void child_main(int fd, WatchState* state, const std::map<size_t, std::string>& failed, const WatchedRun& run) {
  std::ostringstream out, err;
  std::string message;
  try {
    int code = run(Watch(state, &failed), out, err);
    message = frame('R', std::to_string(code)) + frame('O', out.str()) + frame('E', err.str());
  } catch (const std::exception& e) {
    message = frame('X', e.what());
  } catch (...) {
    message = frame('X', "unknown exception");
  }
  (void)write_all(fd, message);
  close(fd);
  BESCORE_LEAK_CHECK();  // sanitizer builds: a leak fails the run as it would without the fork
}

struct Ended {
  int status = 0;
  FrameReader frames;
  long timed_out = -1;  ///< The input that ran out of time, or -1.
};

// Reads the child's frames until it ends, or kills it when the input it is reading runs past the limit.
Ended watch_child(Child& child, WatchState* state, int timeout_seconds) {
  Ended e;
  unsigned seen = state->started;
  auto since = Clock::now();
  for (;;) {
    pollfd p{child.from, POLLIN, 0};
    int ready = poll(&p, 1, 100);
    if (ready > 0) {
      char buf[65536];
      ssize_t n = read(child.from, buf, sizeof buf);
      if (n > 0) e.frames.feed(buf, size_t(n));
      else if (n == 0 || errno != EINTR) break;
    }
    unsigned before = state->started;
    long current = state->current;
    if (state->started != before) continue;  // a new input began while we looked
    if (before != seen) {
      seen = before;
      since = Clock::now();
    }
    if (current >= 0 && Clock::now() - since > std::chrono::seconds(timeout_seconds)) {
      kill(child.pid, SIGKILL);
      e.timed_out = current;
      break;
    }
  }
  close_pipes(child);
  reap(child.pid, &e.status);
  return e;
}

// Frames R, O and E → the exit code, with out and err written; or the cause the run has no result (X: it threw,
// else how the child died).
Result<int> deliver(Ended& e, std::ostream& out, std::ostream& err) {
  std::map<char, std::string> got;
  while (auto f = e.frames.next()) got[f->kind] = std::move(f->body);
  if (got.count('X')) return Error{"internal error: " + got['X']};
  bool clean = WIFEXITED(e.status) && WEXITSTATUS(e.status) == 0;
  if (!clean || !got.count('R') || !got.count('O') || !got.count('E')) return cause_of_death(e.status);
  out << got['O'];
  err << got['E'];
  return std::atoi(got['R'].c_str());
}

}  // namespace

int run_watched(int timeout_seconds, const WatchedRun& run, std::ostream& out, std::ostream& err) {
  std::map<size_t, std::string> failed;
  void* memory = timeout_seconds > 0 ? mmap(nullptr, sizeof(WatchState), PROT_READ | PROT_WRITE,
                                            MAP_SHARED | MAP_ANONYMOUS, -1, 0)
                                     : MAP_FAILED;
  if (memory == MAP_FAILED) return run(Watch(nullptr, nullptr), out, err);  // no limit, or no way to keep one
  auto* state = new (memory) WatchState;
  struct Unmap {
    void* m;
    ~Unmap() { munmap(m, sizeof(WatchState)); }
  } unmap{memory};
  out.flush();
  err.flush();
  // Each round ends with the output, or with one more input that timed out or crashed: at most inputs + 1 rounds.
  for (;;) {
    state->started = 0;
    state->current = -1;
    auto child = spawn([&](int, int to_parent) { child_main(to_parent, state, failed, run); }, {});
    if (!child) return run(Watch(nullptr, &failed), out, err);  // no fork: no limit either
    Ended e = watch_child(*child, state, timeout_seconds);
    if (e.timed_out >= 0) {
      failed[size_t(e.timed_out)] =
          "timed out after " + std::to_string(timeout_seconds) + "s (raise the limit with --timeout)";
      continue;
    }
    auto code = deliver(e, out, err);
    if (code) return *code;
    long current = state->current;
    if (current < 0 || failed.count(size_t(current))) {  // not while reading an input: nothing to leave out
      err << "bescore: " << code.error() << "\n";
      return 2;
    }
    failed[size_t(current)] = code.error();
  }
}

}  // namespace bescore
