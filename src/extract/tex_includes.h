// \input, \include and \import for the LaTeX reader: which file an include names (relative to the including file,
// then to the main file, with the parameterless macros defined so far expanded), whether it may be read (inside
// the main file's folder, after symlinks; no cycle; not nested too deep; the bytes of all files within the limit),
// and the loaded files themselves, which stay put while the reader scans them.
#pragma once
#include <cstddef>
#include <filesystem>
#include <list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/tex_source.h"

namespace bescore::tex {

/// A .tex file's bytes from disk, refused when larger than max_bytes; an Error with the cause when it cannot be read.
Result<std::string> read_source_file(const std::string& path, size_t max_bytes);

/// What including a file came to: the file to read in place, a note for the reader, or an error that ends the read.
struct Opened {
  const TexFile* file = nullptr;  ///< null when the include is not read
  std::string note;               ///< "included cv/a.tex", or why a file outside the folder was not read
  std::string error;              ///< a missing file, a cycle, too deep, too many bytes
};

class TexIncludes {
 public:
  TexIncludes(const SourceLoader& load, size_t max_bytes) : load_(load), max_bytes_(max_bytes) {}

  /// The main file, from its bytes (a BOM dropped, invalid UTF-8 repaired); its folder bounds every include.
  const TexFile& open_main(std::string_view bytes, const std::string& path);

  /// The file `\input{name}` in `from` at offset `at` names. A file returned is being read until close().
  Opened open(const TexFile& from, std::string name, size_t at);
  void close() { stack_.pop_back(); }

  /// Remembers a \newcommand without parameters ("\\sectiondir" → "sections/") for the include paths after it.
  void define(const std::string& macro, std::string body) { macros_[macro] = std::move(body); }
  /// An include path with the macros defined so far replaced by their text.
  std::string expand(const std::string& path) const;

 private:
  bool inside_root(const std::string& path) const;

  const SourceLoader& load_;
  size_t max_bytes_;
  std::list<TexFile> files_;         ///< Every file read; a list so references stay valid while includes load.
  std::vector<std::string> stack_;   ///< Paths of the files being read, outermost first (cycle and depth guard).
  size_t total_bytes_ = 0;
  std::filesystem::path root_;       ///< The main file's folder, canonical: includes must stay inside it.
  std::map<std::string, std::string> macros_;  ///< Parameterless \newcommand bodies, by "\\name".
};

}  // namespace bescore::tex
