#include "extract/tex_includes.h"

#include <algorithm>
#include <optional>

#include "base/file.h"
#include "base/text.h"

namespace bescore::tex {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxIncludeDepth = 10;

std::string clean_source(std::string_view bytes) {
  std::string text(bytes);
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  repair_utf8(text);
  return text;
}

}  // namespace

Result<std::string> read_source_file(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Error{fs::exists(path, ec) ? "not a regular file" : "no such file"};
  return read_file(path, max_bytes);  // an include larger than the input limit is refused before it is read
}

const TexFile& TexIncludes::open_main(std::string_view bytes, const std::string& path) {
  files_.emplace_back("", path, clean_source(bytes));
  total_bytes_ = files_.back().text.size();
  stack_.push_back(fs::path(path).lexically_normal().string());
  std::error_code ec;
  fs::path folder = fs::absolute(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path(), ec);
  root_ = fs::weakly_canonical(folder, ec);
  if (ec) root_ = folder.lexically_normal();
  return files_.front();
}

std::string TexIncludes::expand(const std::string& path) const {
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    size_t k = i + 1;
    while (path[i] == '\\' && k < path.size() && is_letter(path[k])) ++k;
    auto it = k > i + 1 ? macros_.find(path.substr(i, k - i)) : macros_.end();
    if (it == macros_.end()) { out += path[i]; continue; }
    out += it->second;
    i = k - 1;
  }
  return out;
}

Opened TexIncludes::open(const TexFile& from, std::string name, size_t at) {
  if (name.empty()) return {};
  std::string written = name;
  if (fs::path(name).extension().empty()) name += ".tex";
  std::string where = "\\input{" + written + "}" + (from.shown.empty() ? "" : " in " + from.shown) + " (line " +
                      std::to_string(from.at(at).line) + ")";
  if (int(stack_.size()) > kMaxIncludeDepth)
    return {nullptr, "", where + ": includes nested deeper than " + std::to_string(kMaxIncludeDepth)};
  // A resume is untrusted: an include may only name a file inside the main file's folder (after symlinks),
  // never an absolute path, or "\\input{/etc/passwd}" would put any readable file into the reports.
  std::string refused = fs::path(name).is_absolute() || name[0] == '~' ? "an absolute path" : "";
  // Relative to the including file first, then to the main file (where pdflatex runs).
  std::vector<std::string> candidates;
  for (const std::string& dir : {from.path, files_.front().path}) {
    if (!refused.empty()) break;
    std::string p = (fs::path(dir).parent_path() / name).lexically_normal().string();
    if (!inside_root(p)) continue;
    if (std::find(candidates.begin(), candidates.end(), p) == candidates.end()) candidates.push_back(p);
  }
  if (refused.empty() && candidates.empty()) refused = "outside the resume's folder";
  if (!refused.empty()) return {nullptr, where + ": not read, " + refused + " (includes must stay in the resume's folder)", ""};
  std::optional<Result<std::string>> loaded;
  std::string path;
  for (const auto& p : candidates) {
    if (std::find(stack_.begin(), stack_.end(), p) != stack_.end()) {
      std::string chain;
      for (const auto& s : stack_) chain += s + " → ";
      return {nullptr, "", where + ": include cycle " + chain + p};
    }
    loaded.emplace(load_(p));
    path = p;
    if (loaded->ok()) break;
  }
  if (!loaded->ok()) return {nullptr, "", where + ": " + candidates.front() + ": " + loaded->error()};
  total_bytes_ += loaded->value().size();
  if (total_bytes_ > max_bytes_)
    return {nullptr, "", where + ": included files exceed " + std::to_string(max_bytes_ >> 20) + " MB"};
  files_.emplace_back(path, path, clean_source(loaded->value()));
  stack_.push_back(path);
  return {&files_.back(), "included " + path, ""};
}

// Whether path, with every symlink in it resolved, lies inside the main file's folder.
bool TexIncludes::inside_root(const std::string& path) const {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return false;
  fs::path rel = resolved.lexically_relative(root_);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace bescore::tex
