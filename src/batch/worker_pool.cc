#include "batch/worker_pool.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "process/child.h"
#include "process/frame.h"

namespace bescore {

namespace {

using Clock = std::chrono::steady_clock;

// How often the CPU time of busy workers is read from /proc (a worker stuck without using CPU is caught by
// its wall-clock deadline, which poll waits for exactly).
constexpr auto kCpuCheck = std::chrono::milliseconds(250);

// The worker's loop: an index (8 bytes) in, a frame out ('R' and the bytes, or 'E' and the cause), until EOF.
void worker_main(int in, int out, const ChildWork& work) {
  uint64_t index = 0;
  while (read_exact(in, &index, sizeof index)) {
    std::string message;
    try {
      auto r = work(size_t(index));
      message = r ? frame('R', *r) : frame('E', r.error());
    } catch (const std::exception& e) {
      message = frame('E', std::string("internal error: ") + e.what());
    } catch (...) {
      message = frame('E', "internal error");
    }
    if (!write_all(out, message)) return;
  }
}

struct Worker {
  Child proc;
  bool busy = false;
  size_t index = 0;
  Deadline deadline;
  FrameReader reader;
};

class Pool {
 public:
  Pool(size_t count, const PoolOptions& o, const ChildWork& work, const ChildDone& done)
      : count_(count), o_(o), work_(work), done_(done) {}

  void run() {
    size_t n = std::min(count_, size_t(std::max(1, o_.jobs)));
    workers_.resize(n);
    for (auto& w : workers_) start(w);
    // Out-of-order results wait here; no file is handed out further than this ahead of the next to deliver.
    const size_t window = 4 * n + 16;
    auto dispatch_idle = [&] {
      for (auto& w : workers_)
        if (!w.busy && next_ < count_ && next_ < delivered_ + window) dispatch(w);
    };
    while (delivered_ < count_) {
      dispatch_idle();
      if (std::none_of(workers_.begin(), workers_.end(), [](const Worker& w) { return w.busy; }) && next_ < count_ &&
          next_ < delivered_ + window) {
        finish(next_++, Error{failure_});  // no worker could be started: the files get the cause, the batch ends
      } else {
        wait();
        check_deadlines();
        dispatch_idle();  // the workers go on with the next files while the parent writes these results
      }
      deliver();
    }
    for (auto& w : workers_) close_pipes(w.proc);
    for (auto& w : workers_)
      if (w.proc.pid > 0) reap(w.proc.pid);
  }

 private:
  void start(Worker& w) {
    std::vector<int> others;
    for (const auto& x : workers_)
      if (&x != &w)
        for (int fd : {x.proc.to, x.proc.from})
          if (fd >= 0) others.push_back(fd);
    auto child = spawn([this](int in, int out) { worker_main(in, out, work_); }, others);
    w = Worker{};
    if (child) w.proc = *child;
    else failure_ = child.error();
  }

  void replace(Worker& w) {
    kill_child(w.proc);
    start(w);
  }

  // Hands file next_ to an idle worker; a worker found dead on the way is replaced once.
  void dispatch(Worker& w) {
    uint64_t index = next_;
    std::string bytes(reinterpret_cast<const char*>(&index), sizeof index);
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (w.proc.pid > 0 && write_all(w.proc.to, bytes)) {
        w.busy = true;
        w.index = next_++;
        w.deadline = Deadline(w.proc.pid, o_.timeout_seconds, allowance());
        return;
      }
      replace(w);
    }
  }

  void wait() {
    std::vector<pollfd> fds;
    std::vector<Worker*> of;
    auto soonest = Clock::now() + kCpuCheck;
    for (auto& w : workers_)
      if (w.busy) {
        fds.push_back({w.proc.from, POLLIN, 0});
        of.push_back(&w);
        soonest = std::min(soonest, w.deadline.wall());
      }
    if (fds.empty()) return;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - Clock::now()).count() + 1;
    if (poll(fds.data(), fds.size(), int(std::clamp<long long>(ms, 0, kCpuCheck.count()))) <= 0) return;
    for (size_t i = 0; i < fds.size(); ++i)
      if (fds[i].revents) receive(*of[i]);
  }

  void receive(Worker& w) {
    char buf[65536];
    ssize_t n = read(w.proc.from, buf, sizeof buf);
    if (n < 0 && errno == EINTR) return;
    if (n > 0) {
      w.reader.feed(buf, size_t(n));
      if (auto f = w.reader.next()) {
        w.busy = false;
        w.reader.clear();
        finish(w.index, f->kind == 'R' ? Result<std::string>(std::move(f->body)) : Error{std::move(f->body)});
      }
      return;
    }
    // EOF or an error: the worker is gone; its file gets the cause.
    close_pipes(w.proc);
    int status = 0;
    reap(w.proc.pid, &status);
    w.proc.pid = -1;
    if (w.busy) finish(w.index, cause_of_death(status));
    start(w);
  }

  void check_deadlines() {
    auto now = Clock::now();
    bool cpu_due = now - last_cpu_check_ >= kCpuCheck;
    for (auto& w : workers_) {
      if (!w.busy) continue;
      if (now < w.deadline.wall() && !cpu_due) continue;
      if (!w.deadline.passed(now)) continue;
      size_t index = w.index;
      replace(w);
      finish(index, Error{"timed out after " + std::to_string(o_.timeout_seconds) + "s"});
    }
    if (cpu_due) last_cpu_check_ = now;
  }

  void finish(size_t index, Result<std::string> outcome) { waiting_.emplace(index, std::move(outcome)); }

  void deliver() {
    for (auto it = waiting_.find(delivered_); it != waiting_.end(); it = waiting_.find(delivered_)) {
      auto outcome = std::move(it->second);
      waiting_.erase(it);
      done_(delivered_++, std::move(outcome));
    }
  }

  // Wall-clock time a file may take: the limit is CPU time; this fallback only catches a worker blocked without
  // using CPU (a FIFO). It is the limit stretched by how many workers share each core (--jobs above the core
  // count), and at least three times the limit, so that a worker starved by other programs on a busy machine is
  // not timed out for waiting its turn: the same file scores the same on a loaded machine.
  std::chrono::milliseconds allowance() const {
    int jobs = std::max(1, int(workers_.size()));
    int share = o_.cores > 0 ? std::max(1, (jobs + o_.cores - 1) / o_.cores) : 1;
    return std::chrono::milliseconds(1000LL * o_.timeout_seconds * std::max(3, share));
  }

  size_t count_;
  const PoolOptions& o_;
  const ChildWork& work_;
  const ChildDone& done_;
  std::vector<Worker> workers_;
  std::map<size_t, Result<std::string>> waiting_;
  size_t next_ = 0, delivered_ = 0;
  std::string failure_ = "could not start a worker";
  Clock::time_point last_cpu_check_ = Clock::now();
};

}  // namespace

void run_pool(size_t count, const PoolOptions& options, const ChildWork& work, const ChildDone& done) {
  // A worker that died is found by a failed write to its pipe: that must be an error, not a SIGPIPE.
  struct sigaction ignore {}, old{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  Pool(count, options, work, done).run();
  sigaction(SIGPIPE, &old, nullptr);
}

}  // namespace bescore
