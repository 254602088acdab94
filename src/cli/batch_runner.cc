#include "cli/batch_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <vector>

namespace bescore {

namespace {

using Clock = std::chrono::steady_clock;

struct Child {
  pid_t pid = -1;
  int fd = -1;
  size_t index = 0;
  Clock::time_point deadline;
  std::string data;
  bool started = false;  ///< The child has sent kStarted: it is reading its file, the clock runs from then.
};

// Sent by a child before it starts on its file, so its time is counted from there, not from fork.
constexpr char kStarted = 'S';

// CPU seconds (user + system) a child has used so far, from /proc; -1 when it cannot be read.
double cpu_seconds(pid_t pid) {
  std::string path = "/proc/" + std::to_string(pid) + "/stat";
  FILE* f = std::fopen(path.c_str(), "r");
  if (!f) return -1;
  char buf[1024];
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  buf[n] = 0;
  const char* p = std::strrchr(buf, ')');  // the command name may hold spaces: fields start after ')'
  if (!p) return -1;
  unsigned long utime = 0, stime = 0;
  // Fields 3.. after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  if (std::sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2) return -1;
  return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

void write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += size_t(n);
  }
}

// A child's message: 'R' (report) or 'E' (error), the body's length in 16 hex digits, the body. The length
// tells a complete message from one cut short by a crash, so a complete one is used at once, without waiting
// for the child to finish exiting.
constexpr size_t kHeader = 17;

std::string frame(char kind, const std::string& body) {
  char header[kHeader + 1];
  std::snprintf(header, sizeof header, "%c%016zx", kind, body.size());
  return header + body;
}

bool complete(const std::string& data) {
  return data.size() >= kHeader && data.size() - kHeader == std::strtoull(data.substr(1, 16).c_str(), nullptr, 16);
}

// The child: runs the work, writes its message, and leaves without running the parent's destructors or
// flushing its buffered streams (_exit).
[[noreturn]] void child_main(int fd, size_t index, const ChildWork& work) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);  // no orphans when the parent is killed
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM, SIGPIPE}) signal(sig, SIG_DFL);  // a crash is a crash
  write_all(fd, std::string(1, kStarted));
  std::string message;
  try {
    auto r = work(index);
    message = r ? frame('R', *r) : frame('E', r.error());
  } catch (const std::exception& e) {
    message = frame('E', std::string("internal error: ") + e.what());
  } catch (...) {
    message = frame('E', "internal error");
  }
  write_all(fd, message);
  _exit(0);
}

Result<std::string> decode(const std::string& data) {
  if (data[0] == 'R') return data.substr(kHeader);
  return Error{data.substr(kHeader)};
}

// Why a child ended without a complete message.
Error cause_of_death(int status) {
  if (WIFSIGNALED(status)) return Error{"crashed (signal " + std::to_string(WTERMSIG(status)) + ")"};
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
    return Error{"crashed (exit status " + std::to_string(WEXITSTATUS(status)) + ")"};
  return Error{"crashed (no output)"};
}

void reap(pid_t pid, int* status = nullptr) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {}
}

class Pool {
 public:
  Pool(const PoolOptions& o, const ChildWork& work, const ChildDone& done) : o_(o), work_(work), done_(done) {}

  void run(size_t count) {
    size_t next = 0;
    while (next < count || !running_.empty()) {
      while (int(running_.size()) < std::max(1, o_.jobs) && next < count) {
        if (!spawn(next)) {
          if (!running_.empty()) break;  // out of processes: wait for one to end and try again
          done_(next, Error{std::string("could not start a worker: ") + std::strerror(errno)});
        }
        ++next;
      }
      wait_some();
      kill_overdue();
      reap_exited(false);
    }
    reap_exited(true);
  }

