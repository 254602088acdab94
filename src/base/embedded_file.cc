#include "base/embedded_file.h"

#include <cstring>

namespace bescore {

const char* embedded_content(const std::vector<EmbeddedFile>& files, const char* name) {
  for (const auto& f : files)
    if (std::strcmp(f.name, name) == 0) return f.content;
  return nullptr;
}

}  // namespace bescore
