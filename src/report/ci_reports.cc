#include "report/ci_reports.h"

#include <string_view>

#include "check/util.h"

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

std::string reports_to_summary(const std::vector<Report>& reports, const std::vector<std::string>& failed_because) {
  std::string out = "## bescore\n\n";
  for (size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    out += "### " + md_cell(r.file) + ": " + std::to_string(r.score) + "/100 (" + score_band(r.score) + ")\n\n";
    if (i < failed_because.size() && !failed_because[i].empty()) out += "**Failed:** " + md_cell(failed_because[i]) + "\n\n";
    out += "| category | points |\n|---|---|\n";
    for (const auto& c : r.categories)
      out += "| " + md_cell(c.name) + " | " + std::to_string(c.score) + "/" + std::to_string(c.weight) + " |\n";
    if (r.findings.empty()) { out += "\nNo findings.\n\n"; continue; }
    out += "\n| lost | rule | where | finding | fix |\n|---|---|---|---|---|\n";
    for (const auto& f : r.findings)
      out += "| " + (f.points > 0 ? "-" + std::to_string(f.points) : "0") + " | `" + f.rule + "` | " + (f.at.line ? where(f.at) : "") + " | " +
             md_cell(f.message) + " | " + md_cell(f.fix) + " |\n";
    out += "\n";
  }
  return out;
}

}  // namespace bescore