 private:
  bool spawn(size_t index) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    pid_t pid = fork();
    if (pid < 0) {
      int saved = errno;
      close(fds[0]);
      close(fds[1]);
      errno = saved;
      return false;
    }
    if (pid == 0) {
      close(fds[0]);
      for (const auto& c : running_) close(c.fd);
      child_main(fds[1], index, work_);
    }
    close(fds[1]);
    running_.push_back({pid, fds[0], index, Clock::now() + allowance(), {}, false});
    return true;
  }

  void wait_some() {
    if (running_.empty()) return;
    std::vector<pollfd> fds;
    for (const auto& c : running_) fds.push_back({c.fd, POLLIN, 0});
    auto now = Clock::now();
    auto soonest = running_.front().deadline;
    for (const auto& c : running_) soonest = std::min(soonest, c.deadline);
    // At least four times a second, to check the CPU time children have used.
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - now).count() + 1;
    if (poll(fds.data(), fds.size(), int(std::clamp<long long>(ms, 0, 250))) <= 0) return;
    std::vector<size_t> ended;
    for (size_t i = 0; i < fds.size(); ++i) {
      if (!fds[i].revents) continue;
      char buf[65536];
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      Child& c = running_[i];
      if (n > 0 && !c.started) {  // the first byte says the child has begun its file: the clock starts now
        c.started = true;
        c.deadline = Clock::now() + allowance();
        c.data.append(buf + 1, size_t(n - 1));
      } else if (n > 0) c.data.append(buf, size_t(n));
      else if (n == 0 || errno != EINTR) ended.push_back(i);
    }
    for (auto it = ended.rbegin(); it != ended.rend(); ++it) {
      Child c = take(*it);
      if (complete(c.data)) {
        exiting_.push_back(c.pid);  // reaped later: waiting here would stall the others on its exit
        done_(c.index, decode(c.data));
      } else {
        int status = 0;
        reap(c.pid, &status);
        done_(c.index, cause_of_death(status));
      }
    }
  }

  // Children that have sent their message and are exiting; all = the batch is over, wait for each.
  void reap_exited(bool all) {
    for (size_t i = exiting_.size(); i-- > 0;) {
      if (all) reap(exiting_[i]);
      else if (waitpid(exiting_[i], nullptr, WNOHANG) == 0) continue;
      exiting_.erase(exiting_.begin() + long(i));
    }
  }

  // Wall-clock time a child may take: the limit, stretched by how many children share each core (--jobs above
  // the core count), so that a child is not timed out for waiting its turn on a CPU.
  std::chrono::milliseconds allowance() const {
    int share = o_.cores > 0 ? std::max(1, (std::max(1, o_.jobs) + o_.cores - 1) / o_.cores) : 1;
    return std::chrono::milliseconds(1000LL * o_.timeout_seconds * share);
  }

  // A child is out of time when it has used the limit in CPU time, or (stuck without using CPU, on a FIFO say)
  // when its wall-clock allowance has passed.
  void kill_overdue() {
    auto now = Clock::now();
    for (size_t i = running_.size(); i-- > 0;) {
      bool cpu_spent = running_[i].started && cpu_seconds(running_[i].pid) >= o_.timeout_seconds;
      if (running_[i].deadline > now && !cpu_spent) continue;
      Child c = take(i);
      kill(c.pid, SIGKILL);
      reap(c.pid);
      done_(c.index, Error{"timed out after " + std::to_string(o_.timeout_seconds) + "s"});
    }
  }

  Child take(size_t i) {
    Child c = std::move(running_[i]);
    running_.erase(running_.begin() + long(i));
    close(c.fd);
    return c;
  }

  const PoolOptions& o_;
  const ChildWork& work_;
  const ChildDone& done_;
  std::vector<Child> running_;
  std::vector<pid_t> exiting_;
};

}  // namespace

void run_isolated(size_t count, const PoolOptions& options, const ChildWork& work, const ChildDone& done) {
  Pool(options, work, done).run(count);
}

}  // namespace bescore
