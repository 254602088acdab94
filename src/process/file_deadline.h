// The time limit of `bescore FILE` with one file: a timer in the process instead of the watchdog's fork
// (src/process/watchdog.h), which is only worth its cost when other files' results are to be saved. The timer runs
// from before the rule set loads until the file is read; when it fires, its signal handler writes the one-line
// error the watchdog would give ("bescore: FILE: timed out after 10s (raise the limit with --timeout)") and the
// process exits 2, however stuck the reader is. A crash while it is armed is reported the same way ("crashed
// (signal 11)"), and so is one after it stopped: the run has no other file to lose.
#pragma once
#include <string>

namespace bescore {

class FileDeadline {
 public:
  /// Starts the clock for file: seconds > 0. Only one deadline is armed at a time in a process.
  FileDeadline(const std::string& file, int seconds);
  /// Stops the clock and puts the signal handlers back.
  ~FileDeadline();
  FileDeadline(const FileDeadline&) = delete;
  FileDeadline& operator=(const FileDeadline&) = delete;

  /// The file is read: the clock stops (writing the report is not limited). A no-op without an armed deadline.
  static void file_read();
};

}  // namespace bescore
