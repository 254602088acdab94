// One run of `bescore FILE...`: standard input saved as a file, each file scored through the engine (under the
// --timeout watchdog when there are several), the reports written in the format asked to stdout or --out, the
// annotated PDF and the job summary; thresholds decide the exit code. The command line only fills ScoreOptions.
#pragma once
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "document.h"
#include "engine/engine.h"
#include "check/ruleset.h"

namespace bescore {

/// What the user asked of a scoring run.
struct ScoreOptions {
  std::vector<std::string> files;
  std::string format = "text";   ///< text, json, line, github, sarif
  std::string summary_file;      ///< Markdown job summary for GitHub (--summary)
  int fail_under = -1;           ///< exit 1 when a score is below this
  std::string fail_on;           ///< "error" or "warning": exit 1 when a finding is that severe
  bool dump_text = false;
  bool color = false;
  int max_findings = 10;  ///< the text report's findings that cost points (0: every finding, --all)
  int width = 80;         ///< columns the text report wraps to
  size_t max_size_mb = 20;
  int max_pages = 20;
  size_t max_text_chars = 2'000'000;  ///< --max-text: most characters of extracted text
  int timeout_seconds = 10;           ///< --timeout: a file still being read after this long is reported; 0: none
  std::string rules_name = "backend";  ///< --rules as given (a config extends it)
  bool rules_given = false;            ///< --rules was on the command line: it wins over a config's "rules"
  bool skip_non_resumes = false;       ///< --skip-non-resumes: a file that is not a resume is a note, not exit 2
  std::string stdin_filename;          ///< --stdin-filename: the name standard input ("-") goes by in messages
  std::string stdin_path;              ///< where standard input was saved for the run (src/base/stdin_file.h)

  /// The name a file is shown by: --stdin-filename (or "-") for standard input, else the path as given.
  std::string shown_name(const std::string& file) const {
    return !stdin_path.empty() && file == stdin_path ? (stdin_filename.empty() ? "-" : stdin_filename) : file;
  }
  std::string config_file;             ///< --config; empty: look for .bescore.json
  bool no_config = false;
  // --- fields: job matching (issue 5) ---
  std::string job_file;                          ///< --job: a posting to match each resume against
  std::shared_ptr<const Document> job_posting;   ///< its text, read once as the options are parsed
  std::string picked_ruleset, picked_because;    ///< what --rules auto picked and why; empty when named
  // --- end job matching ---
  // --- fields: html report and annotated PDF (issue 11) ---
  std::string out_file;       ///< --out: where the HTML report goes (standard output without it)
  std::string annotate_file;  ///< --annotate: a copy of the input PDF with the findings on it
  // --- end html report ---
  // --- fields: layout audit (issue 6) ---
  bool as_ats = false;  ///< --as-ats (with --dump-text): the text a plain extractor gets, beside bescore's reading
  // --- end layout audit ---
};

/// What the engine needs of the command line's options (also `diff`'s).
EngineOptions engine_options(const ScoreOptions& o);

/// Scores options.files; returns 0, 1 (a threshold tripped) or 2 (an input could not be read).
int run_score(const ScoreOptions& options, const RuleSet& rules, std::ostream& out, std::ostream& err);

}  // namespace bescore
