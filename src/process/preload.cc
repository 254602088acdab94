#include "process/preload.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace bescore {

namespace {

bool is_valgrind(const std::string& entry) { return entry.find("vgpreload") != std::string::npos; }

std::vector<std::string> preloaded_now() { return preload_entries(std::getenv("LD_PRELOAD")); }

}  // namespace

std::vector<std::string> preload_entries(const char* value) {
  std::vector<std::string> out;
  if (!value) return out;
  std::string list(value);
  for (size_t at = 0; at < list.size();) {
    size_t end = std::min(list.find_first_of(": ", at), list.size());
    if (end > at) out.push_back(list.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

bool under_valgrind() {
  auto entries = preloaded_now();
  return std::any_of(entries.begin(), entries.end(), is_valgrind);
}

bool libraries_preloaded() {
  auto entries = preloaded_now();
  if (!std::all_of(entries.begin(), entries.end(), is_valgrind)) return true;
  std::error_code ec;
  auto size = std::filesystem::file_size("/etc/ld.so.preload", ec);
  return !ec && size > 0;
}

}  // namespace bescore
