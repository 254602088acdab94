#include "report/sarif_report.h"

#include <cctype>
#include <filesystem>

#include "check/util.h"
#include "version.h"

namespace bescore {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

std::string sarif_level(const std::string& severity) { return severity == "info" ? "note" : severity; }

// RFC 3986: unreserved characters and "/" stay, every other byte is %XX.
std::string percent_encoded(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += char(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

// The folder holding .git above path, or empty.
fs::path repository_root(const fs::path& path) {
  std::error_code ec;
  for (fs::path dir = path.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (dir == dir.root_path()) break;
  }
  return {};
}

// Below base (no ".." step), or empty.
std::string inside(const fs::path& path, const fs::path& base) {
  if (base.empty()) return "";
  fs::path rel = path.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

// Extracted text has lines of its own; only sources people edit have lines that are the file's lines.
bool lines_are_the_files(const std::string& format) { return format != "pdf" && format != "docx"; }

ordered_json rule_metadata(const RuleSpec& s) {
  ordered_json j;
  j["id"] = s.id;
  j["name"] = s.name;
  j["shortDescription"] = {{"text", s.name}};
  j["fullDescription"] = {{"text", s.why.empty() ? s.name : s.why}};
  j["helpUri"] = std::string(homepage()) + "/blob/main/docs/scoring.md#rule-by-rule-how-points-are-lost";
  j["help"] = {{"text", s.why + (s.source.empty() ? "" : " Source: " + s.source) + " (bescore explain " + s.id + ")"}};
  j["defaultConfiguration"] = {{"level", sarif_level(s.severity)}};
  j["properties"] = {{"category", s.category}, {"points", s.points}, {"kind", s.kind}};
  return j;
}

ordered_json artifact_location(const std::string& file) {
  bool relative = false;
  std::string uri = sarif_uri(file, relative);
  ordered_json j = {{"uri", uri}};
  if (relative) j["uriBaseId"] = "%SRCROOT%";
  return j;
}

}  // namespace

std::string sarif_uri(const std::string& path, bool& relative_to_root) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
  std::string rel = inside(absolute, repository_root(absolute));
  if (rel.empty()) rel = inside(absolute, fs::weakly_canonical(fs::current_path(ec), ec));
  relative_to_root = !rel.empty();
  return relative_to_root ? percent_encoded(rel) : "file://" + percent_encoded(absolute.generic_string());
}

ordered_json reports_to_sarif(const std::vector<Report>& reports, const RuleSet& rules) {
  ordered_json run;
  run["tool"]["driver"] = {{"name", "bescore"}, {"version", version()}, {"informationUri", homepage()},
                           {"rules", ordered_json::array()}};
  for (const auto& rule : rules.rules) run["tool"]["driver"]["rules"].push_back(rule_metadata(rule->spec()));
  run["results"] = ordered_json::array();
  ordered_json files = ordered_json::array();
  for (const auto& r : reports) {
    for (const auto& f : r.findings) {
      ordered_json res;
      res["ruleId"] = f.rule;
      for (size_t i = 0; i < rules.rules.size(); ++i)
        if (rules.rules[i]->spec().id == f.rule) res["ruleIndex"] = i;
      res["level"] = sarif_level(f.severity);
      std::string page = f.at.page > 0 ? " (page " + std::to_string(f.at.page) + ")" : "";
      res["message"] = {{"text", f.message + page + (f.fix.empty() ? "" : ". Fix: " + f.fix)}};
      ordered_json physical;
      physical["artifactLocation"] = artifact_location(f.at.file.empty() ? r.file : f.at.file);
      if (f.at.line > 0 && lines_are_the_files(r.format)) physical["region"] = {{"startLine", f.at.line}};
      res["locations"] = ordered_json::array({{{"physicalLocation", physical}}});
      res["properties"] = {{"points", f.points}, {"page", f.at.page}};
      run["results"].push_back(res);
    }
    ordered_json categories = ordered_json::object();
    for (const auto& c : r.categories) categories[c.id] = c.score;
    files.push_back({{"file", r.file}, {"score", r.score}, {"band", score_band(r.score)}, {"categories", categories}});
  }
  run["properties"] = {{"files", files}};
  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({run});
  return log;
}

}  // namespace bescore
