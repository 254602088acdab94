#include "base/file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace bescore {

Result<std::string> read_file(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Error{errno == ENOENT ? "no such file" : std::string("cannot read: ") + std::strerror(errno)};
  std::streamoff size = in.tellg();
  if (size < 0) return Error{"cannot read the file's size"};
  if (size_t(size) > max_bytes)
    return Error{"larger than the " + std::to_string(max_bytes >> 20) + " MB limit (" + std::to_string(size >> 20) + " MB)"};
  in.seekg(0);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace bescore
