#include "base/stdin_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>

namespace bescore {

namespace fs = std::filesystem;

StdinFile::StdinFile(std::istream& in, const std::string& shown_name, size_t max_bytes) {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "bescore-stdin-XXXXXX").string();
  if (!mkdtemp(pattern.data())) { error_ = std::string("cannot make a temporary folder: ") + std::strerror(errno); return; }
  dir_ = pattern;
  std::string name = fs::path(shown_name).filename().string();
  path_ = (fs::path(dir_) / (name.empty() || name == "-" ? "stdin" : name)).string();
  std::ofstream out(path_, std::ios::binary);
  char chunk[1 << 16];
  size_t total = 0;
  while (total <= max_bytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0)) {
    out.write(chunk, in.gcount());
    total += size_t(in.gcount());
  }
  if (!out) { error_ = "cannot write standard input to " + path_; path_.clear(); }
}

StdinFile::~StdinFile() {
  std::error_code ec;
  if (!dir_.empty()) fs::remove_all(dir_, ec);
}

bool stdin_is_piped() {
  struct stat st;
  return fstat(STDIN_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode) || S_ISSOCK(st.st_mode));
}

}  // namespace bescore
