#include "cli/diff_command.h"

#include <ostream>
#include <set>
#include <vector>

#include "base/file.h"
#include "engine/engine.h"
#include "process/watchdog.h"
#include "report/json_report.h"

namespace bescore {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// Lines move between versions; a finding is the same finding when its rule and words are.
std::string key_of(const json& f) { return f.value("rule", "") + "\x1f" + f.value("excerpt", "") + "\x1f" + f.value("message", ""); }

ordered_json brief(const json& f) {
  ordered_json j;
  j["rule"] = f.value("rule", "");
  j["points"] = f.value("points", 0);
  j["message"] = f.value("message", "");
  j["excerpt"] = f.value("excerpt", "");
  j["location"] = f.value("location", json::object());
  return j;
}

// A saved JSON report as it is, or a resume scored by the engine as `bescore FILE` would score it (its config,
// suppressions, limits, rule set and posting).
Result<json> load(const std::string& path, Engine& engine) {
  auto read = read_file(path, engine.options().limits.max_bytes);
  if (!read) return Error{read.error()};
  const std::string& text = *read;
  if (!text.empty() && text[0] == '{') {
    try {
      json j = json::parse(text);
      if (j.contains("score") && j.contains("findings")) return j;  // a saved JSON report
    } catch (const json::exception&) {  // not JSON, or a number beyond range: read it as a resume
    }
  }
  auto report = engine.score_file(path);
  if (!report) return Error{report.error()};
  return json::parse(report_to_json(*report).dump());
}

}  // namespace

ordered_json diff_reports(const json& before, const json& after) {
  ordered_json d;
  d["before"] = {{"file", before.value("file", "")}, {"score", before.value("score", 0)}};
  d["after"] = {{"file", after.value("file", "")}, {"score", after.value("score", 0)}};
  d["change"] = after.value("score", 0) - before.value("score", 0);
  d["categories"] = ordered_json::array();
  for (const auto& c : after.value("categories", json::array())) {
    int old_score = 0;
    for (const auto& b : before.value("categories", json::array()))
      if (b.value("id", "") == c.value("id", "")) old_score = b.value("score", 0);
    d["categories"].push_back({{"id", c.value("id", "")}, {"name", c.value("name", "")}, {"before", old_score},
                               {"after", c.value("score", 0)}, {"weight", c.value("weight", 0)}});
  }
  std::multiset<std::string> old_keys, new_keys;
  for (const auto& f : before.value("findings", json::array())) old_keys.insert(key_of(f));
  for (const auto& f : after.value("findings", json::array())) new_keys.insert(key_of(f));
  d["fixed"] = ordered_json::array();
  d["new"] = ordered_json::array();
  for (const auto& f : before.value("findings", json::array()))
    if (!new_keys.count(key_of(f))) d["fixed"].push_back(brief(f));
  for (const auto& f : after.value("findings", json::array()))
    if (!old_keys.count(key_of(f))) d["new"].push_back(brief(f));
  return d;
}

int run_diff(const std::string& old_path, const std::string& new_path, const std::string& format, const RuleSet& rules,
             const ScoreOptions& o, std::ostream& out, std::ostream& err) {
  auto made = Engine::make(engine_options(o), std::shared_ptr<const RuleSet>(&rules, [](const RuleSet*) {}));
  if (!made) { err << "bescore: " << made.error() << "\n"; return 2; }
  // Both versions are read under --timeout as `bescore OLD NEW` reads them (src/process/watchdog.h).
  return run_watched(o.timeout_seconds, [&](const Watch& watch, std::ostream& to, std::ostream& errors) {
    std::vector<json> sides;
    for (const std::string* path : {&old_path, &new_path}) {
      std::string failed = watch.start(sides.size());
      auto side = failed.empty() ? load(*path, *made) : Result<json>(Error{failed});
      watch.stop();
      if (!side) { errors << "bescore: " << *path << ": " << side.error() << "\n"; return 2; }
      sides.push_back(std::move(*side));
    }
    return write_diff(diff_reports(sides[0], sides[1]), format, to);
  }, out, err);
}

int write_diff(const ordered_json& d, const std::string& format, std::ostream& out) {
  if (format == "json") {
    out << d.dump(2) << "\n";
    return 0;
  }
  int change = d["change"].get<int>();
  out << d["before"]["score"].get<int>() << " → " << d["after"]["score"].get<int>() << " ("
      << (change >= 0 ? "+" : "") << change << "): fixed " << d["fixed"].size() << ", new " << d["new"].size() << "\n\n";
  for (const auto& c : d["categories"]) {
    int b = c["before"].get<int>(), a = c["after"].get<int>();
    if (a == b) continue;
    out << "  " << c["name"].get<std::string>() << ": " << b << " → " << a << " of " << c["weight"].get<int>() << "\n";
  }
  for (const auto& f : d["fixed"])
    out << "  fixed  " << f["rule"].get<std::string>() << "  " << f["message"].get<std::string>() << "\n";
  for (const auto& f : d["new"])
    out << "  new    " << f["rule"].get<std::string>() << "  " << f["message"].get<std::string>() << "\n";
  return 0;
}

}  // namespace bescore
