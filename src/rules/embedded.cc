#include "rules/embedded.h"

#include <cstring>

namespace bescore {

const char* embedded_rule_file(const char* name) {
  for (const auto& f : embedded_rule_files())
    if (std::strcmp(f.name, name) == 0) return f.content;
  return nullptr;
}

}  // namespace bescore
