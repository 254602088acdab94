// bescore batch: scores a cohort of resumes, each in its own forked process, N at a time, into CSV, JSON Lines
// or a self-contained HTML report, with a summary on stdout (docs/batch.md).
#pragma once
#include <iosfwd>
#include <memory>
#include <map>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace bescore {

struct RuleSet;
struct Document;

struct BatchOptions {
  std::vector<std::string> paths;  ///< Files, folders (walked for kResumeExtensions) or "-" (paths on stdin).
  int jobs = 0;                    ///< Children at once; 0: one per hardware thread.
  std::string out;                 ///< .csv, .jsonl or .html; empty: the summary only.
  int timeout_seconds = 0;         ///< A file still being read after this long is killed and reported; 0: inherited.
  bool redact = false;             ///< Names, emails, phones and personal URLs become placeholders.
  int fail_under = -1;             ///< Exit 1 when a score is below it; -1: none.
  size_t max_size_mb = 0;          ///< 0: as given before `batch`, or the default.
  int max_pages = 0;               ///< 0: as given before `batch`, or the default.
  size_t max_text_chars = 0;       ///< 0: as given before `batch`, or the default.
  std::string reports_dir;         ///< --reports: each scored resume's HTML report goes here; empty: none.
  std::string job_file;            ///< --job: the posting every resume is matched against (docs/matching.md).
  std::shared_ptr<const Document> posting;  ///< Its text, read once by --job's parse step.
  bool rules_auto = false;         ///< --rules auto: each file scored by the path set picked for it.

  /// Takes what was not given after `batch` from the options given before it (`bescore --fail-under 60 batch`).
  void inherit(int top_fail_under, size_t top_max_size_mb, int top_max_pages);
  /// The same for --max-text and --timeout (a --timeout 0 before `batch`, no limit, becomes a day).
  void inherit_limits(size_t top_max_text_chars, int top_timeout_seconds);
};

/// What a folder is walked for (any letter case); a JSON file is scored when it is a JSON Resume.
inline constexpr const char* kResumeExtensions[] = {".pdf", ".txt", ".md", ".markdown", ".docx", ".tex", ".json"};

/// Registers `batch` and its options; --rules is bound to the command's own rule-set name.
CLI::App* add_batch_command(CLI::App& app, BatchOptions& options, std::string& rules);

/// The inputs in batch order: arguments in the order given, folders expanded to their supported files in
/// sorted path order, "-" replaced by the paths read from in (one a line); the first of duplicates kept.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths, std::istream& in,
                                        std::map<std::string, std::string>* refused = nullptr);

/// Runs the batch; returns 0 when all were scored, 2 when any file failed or on usage errors, 1 when a
/// score is below --fail-under (and none failed).
int run_batch(const BatchOptions& options, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace bescore
