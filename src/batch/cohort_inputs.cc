#include "batch/cohort_inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <istream>
#include <regex>
#include <set>
#include <unordered_set>

#include "base/text.h"
#include "batch/batch_options.h"

namespace bescore {

namespace {

namespace fs = std::filesystem;

bool supported(const fs::path& p) {
  std::string ext = lower(p.extension().string());
  return std::find(std::begin(kResumeExtensions), std::end(kResumeExtensions), ext) != std::end(kResumeExtensions);
}

// Why a file met in a folder walk is not read, or "" when it is read: the folder holds uploads, so a link
// out of it (to /etc/passwd, or another applicant's folder) is not followed, and what is not a regular file
// (a dangling link, a FIFO, a device) gets an error row instead of disappearing from the cohort.
std::string refusal(const fs::directory_entry& entry, const fs::path& root) {
  std::error_code ec;
  if (entry.is_symlink(ec)) {
    fs::path target = fs::canonical(entry.path(), ec);
    if (ec) return "a link to nothing readable (not read)";
    fs::path rel = target.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return "a link leading out of the folder (not read)";
  }
  if (!entry.is_regular_file(ec)) return "not a regular file (not read)";
  return "";
}

// A glob matches the whole path or any end of it that starts after a '/' ("jobs/*" matches "in/jobs/x.md",
// "*.tex" any .tex file, "drafts" a file named drafts).
bool excluded(const std::string& path, const std::vector<std::string>& exclude) {
  return std::any_of(exclude.begin(), exclude.end(), [&](const std::string& glob) {
    if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
      if (fnmatch(glob.c_str(), path.c_str() + slash + 1, 0) == 0) return true;
    return false;
  });
}

// Adds path, or a folder's supported files sorted by path, to inputs unless excluded or named before; anything
// but a folder is taken as given (a missing file becomes an error row, not a usage error).
class Collector {
 public:
  Collector(CohortInputs& inputs, const std::vector<std::string>& exclude) : inputs_(inputs), exclude_(exclude) {}

  void add(const std::string& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      keep(path);
      return;
    }
    fs::path root = fs::weakly_canonical(fs::absolute(path, ec), ec);
    std::vector<std::string> found;
    // Links to folders are not followed (the default), so a link loop cannot make the walk endless.
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code e2;
      if (it->is_directory(e2) && !it->is_symlink(e2)) continue;
      if (!supported(it->path())) continue;
      std::string file = it->path().string();
      if (excluded(file, exclude_)) continue;
      std::string why = refusal(*it, root);
      if (!why.empty()) inputs_.refused[file] = why;
      found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) keep(std::move(f));
  }

 private:
  void keep(std::string path) {
    if (excluded(path, exclude_)) return;
    // Seen paths are remembered by a hash of their normal form; only a clash compares the paths themselves.
    std::string normal = fs::path(path).lexically_normal().string();
    size_t hash = std::hash<std::string>{}(normal);
    if (seen_.count(hash)) {
      for (const auto& f : inputs_.files)
        if (fs::path(f).lexically_normal().string() == normal) return;
    }
    seen_.insert(hash);
    inputs_.files.push_back(std::move(path));
  }

  CohortInputs& inputs_;
  const std::vector<std::string>& exclude_;
  std::unordered_set<size_t> seen_;
};

std::string read_head(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  std::string text(limit, '\0');
  in.read(text.data(), std::streamsize(limit));
  text.resize(size_t(in.gcount()));
  return text;
}

// The files a LaTeX source pulls in, as written, comments left out.
std::vector<std::string> included_names(const std::string& tex) {
  static const std::regex include(R"(\\(?:input|include|subfile)\s*\{([^}]+)\})");
  std::vector<std::string> names;
  size_t start = 0;
  while (start < tex.size()) {
    size_t end = tex.find('\n', start);
    if (end == std::string::npos) end = tex.size();
    std::string line = tex.substr(start, end - start);
    for (size_t i = 0; i < line.size(); ++i)
      if (line[i] == '%' && (i == 0 || line[i - 1] != '\\')) {
        line.resize(i);
        break;
      }
    for (std::sregex_iterator m(line.begin(), line.end(), include), e; m != e; ++m) names.push_back((*m)[1].str());
    start = end + 1;
  }
  return names;
}

}  // namespace

CohortInputs collect_inputs(const std::vector<std::string>& paths, std::istream& in, const std::vector<std::string>& exclude) {
  CohortInputs inputs;
  Collector collector(inputs, exclude);
  for (const auto& p : paths) {
    if (p != "-") {
      collector.add(p);
      continue;
    }
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
      if (!line.empty()) collector.add(line);
    }
  }
  inputs.parts = latex_parts(inputs.files);
  return inputs;
}

std::map<std::string, std::string> latex_parts(const std::vector<std::string>& files) {
  std::map<std::string, std::string> parts;
  std::map<std::string, std::string> tex;  // canonical path → the input as given, for the .tex inputs
  for (const auto& f : files)
    if (std::error_code ec; lower(fs::path(f).extension().string()) == ".tex" && fs::is_regular_file(f, ec)) {
      // Regular files only: reading a FIFO named *.tex here, before any worker or time limit, would block.
      tex.emplace(fs::weakly_canonical(f, ec).string(), f);
    }
  for (const auto& [canonical, file] : tex)
    for (std::string name : included_names(read_head(file, 1 << 20))) {
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
      fs::path target = fs::path(canonical).parent_path() / name;
      if (!target.has_extension()) target += ".tex";
      std::error_code ec;
      auto it = tex.find(fs::weakly_canonical(target, ec).string());
      if (it == tex.end() || it->second == file || parts.count(it->second)) continue;
      parts[it->second] = "a part of " + file + " (\\input), not a resume on its own";
    }
  return parts;
}

}  // namespace bescore
