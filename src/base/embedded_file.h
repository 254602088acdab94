// Files compiled into the binary at build time (cmake/embed_files.cmake): the built-in rule sets (rules/embedded.h)
// and the HTML reports' CSS and script (report/assets.h).
#pragma once
#include <vector>

namespace bescore {

/// One embedded file as it was at build time.
struct EmbeddedFile {
  const char* name;     ///< File name, e.g. "backend.json".
  const char* content;  ///< The file's bytes.
};

/// The content of the file called name among files, or nullptr.
const char* embedded_content(const std::vector<EmbeddedFile>& files, const char* name);

}  // namespace bescore
