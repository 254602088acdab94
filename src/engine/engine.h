// The one way a resume is scored, whatever the command: `bescore FILE`, each child of `bescore batch` and both
// sides of `bescore diff` call Engine::make once and then score each file. It applies, in order: the limits
// (--max-size, --max-pages, --max-text), the file's repository config (.bescore.json: rule set, overrides,
// thresholds), the rule set (named, or picked per file with --rules auto), suppression comments, and the job posting.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "base/result.h"
#include "document.h"
#include "engine/score_file.h"
#include "engine/thresholds.h"
#include "extract/extract.h"
#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

/// What every command may ask of the engine.
struct EngineOptions {
  ExtractLimits limits;
  std::string rules_name = "backend";  ///< --rules as given (what a config's "overrides" go on top of)
  bool rules_given = false;            ///< --rules was on the command line: it wins over a config's "rules"
  bool rules_auto = false;             ///< each file scored by the path set pick_ruleset gives it (batch)
  std::string picked_because;          ///< --rules auto picked rules_name once, for every file: the reason, recorded
  std::string config_file;             ///< --config; empty: look for .bescore.json above each file
  bool no_config = false;              ///< --no-config
  Thresholds thresholds;               ///< the command line's; a config fills what is not given
  std::shared_ptr<const Document> job_posting;  ///< --job: each report is matched to it; null: no match
  bool refuse_non_resumes = true;  ///< false for --dump-text: any file's reading is shown
};

/// The rule set and thresholds one file is judged by: the command line's, or its repository config's.
struct FileSettings {
  std::shared_ptr<const RuleSet> rules;
  Thresholds thresholds;
};

class Engine {
 public:
  /// An engine scoring with rules (the command line's set) unless a file's config says otherwise. With
  /// rules_auto, every path set is loaded here (before a batch forks, so each child has them for free).
  static Result<Engine> make(EngineOptions options, std::shared_ptr<const RuleSet> rules);

  /// The settings a file is judged by, each config's rule set loaded once. A bad config is an error naming it.
  Result<const FileSettings*> settings_for(const std::string& path);

  /// Extracts, parses, checks and scores one file, then applies its suppressions and the job match.
  Outcome score(const std::string& path);

  /// The same when only the report matters: an unreadable file or a non-resume is the error.
  Result<Report> score_file(const std::string& path);

  const EngineOptions& options() const { return options_; }

 private:
  Engine(EngineOptions options, std::shared_ptr<const RuleSet> rules) : options_(std::move(options)), rules_(std::move(rules)) {}
  std::string config_of(const std::string& path) const;
  Result<const FileSettings*> settings_for_config(const std::string& config, const std::string& rules_name);
  Result<std::shared_ptr<const RuleSet>> named_set(const std::string& name);

  EngineOptions options_;
  std::shared_ptr<const RuleSet> rules_;
  std::map<std::string, std::shared_ptr<const RuleSet>> named_sets_;  ///< built-in sets by id (--rules auto)
  std::map<std::string, FileSettings> by_config_;  ///< config path + rule set name → settings
};

}  // namespace bescore
