// The batch's progress bar on stderr (done/total, rate, ETA); silent unless stderr is a terminal.
#pragma once
#include <chrono>
#include <iosfwd>
#include <string>

namespace bescore {

class Progress {
 public:
  Progress(std::ostream& err, size_t total, bool enabled);
  /// One more item done; redraws at most ten times a second, and always for the last.
  void advance();
  /// A line (an error) printed above the bar, whether or not the bar shows.
  void note(const std::string& line);
  /// Clears the bar.
  void finish();

 private:
  void draw();
  void clear();

  std::ostream& err_;
  size_t total_, done_ = 0;
  bool enabled_, shown_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

/// "[#####.....]  12/39  4.1 files/s  ETA 7s" for done of total after elapsed seconds.
std::string progress_line(size_t done, size_t total, double elapsed_seconds);

}  // namespace bescore
