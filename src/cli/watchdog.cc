#include "cli/watchdog.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <new>
#include <ostream>
#include <sstream>

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

void write_all(int fd, const std::string& bytes) {
  for (size_t done = 0; done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += size_t(n);
  }
}

// The child: runs the whole run into buffers and hands back "R<code> <out size>\n<out><err>", or "X<what>" when
// it threw; leaves with _exit (no destructors of the parent's objects, no flushing of inherited buffers).
[[noreturn]] void child_main(int fd, WatchState* state, const std::map<size_t, std::string>& failed,
                             const WatchedRun& run) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);  // no orphan when the parent is killed
  std::ostringstream out, err;
  std::string message;
  try {
    int code = run(Watch(state, &failed), out, err);
    std::string o = out.str();
    message = "R" + std::to_string(code) + " " + std::to_string(o.size()) + "\n" + o + err.str();
  } catch (const std::exception& e) {
    message = std::string("X") + e.what();
  } catch (...) {
    message = "Xunknown exception";
  }
  write_all(fd, message);
  close(fd);
  BESCORE_LEAK_CHECK();  // sanitizer builds: a leak fails the run as it would without the fork
  _exit(0);
}

struct Ended {
  int status = 0;
  std::string data;
  long timed_out = -1;  ///< The input that ran out of time, or -1.
};

// Reads the child's bytes until it ends, or kills it when the input it is reading runs past the limit.
Ended watch_child(pid_t pid, int fd, WatchState* state, int timeout_seconds) {
  Ended e;
  unsigned seen = state->started;
  auto since = Clock::now();
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    int ready = poll(&p, 1, 100);
    if (ready > 0) {
      char buf[65536];
      ssize_t n = read(fd, buf, sizeof buf);
      if (n > 0) e.data.append(buf, size_t(n));
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
      kill(pid, SIGKILL);
      e.timed_out = current;
      break;
    }
  }
  while (waitpid(pid, &e.status, 0) < 0 && errno == EINTR) {}
  return e;
}

// "R<code> <out size>\n<out><err>" → the exit code, with out and err written; false when it is not that.
bool deliver(const std::string& data, std::ostream& out, std::ostream& err, int& code) {
  size_t nl = data.find('\n');
  if (data.empty() || data[0] != 'R' || nl == std::string::npos) return false;
  std::istringstream head(data.substr(1, nl - 1));
  size_t out_size = 0;
  if (!(head >> code >> out_size) || out_size > data.size() - nl - 1) return false;
  out << data.substr(nl + 1, out_size);
  err << data.substr(nl + 1 + out_size);
  return true;
}

std::string crash_cause(const Ended& e) {
  if (!e.data.empty() && e.data[0] == 'X') return "internal error: " + e.data.substr(1);
  if (WIFSIGNALED(e.status)) return "crashed (signal " + std::to_string(WTERMSIG(e.status)) + ")";
  if (WIFEXITED(e.status) && WEXITSTATUS(e.status) != 0)
    return "crashed (exit status " + std::to_string(WEXITSTATUS(e.status)) + ")";
  return "crashed (no output)";
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
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return run(Watch(nullptr, &failed), out, err);
    pid_t pid = fork();
    if (pid < 0) {
      close(fds[0]);
      close(fds[1]);
      return run(Watch(nullptr, &failed), out, err);
    }
    if (pid == 0) {
      close(fds[0]);
      child_main(fds[1], state, failed, run);
    }
    close(fds[1]);
    Ended e = watch_child(pid, fds[0], state, timeout_seconds);
    close(fds[0]);
    if (e.timed_out >= 0) {
      failed[size_t(e.timed_out)] =
          "timed out after " + std::to_string(timeout_seconds) + "s (raise the limit with --timeout)";
      continue;
    }
    int code = 0;
    if (WIFEXITED(e.status) && WEXITSTATUS(e.status) == 0 && deliver(e.data, out, err, code)) return code;
    long current = state->current;
    if (current < 0 || failed.count(size_t(current))) {  // not while reading an input: nothing to leave out
      err << "bescore: " << crash_cause(e) << "\n";
      return 2;
    }
    failed[size_t(current)] = crash_cause(e);
  }
}

}  // namespace bescore
