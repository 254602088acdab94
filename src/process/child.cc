#include "process/child.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace bescore {

Result<Child> spawn(const std::function<void(int in, int out)>& body, const std::vector<int>& close_in_child) {
  int down[2], up[2];
  if (pipe2(down, O_CLOEXEC) != 0) return Error{std::string("could not start a worker: ") + std::strerror(errno)};
  if (pipe2(up, O_CLOEXEC) != 0) {
    int saved = errno;
    close(down[0]);
    close(down[1]);
    return Error{std::string("could not start a worker: ") + std::strerror(saved)};
  }
  pid_t pid = fork();
  if (pid < 0) {
    int saved = errno;
    for (int fd : {down[0], down[1], up[0], up[1]}) close(fd);
    return Error{std::string("could not start a worker: ") + std::strerror(saved)};
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // no orphans when the parent is killed
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM, SIGPIPE}) signal(sig, SIG_DFL);  // a crash is a crash
    close(down[1]);
    close(up[0]);
    for (int fd : close_in_child) close(fd);
    body(down[0], up[1]);
    _exit(0);
  }
  close(down[0]);
  close(up[1]);
  return Child{pid, down[1], up[0]};
}

void close_pipes(Child& c) {
  for (int* fd : {&c.to, &c.from})
    if (*fd >= 0) {
      close(*fd);
      *fd = -1;
    }
}

void kill_child(Child& c) {
  close_pipes(c);
  if (c.pid > 0) {
    kill(c.pid, SIGKILL);
    reap(c.pid);
  }
  c.pid = -1;
}

void reap(pid_t pid, int* status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {}
}

bool write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += size_t(n);
  }
  return true;
}

bool read_exact(int fd, void* data, size_t size) {
  auto* p = static_cast<char*>(data);
  while (size > 0) {
    ssize_t n = read(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= size_t(n);
  }
  return true;
}

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

Error cause_of_death(int status) {
  if (WIFSIGNALED(status)) return Error{"crashed (signal " + std::to_string(WTERMSIG(status)) + ")"};
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
    return Error{"crashed (exit status " + std::to_string(WEXITSTATUS(status)) + ")"};
  return Error{"crashed (no output)"};
}

Deadline::Deadline(pid_t pid, int cpu_limit_seconds, std::chrono::milliseconds wall_allowance)
    : pid_(pid), cpu_limit_(cpu_limit_seconds), cpu_start_(cpu_seconds(pid)), wall_(Clock::now() + wall_allowance) {}

bool Deadline::passed(Clock::time_point now) const {
  if (now >= wall_) return true;
  double used = cpu_seconds(pid_);
  return used >= 0 && cpu_start_ >= 0 && used - cpu_start_ >= cpu_limit_;
}

}  // namespace bescore
