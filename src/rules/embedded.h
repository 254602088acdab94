// Rule files compiled into the binary (generated from rules/*.json by cmake/embed_rules.cmake).
#pragma once
#include <vector>

namespace bescore {

/// One file of rules/ as it was at build time.
struct EmbeddedFile {
  const char* name;     ///< File name, e.g. "backend.json".
  const char* content;  ///< The file's bytes.
};

/// Every rules/*.json, sorted by name.
const std::vector<EmbeddedFile>& embedded_rule_files();

/// The content of an embedded file by name, or nullptr.
const char* embedded_rule_file(const char* name);

}  // namespace bescore
