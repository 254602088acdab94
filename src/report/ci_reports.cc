#include "report/ci_reports.h"

#include <string_view>

#include "check/util.h"
#include "version.h"

namespace bescore {

using nlohmann::ordered_json;

namespace {

// The file a finding's line is in (an included LaTeX file carries its own name).
std::string file_of(const Report& r, const Finding& f) { return f.at.file.empty() ? r.file : f.at.file; }

std::string location_prefix(const Report& r, const Finding& f) {
  return file_of(r, f) + ":" + std::to_string(std::max(1, f.at.line)) + ":1";
}

std::string page_note(const Finding& f) { return f.at.page > 0 ? " (page " + std::to_string(f.at.page) + ")" : ""; }

// GitHub workflow commands escape %, CR and LF in data, and also ':' and ',' in properties.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}
std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string sarif_level(const std::string& severity) { return severity == "info" ? "note" : severity; }

// Text from a resume as inert Markdown in a table cell: Markdown punctuation backslash-escaped and HTML
// characters as entities, so "![x](https://...)" or "<img src=...>" in a resume shows as text in the job
// summary instead of loading an image or making a link.
std::string md_cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') out += ' ';
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (std::string_view("\\`*_[]()!|~#").find(c) != std::string_view::npos) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

}  // namespace

std::string report_to_lines(const Report& r) {
  std::string out;
  for (const auto& f : r.findings)
    out += location_prefix(r, f) + ": " + f.severity + ": " + f.message + page_note(f) + " [" + f.rule + "]\n";
  return out;
}

std::string report_to_github(const Report& r, size_t limit) {
  std::string out;
  size_t n = 0;
  for (const auto& f : r.findings) {
    if (n++ >= limit) break;
    std::string kind = f.severity == "error" ? "error" : f.severity == "warning" ? "warning" : "notice";
    std::string file = file_of(r, f);
    out += "::" + kind + " file=" + escape_property(file);
    if (f.at.line > 0) out += ",line=" + std::to_string(f.at.line);
    // A finding that costs nothing (the layout audit, a capped repeat) says "0 points" rather than "-0".
    out += ",title=" + escape_property(f.rule + (f.points > 0 ? " (-" + std::to_string(f.points) + ")" : " (0 points)"));
    out += "::" + escape_data(f.message + page_note(f) + (f.fix.empty() ? "" : "\n→ " + f.fix)) + "\n";
  }
  if (r.findings.size() > limit)
    out += "::notice file=" + escape_property(r.file) + "::" +
           escape_data(std::to_string(r.findings.size() - limit) + " more findings are in the job summary") + "\n";
  return out;
}

std::string reports_to_summary(const std::vector<Report>& reports) {
  std::string out = "## bescore\n\n";
  for (const auto& r : reports) {
    out += "### " + md_cell(r.file) + ": " + std::to_string(r.score) + "/100 (" + score_band(r.score) + ")\n\n";
    out += "| category | points |\n|---|---|\n";
    for (const auto& c : r.categories) out += "| " + c.name + " | " + std::to_string(c.score) + "/" + std::to_string(c.weight) + " |\n";
    if (r.findings.empty()) { out += "\nNo findings.\n\n"; continue; }
    out += "\n| lost | rule | where | finding | fix |\n|---|---|---|---|---|\n";
    for (const auto& f : r.findings)
      out += "| -" + std::to_string(f.points) + " | `" + f.rule + "` | " + (f.at.line ? where(f.at) : "") + " | " +
             md_cell(f.message) + " | " + md_cell(f.fix) + " |\n";
    out += "\n";
  }
  return out;
}

ordered_json reports_to_sarif(const std::vector<Report>& reports, const RuleSet& rules) {
  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array();
  ordered_json rule_list = ordered_json::array();
  for (const auto& rule : rules.rules) {
    const auto& s = rule->spec();
    ordered_json j;
    j["id"] = s.id;
    j["name"] = s.name;
    j["shortDescription"] = {{"text", s.name}};
    j["fullDescription"] = {{"text", s.why.empty() ? s.name : s.why}};
    j["help"] = {{"text", s.why + (s.source.empty() ? "" : " Source: " + s.source)}};
    j["defaultConfiguration"] = {{"level", sarif_level(s.severity)}};
    j["properties"] = {{"category", s.category}, {"points", s.points}, {"kind", s.kind}};
    rule_list.push_back(j);
  }
  for (const auto& r : reports) {
    ordered_json run;
    run["tool"]["driver"] = {{"name", "bescore"},
                             {"version", version()},
                             {"informationUri", "https://example.invalid/bescore"},
                             {"rules", rule_list}};
    run["results"] = ordered_json::array();
    for (const auto& f : r.findings) {
      ordered_json res;
      res["ruleId"] = f.rule;
      for (size_t i = 0; i < rules.rules.size(); ++i)
        if (rules.rules[i]->spec().id == f.rule) res["ruleIndex"] = i;
      res["level"] = sarif_level(f.severity);
      res["message"] = {{"text", f.message + page_note(f) + (f.fix.empty() ? "" : ". Fix: " + f.fix)}};
      ordered_json phys;
      phys["artifactLocation"] = {{"uri", file_of(r, f)}};
      if (f.at.line > 0) phys["region"] = {{"startLine", f.at.line}};
      res["locations"] = ordered_json::array({{{"physicalLocation", phys}}});
      res["properties"] = {{"points", f.points}, {"page", f.at.page}};
      run["results"].push_back(res);
    }
    ordered_json cats = ordered_json::object();
    for (const auto& c : r.categories) cats[c.id] = c.score;
    run["properties"] = {{"file", r.file}, {"score", r.score}, {"band", score_band(r.score)}, {"categories", cats}};
    log["runs"].push_back(run);
  }
  return log;
}

}  // namespace bescore
