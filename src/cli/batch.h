// bescore batch: scores a cohort of resumes, each in its own forked process, N at a time, into CSV, JSON Lines
// or a self-contained HTML report, with a summary on stdout (docs/batch.md).
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace bescore {

struct RuleSet;

struct BatchOptions {
  std::vector<std::string> paths;  ///< Files, folders (walked for .pdf .txt .md .markdown) or "-" (paths on stdin).
  int jobs = 0;                    ///< Children at once; 0: one per hardware thread.
  std::string out;                 ///< .csv, .jsonl or .html; empty: the summary only.
  int timeout_seconds = 0;         ///< A file still being read after this long is killed and reported; 0: inherited.
  bool redact = false;             ///< Names, emails, phones and personal URLs become placeholders.
  int fail_under = -1;             ///< Exit 1 when a score is below it; -1: none.
  size_t max_size_mb = 0;          ///< 0: as given before `batch`, or the default.
  int max_pages = 0;               ///< 0: as given before `batch`, or the default.
  size_t max_text_chars = 0;       ///< 0: as given before `batch`, or the default.

  /// Takes what was not given after `batch` from the options given before it (`bescore --fail-under 60 batch`).
  void inherit(int top_fail_under, size_t top_max_size_mb, int top_max_pages);
  /// The same for --max-text and --timeout (a --timeout 0 before `batch`, no limit, becomes a day).
  void inherit_limits(size_t top_max_text_chars, int top_timeout_seconds);
};

/// Registers `batch` and its options; --rules is bound to the command's own rule-set name.
CLI::App* add_batch_command(CLI::App& app, BatchOptions& options, std::string& rules);

/// The inputs in batch order: arguments in the order given, folders expanded to their supported files in
/// sorted path order, "-" replaced by the paths read from in (one a line); the first of duplicates kept.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths, std::istream& in);

/// Runs the batch; returns 0 when all were scored, 2 when any file failed or on usage errors, 1 when a
/// score is below --fail-under (and none failed).
int run_batch(const BatchOptions& options, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace bescore
