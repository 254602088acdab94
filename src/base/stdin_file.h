// `bescore -` and `cat resume.md | bescore`: standard input kept in a private temporary file for the run, so every
// reader (PDF and DOCX need random access) and the watchdog's child read it like any other file.
#pragma once
#include <iosfwd>
#include <string>

namespace bescore {

/// Standard input saved under a fresh private folder, named after --stdin-filename (its extension tells the
/// format as a file's would); the folder goes when this does.
class StdinFile {
 public:
  /// Reads `in` to its end, or to max_bytes and one more (the extractor then says the file is too large).
  StdinFile(std::istream& in, const std::string& shown_name, size_t max_bytes);
  ~StdinFile();
  StdinFile(const StdinFile&) = delete;
  StdinFile& operator=(const StdinFile&) = delete;

  const std::string& path() const { return path_; }  ///< empty when the file could not be written
  const std::string& error() const { return error_; }

 private:
  std::string dir_, path_, error_;
};

/// Whether standard input is a pipe or a redirected file: then `bescore` with no file reads it.
bool stdin_is_piped();

}  // namespace bescore
