#include "engine/diff_run.h"

#include <ostream>
#include <vector>

#include "engine/engine.h"
#include "engine/saved_report.h"
#include "process/watchdog.h"
#include "report/report_diff.h"

namespace bescore {

using nlohmann::json;

int run_diff(const std::string& old_path, const std::string& new_path, const std::string& format, const RuleSet& rules,
             const ScoreOptions& o, std::ostream& out, std::ostream& err) {
  auto made = Engine::make(engine_options(o), std::shared_ptr<const RuleSet>(&rules, [](const RuleSet*) {}));
  if (!made) { err << "bescore: " << made.error() << "\n"; return 2; }
  // Both versions are read under --timeout as `bescore OLD NEW` reads them (src/process/watchdog.h).
  return run_watched(o.timeout_seconds, [&](const Watch& watch, std::ostream& to, std::ostream& errors) {
    std::vector<json> sides;
    for (const std::string* path : {&old_path, &new_path}) {
      std::string failed = watch.start(sides.size());
      auto side = failed.empty() ? saved_or_scored(*path, *made) : Result<json>(Error{failed});
      watch.stop();
      if (!side) { errors << "bescore: " << *path << ": " << side.error() << "\n"; return 2; }
      sides.push_back(std::move(*side));
    }
    return write_diff(diff_reports(sides[0], sides[1]), format, to);
  }, out, err);
}

}  // namespace bescore
