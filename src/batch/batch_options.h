// What `bescore batch` is asked to do (its options are wired in src/cli/batch.cc; docs/batch.md).
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace bescore {

struct Document;

struct BatchOptions {
  std::vector<std::string> paths;  ///< Files, folders (walked for kResumeExtensions) or "-" (paths on stdin); with --merge, shards.
  std::vector<std::string> exclude;  ///< --exclude: globs of paths left out (matched against the path and the file name).
  int jobs = 0;                    ///< Workers; 0: one per CPU.
  std::string out;                 ///< .csv, .jsonl or .html, or "-" (JSON Lines on stdout); empty: the summary only.
  int timeout_seconds = 0;         ///< A file still being read after this long is killed and reported; 0: inherited.
  bool redact = false;             ///< Names, emails, phones and personal URLs become placeholders.
  bool merge = false;              ///< --merge: paths are JSON Lines written by batches (shards), joined into one cohort.
  bool stats = false;              ///< --stats: the parent's peak memory on stderr at the end.
  int fail_under = -1;             ///< Exit 1 when a score is below it; -1: none (a file's .bescore.json may set it).
  std::string fail_on;             ///< "error" or "warning": exit 1 when a finding is that severe (or the config's).
  size_t max_size_mb = 0;          ///< 0: as given before `batch`, or the default.
  int max_pages = 0;               ///< 0: as given before `batch`, or the default.
  size_t max_text_chars = 0;       ///< 0: as given before `batch`, or the default.
  std::string reports_dir;         ///< --reports: each scored resume's HTML report goes here; empty: none.
  std::string job_file;            ///< --job: the posting every resume is matched against (docs/matching.md).
  std::shared_ptr<const Document> posting;  ///< Its text, read once by --job's parse step.
  bool rules_auto = false;         ///< --rules auto: each file scored by the path set picked for it.
  std::string rules_name = "backend";  ///< --rules as given (a file's .bescore.json overrides go on top of it).
  bool rules_given = false;        ///< --rules was given: it wins over a config's "rules".
  std::string config_file;         ///< --config (before `batch`); empty: each file's nearest .bescore.json.
  bool no_config = false;          ///< --no-config (before `batch`).

  /// Takes what was not given after `batch` from the options given before it (`bescore --fail-under 60 batch`).
  void inherit(int top_fail_under, const std::string& top_fail_on, size_t top_max_size_mb, int top_max_pages);
  /// The same for --max-text and --timeout (a --timeout 0 before `batch`, no limit, becomes a day).
  void inherit_limits(size_t top_max_text_chars, int top_timeout_seconds);
};

/// What a folder is walked for (any letter case); a JSON file is scored when it is a JSON Resume.
inline constexpr const char* kResumeExtensions[] = {".pdf", ".txt", ".md", ".markdown", ".docx", ".tex", ".json"};

/// ".pdf .txt .md ..." for messages.
std::string extension_list();

}  // namespace bescore
