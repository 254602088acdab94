#include "engine/engine.h"

#include <filesystem>

#include "base/file.h"
#include "engine/auto_rules.h"
#include "engine/config.h"
#include "engine/suppress.h"
#include "parse/parser.h"
#include "match/job_match.h"
#include "engine/pick_ruleset.h"

namespace bescore {

namespace {

// A rule file named on the command line is relative to the working folder, not to the config that extends it.
std::string command_line_rules(const std::string& name) {
  bool is_path = name.find('/') != std::string::npos || name.find(".json") != std::string::npos;
  return is_path ? std::filesystem::absolute(name).string() : name;
}

// Suppression comments live in the sources people edit (text, Markdown, LaTeX).
Suppressions suppressions_in(const std::string& file, const std::string& format, size_t max_bytes) {
  if (format == "pdf" || format == "docx" || format == "jsonresume") return {};
  auto text = read_file(file, max_bytes);
  return text ? find_suppressions(*text) : Suppressions{};
}

}  // namespace

Result<Engine> Engine::make(EngineOptions options, std::shared_ptr<const RuleSet> rules) {
  Engine engine(std::move(options), std::move(rules));
  if (engine.options_.rules_auto)
    for (const std::string& id : pickable_rulesets()) {
      auto set = engine.named_set(id);
      if (!set) return Error{set.error()};
    }
  return engine;
}

Result<std::shared_ptr<const RuleSet>> Engine::named_set(const std::string& name) {
  if (name == options_.rules_name) return rules_;
  if (auto it = named_sets_.find(name); it != named_sets_.end()) return it->second;
  auto set = load_ruleset(name);
  if (!set) return Error{set.error()};
  named_sets_.emplace(name, *set);
  return *set;
}

std::string Engine::config_of(const std::string& path) const {
  const EngineOptions& o = options_;
  return o.no_config ? "" : !o.config_file.empty() ? o.config_file : find_config(path);
}

Result<const FileSettings*> Engine::settings_for(const std::string& path) {
  return settings_for_config(config_of(path), options_.rules_name);
}

Result<const FileSettings*> Engine::settings_for_config(const std::string& config, const std::string& rules_name) {
  std::string key = config + '\n' + rules_name;
  if (auto it = by_config_.find(key); it != by_config_.end()) return &it->second;
  const EngineOptions& o = options_;
  FileSettings s;
  auto base = named_set(rules_name);
  if (!base) return Error{base.error()};
  s.rules = *base;
  s.thresholds = o.thresholds;
  if (!config.empty()) {
    auto c = read_config(config);
    if (!c) return Error{c.error()};
    // The command line wins over the file: --rules replaces its "rules" (its overrides still apply on top).
    if (o.rules_given || o.rules_auto) c->rules = "";
    if (!c->rules.empty() || !c->overrides.empty()) {
      std::string dir = std::filesystem::path(config).parent_path().string();
      auto set = load_ruleset_json(config_ruleset(*c, command_line_rules(rules_name)), config, dir);
      if (!set) return Error{set.error()};
      s.rules = *set;
    }
    Thresholds& t = s.thresholds;
    if (t.fail_under < 0 && c->fail_under) { t.fail_under = *c->fail_under; t.fail_under_from = config; }
    if (t.fail_on.empty() && !c->fail_on.empty()) { t.fail_on = c->fail_on; t.fail_on_from = config; }
  }
  return &by_config_.emplace(key, std::move(s)).first->second;
}

Outcome Engine::score(const std::string& path) {
  std::string config = config_of(path);
  auto settings = settings_for_config(config, options_.rules_name);
  if (!settings) return Outcome{path, std::nullopt, settings.error()};
  const FileSettings* used = *settings;
  RulesetPick pick;
  std::string problem;
  RulesFor rules_for = [&](const Document& doc, std::optional<Resume>& read) -> const RuleSet& {
    if (!options_.rules_auto) return *used->rules;
    // As `bescore --rules auto FILE` picks: the resume read with the backend set, for its sections and dates; the
    // picked set reads it alike unless a config changed its headings or lexicon, so only its traits are tagged again.
    const Vocabulary& backend = named_set("backend").value()->vocabulary;
    Resume resume = parse_resume(doc, backend);
    pick = pick_ruleset(resume, today_months());
    auto picked = settings_for_config(config, pick.id);
    if (picked) used = *picked; else problem = picked.error();
    if (reads_alike(backend, used->rules->vocabulary)) {
      tag_traits(resume, used->rules->vocabulary);
      read = std::move(resume);
    }
    return *used->rules;
  };
  Outcome r = bescore::score_file(path, rules_for, options_.limits, options_.refuse_non_resumes);
  r.settings = used;
  if (!problem.empty()) return Outcome{path, std::nullopt, problem};
  if (!r.report) return r;
  Report& report = *r.report;
  apply_suppressions(report, suppressions_in(path, report.format, options_.limits.max_bytes), *used->rules);
  if (options_.rules_auto) report.ruleset_picked_because = pick.because;
  else if (!options_.picked_because.empty() && report.ruleset_id == options_.rules_name)
    report.ruleset_picked_because = options_.picked_because;
  if (options_.job_posting) report.match = job_match_of(report.resume, *options_.job_posting, *used->rules->vocabulary.lexicon);
  return r;
}

Result<Report> Engine::score_file(const std::string& path) {
  Outcome r = score(path);
  if (!r.report) return Error{r.error};
  return std::move(*r.report);
}

}  // namespace bescore
