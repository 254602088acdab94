// Rule files compiled into the binary (generated from rules/*.json by cmake/embed_files.cmake).
#pragma once
#include <vector>

#include "base/embedded_file.h"

namespace bescore {

/// Every rules/*.json, sorted by name.
const std::vector<EmbeddedFile>& embedded_rule_files();

/// The content of an embedded file by name, or nullptr.
const char* embedded_rule_file(const char* name);

}  // namespace bescore
