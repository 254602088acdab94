// Wiring for issue 5: --job FILE (a posting each resume is matched against) and --rules auto (a path
// set picked from the first resume). The judgement lives in src/match/ and src/engine/pick_ruleset.h.
#pragma once
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace bescore {

struct ScoreOptions;

/// Adds --job to app, and a parse-complete step that reads the posting once (an unreadable posting is a usage
/// error) and resolves `--rules auto` from o.files[0], saying on err (text format) which set it picked and why.
void add_job_options(CLI::App& app, ScoreOptions& o, std::string& rules_name, std::ostream& err);

}  // namespace bescore
