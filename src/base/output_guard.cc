#include "base/output_guard.h"

#include <sys/stat.h>

#include <map>
#include <utility>

namespace bescore {

namespace {

bool identity(const std::string& path, std::pair<unsigned long long, unsigned long long>& id) {
  struct stat st;
  if (path.empty() || path == "-" || stat(path.c_str(), &st) != 0) return false;
  id = {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
  return true;
}

}  // namespace

Status output_overwriting_input(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs) {
  std::map<std::pair<unsigned long long, unsigned long long>, std::string> existing;
  for (const auto& out : outputs) {
    std::pair<unsigned long long, unsigned long long> id;
    if (identity(out, id)) existing.emplace(id, out);
  }
  if (existing.empty()) return {};
  for (const auto& input : inputs) {
    std::pair<unsigned long long, unsigned long long> id;
    if (!identity(input, id)) continue;
    if (auto it = existing.find(id); it != existing.end())
      return Error{it->second + ": is the input " + input + " (not overwritten)"};
  }
  return {};
}

std::string terminal_safe(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) { out += '?'; continue; }
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {  // U+0080-U+009F, C1 controls such as CSI
      out += '?';
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace bescore
