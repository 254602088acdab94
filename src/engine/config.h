// `.bescore.json`: a resume repository's settings, found from the resume's folder upward to the
// repository root (the folder holding .git), or given with --config.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/result.h"

namespace bescore {

/// What a config file may say. Empty/absent fields leave the command line's choice alone.
struct RepoConfig {
  std::string path;             ///< The file it was read from.
  std::string rules;            ///< Built-in name or path (resolved against the config's folder).
  nlohmann::json overrides = nlohmann::json::object();  ///< Per-rule {"severity"|"off"|"params"|"points"}.
  std::optional<int> fail_under;
  std::string fail_on;
};

/// The nearest .bescore.json above file's folder (stopping at the repository root), or "".
std::string find_config(const std::string& file);

/// Reads and checks a config; unknown keys and wrong types are errors naming the key.
Result<RepoConfig> read_config(const std::string& path);

/// The rule-set JSON the config describes: {"extends": rules, "overrides": ...}.
nlohmann::json config_ruleset(const RepoConfig& config, const std::string& default_rules);

}  // namespace bescore
