// The time limit of `bescore FILE...`: the whole run happens in one forked child whose output is kept until it
// ends. An input still being read after the limit gets the child killed, and the run starts over in a new child
// in which that input is reported as timed out instead of read again (an input that crashes the child likewise,
// as crashed), so one hostile file costs its own result only, and the output is what a run without it would give.
#pragma once
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>

namespace bescore {

struct WatchState;

/// What the watched run tells the watchdog: which input it is reading.
class Watch {
 public:
  Watch(WatchState* state, const std::map<size_t, std::string>* failed) : state_(state), failed_(failed) {}

  /// Input index is being read from now on. Returns the cause it failed with in an earlier child ("timed out
  /// after 10s ...", "crashed (signal 11)"): the caller reports that instead of reading it again. Else empty.
  std::string start(size_t index) const;
  /// The input started last is done: its time stops.
  void stop() const;

 private:
  WatchState* state_;
  const std::map<size_t, std::string>* failed_;
};

/// The run: writes its reports to out and err, returns the exit code.
using WatchedRun = std::function<int(const Watch& watch, std::ostream& out, std::ostream& err)>;

/// Runs run in a forked child, each input it starts limited to timeout_seconds; its output goes to out and err
/// when it ends. timeout_seconds 0: no limit, run in this process.
int run_watched(int timeout_seconds, const WatchedRun& run, std::ostream& out, std::ostream& err);

}  // namespace bescore
