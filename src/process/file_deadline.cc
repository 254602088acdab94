#include "process/file_deadline.h"

#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/output_guard.h"
#include "sanitizers.h"


namespace bescore {

namespace {

// Everything the handlers use is prepared before the clock starts: they only call write and _exit.
char timed_out_line[4096];
size_t timed_out_size = 0;
char crashed_prefix[4096];  // "bescore: FILE: crashed (signal "
size_t crashed_prefix_size = 0;
volatile sig_atomic_t armed = 0;

// The signals a crash raises. AddressSanitizer reports a bad access itself (its own handlers), so those builds
// leave the access signals to it and catch only an abort.
#ifdef BESCORE_ASAN
constexpr int kCrashSignals[] = {SIGABRT};
#else
constexpr int kCrashSignals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
#endif
struct sigaction saved_alarm, saved_crash[sizeof kCrashSignals / sizeof kCrashSignals[0]];

void write_all(const char* bytes, size_t size) {
  while (size > 0) {
    ssize_t n = write(STDERR_FILENO, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes += n;
    size -= size_t(n);
  }
}

void on_alarm(int) {
  write_all(timed_out_line, timed_out_size);
  _exit(2);
}

void on_crash(int signal) {
  char line[sizeof crashed_prefix + 16];
  std::memcpy(line, crashed_prefix, crashed_prefix_size);
  size_t n = crashed_prefix_size;
  char digits[8];
  size_t d = 0;
  for (unsigned s = unsigned(signal); d == 0 || s; s /= 10) digits[d++] = char('0' + s % 10);
  while (d) line[n++] = digits[--d];
  line[n++] = ')';
  line[n++] = '\n';
  write_all(line, n);
  _exit(2);
}

// Copies text into buffer, cut at its size (a file name of thousands of bytes still leaves a readable line).
size_t prepare(char* buffer, size_t capacity, const std::string& text) {
  size_t n = std::min(text.size(), capacity);
  std::memcpy(buffer, text.data(), n);
  return n;
}

}  // namespace

FileDeadline::FileDeadline(const std::string& file, int seconds) {
  std::string named = "bescore: " + terminal_safe(file) + ": ";
  timed_out_size = prepare(timed_out_line, sizeof timed_out_line,
                           named + "timed out after " + std::to_string(seconds) + "s (raise the limit with --timeout)\n");
  crashed_prefix_size = prepare(crashed_prefix, sizeof crashed_prefix - 16, named + "crashed (signal ");
  struct sigaction act {};
  sigemptyset(&act.sa_mask);
  act.sa_handler = on_crash;
  act.sa_flags = SA_RESETHAND | SA_NODEFER;  // a crash inside the handler ends the process with that signal
  for (size_t i = 0; i < sizeof kCrashSignals / sizeof kCrashSignals[0]; ++i)
    sigaction(kCrashSignals[i], &act, &saved_crash[i]);
  act.sa_handler = on_alarm;
  act.sa_flags = 0;
  sigaction(SIGALRM, &act, &saved_alarm);
  itimerval limit{};
  limit.it_value.tv_sec = seconds;
  armed = 1;
  setitimer(ITIMER_REAL, &limit, nullptr);
}

void FileDeadline::file_read() {
  if (!armed) return;
  itimerval off{};
  setitimer(ITIMER_REAL, &off, nullptr);
  armed = 0;
}

FileDeadline::~FileDeadline() {
  file_read();
  sigaction(SIGALRM, &saved_alarm, nullptr);
  for (size_t i = 0; i < sizeof kCrashSignals / sizeof kCrashSignals[0]; ++i)
    sigaction(kCrashSignals[i], &saved_crash[i], nullptr);
}

}  // namespace bescore
