#include "process/preload.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace bescore {

namespace {

bool is_valgrind(std::string_view entry) { return entry.find("vgpreload") != std::string_view::npos; }

// Calls each(entry) for the entries of an LD_PRELOAD value, until it returns true; whether one did. Allocates
// nothing: the heap set-up asks before the first allocation it shapes.
template <class Each>
bool any_entry(const char* value, Each each) {
  std::string_view list = value ? value : "";
  for (size_t at = 0; at < list.size();) {
    size_t end = std::min(list.find_first_of(": ", at), list.size());
    if (end > at && each(list.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

std::vector<std::string> preload_entries(const char* value) {
  std::vector<std::string> out;
  any_entry(value, [&](std::string_view entry) {
    out.emplace_back(entry);
    return false;
  });
  return out;
}

bool under_valgrind() { return any_entry(std::getenv("LD_PRELOAD"), is_valgrind); }

bool libraries_preloaded() {
  if (any_entry(std::getenv("LD_PRELOAD"), [](std::string_view entry) { return !is_valgrind(entry); })) return true;
  std::error_code ec;
  auto size = std::filesystem::file_size("/etc/ld.so.preload", ec);
  return !ec && size > 0;
}

}  // namespace bescore
