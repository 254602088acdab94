#include "batch/report_files.h"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/text.h"
#include "report/html_files.h"

namespace bescore {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> folders_of(const std::string& input) {
  std::vector<std::string> parts;
  for (const auto& part : fs::path(input).lexically_normal().parent_path()) parts.push_back(part.string());
  return parts;
}

// How many leading folders every input shares: they say nothing about which resume a report is.
size_t common_folders(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return 0;
  std::vector<std::string> common = folders_of(inputs.front());
  for (const auto& input : inputs) {
    std::vector<std::string> mine = folders_of(input);
    size_t n = 0;
    while (n < common.size() && n < mine.size() && common[n] == mine[n]) ++n;
    common.resize(n);
  }
  return common.size();
}

std::string sanitised(const std::string& input, size_t skip) {
  std::string name;
  size_t i = 0;
  for (const auto& part : fs::path(input).lexically_normal()) {
    std::string p = part.string();
    if (i++ < skip || p == "/" || p.empty()) continue;
    if (p == "..") p = "up";  // "../x.pdf" stays readable
    if (!name.empty()) name += "__";
    for (char c : p) name += std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ? c : '_';
  }
  if (name.size() > 150) name.resize(150);  // file systems allow 255 bytes; room for the suffix and ".html"
  if (name.empty() || name[0] == '.') name = "_" + name;  // no hidden files
  return name;
}

std::string percent_encoded(const std::string& path) {
  std::string out;
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
      out += c;
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", u);
      out += hex;
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> report_names(const std::vector<std::string>& inputs, bool redact) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  size_t skip = common_folders(inputs);
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string stem = redact ? "resume-" + std::to_string(i + 1) : sanitised(inputs[i], skip);
    std::string name = stem + ".html";
    for (int n = 2; !taken.insert(lower(name)).second; ++n) name = stem + "-" + std::to_string(n) + ".html";
    names.push_back(name);
  }
  return names;
}

Result<ReportFiles> ReportFiles::prepare(const std::string& dir, const std::vector<std::string>& inputs, bool redact) {
  ReportFiles files;
  if (dir.empty()) return files;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) return Error{dir + ": --reports: cannot create the folder" + (ec ? ": " + ec.message() : "")};
  files.dir_ = dir;
  files.names_ = report_names(inputs, redact);
  return files;
}

std::string ReportFiles::path(size_t i) const { return (fs::path(dir_) / names_[i]).string(); }

std::string ReportFiles::write(size_t i, const Report& report) const {
  if (!enabled()) return "";
  std::ostringstream out, err;
  if (write_html_report(report, (fs::path(dir_) / names_[i]).string(), out, err) == 0) return "";
  std::string why = err.str();
  if (why.rfind("bescore: ", 0) == 0) why = why.substr(9);
  while (!why.empty() && why.back() == '\n') why.pop_back();
  return "its report: " + why;
}

std::string ReportFiles::link(size_t i, const std::string& out_file) const {
  if (!enabled() || out_file.empty()) return "";  // no cohort file to link from (batch without --out)
  fs::path from = fs::absolute(out_file).lexically_normal().parent_path();
  fs::path to = fs::absolute(fs::path(dir_) / names_[i]).lexically_normal();
  return percent_encoded(to.lexically_relative(from).generic_string());
}

}  // namespace bescore
