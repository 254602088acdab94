#include "engine/config.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace bescore {

namespace fs = std::filesystem;
using nlohmann::json;

std::string find_config(const std::string& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(file), ec).parent_path();
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    if (fs::exists(dir / ".bescore.json", ec)) return (dir / ".bescore.json").string();
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;  // the repository root ends the search
    dir = dir.parent_path();
  }
  return "";
}

namespace {

Result<json> override_for(const std::string& rule, const json& value, const std::string& where) {
  // "off", a severity, or an object with severity/off/params/points.
  if (value.is_string()) {
    std::string v = value.get<std::string>();
    if (v == "off") return json{{"off", true}};
    if (v == "error" || v == "warning" || v == "info") return json{{"severity", v}};
    return Error{where + ": \"" + v + "\" is not off, error, warning or info"};
  }
  if (!value.is_object()) return Error{where + ": expected \"off\", a severity or an object"};
  json out = json::object();
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string k = it.key();
    if (k == "off" && it->is_boolean()) out["off"] = *it;
    else if (k == "severity" && it->is_string()) out["severity"] = *it;
    else if (k == "params" && it->is_object()) out["params"] = *it;
    else if (k == "points" && it->is_number_integer()) out["points"] = *it;
    else if (k == "off" || k == "severity" || k == "params" || k == "points") return Error{where + "." + k + ": wrong type"};
    else return Error{where + "." + k + ": unknown key"};
  }
  (void)rule;
  return out;
}

}  // namespace

Result<RepoConfig> read_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{path + ": cannot open config"};
  std::stringstream ss;
  ss << in.rdbuf();
  json j;
  try {
    j = json::parse(ss.str());
  } catch (const json::parse_error& e) {
    return Error{path + ": not valid JSON (byte " + std::to_string(e.byte) + ")"};
  } catch (const json::exception&) {  // a number beyond a double's range (1e999)
    return Error{path + ": not valid JSON (a number too large to read)"};
  }
  if (!j.is_object()) return Error{path + ": expected a JSON object"};
  RepoConfig c;
  c.path = path;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string k = it.key();
    const json& v = it.value();
    if (k == "$schema") continue;
    if (k == "rules" || k == "extends") {
      if (!v.is_string()) return Error{path + ": " + k + ": expected a string"};
      std::string r = v.get<std::string>();
      bool is_path = r.find('/') != std::string::npos || r.find(".json") != std::string::npos;
      c.rules = is_path && r[0] != '/' ? (fs::path(path).parent_path() / r).string() : r;
    } else if (k == "overrides") {
      if (!v.is_object()) return Error{path + ": " + k + ": expected an object of rule ids"};
      for (auto r = v.begin(); r != v.end(); ++r) {
        auto o = override_for(r.key(), r.value(), path + ": " + k + "." + r.key());
        if (!o) return Error{o.error()};
        c.overrides[r.key()] = *o;
      }
    } else if (k == "fail-under") {
      if (!v.is_number_integer() || v.get<int>() < 0 || v.get<int>() > 100) return Error{path + ": fail-under: expected an integer 0-100"};
      c.fail_under = v.get<int>();
    } else if (k == "fail-on") {
      if (!v.is_string() || (v != "error" && v != "warning")) return Error{path + ": fail-on: expected \"error\" or \"warning\""};
      c.fail_on = v.get<std::string>();
    } else {
      return Error{path + ": " + k + ": unknown key"};
    }
  }
  return c;
}

json config_ruleset(const RepoConfig& config, const std::string& default_rules) {
  json doc;
  doc["extends"] = config.rules.empty() ? default_rules : config.rules;
  if (!config.overrides.empty()) doc["overrides"] = config.overrides;
  return doc;
}

}  // namespace bescore
