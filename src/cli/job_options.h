// Wiring for issue 5: --job FILE (a posting each resume is matched against) and --rules auto (a path
// set picked from the first resume). The judgement lives in src/match/ and src/rules/pick_ruleset.h.
#pragma once
#include <iosfwd>
#include <string>

#include "document.h"
#include "rules/lexicon.h"
#include "score/report.h"

namespace CLI {
class App;
}

namespace bescore {

struct ScoreOptions;

/// Adds --job to app, and a parse-complete step that reads the posting once (an unreadable posting is a usage
/// error) and resolves `--rules auto` from o.files[0], saying on err (text format) which set it picked and why.
void add_job_options(CLI::App& app, ScoreOptions& o, std::string& rules_name, std::ostream& err);

/// Matches report's resume against the posting (read once, matched with the resume's own lexicon) and
/// records why --rules auto picked its set.
void attach_job_match(Report& report, const ScoreOptions& o, const Lexicon& lexicon);

/// The match of one resume against a posting's document: pure, shared with `bescore batch`.
JobMatch job_match_of(const Resume& resume, const Document& posting, const Lexicon& lexicon);

/// Today as months since year 0: $SOURCE_DATE_EPOCH when set (reproducible runs), else the clock.
int today_months();

}  // namespace bescore
