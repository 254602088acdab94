// Shared by the libFuzzer targets (fuzz/README in docs/hardening.md): the built-in rules, loaded once, and the
// parse + score pipeline every reader's document goes through.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/extract.h"
#include "parse/parser.h"
#include "check/ruleset.h"
#include "score/report.h"

namespace bescore::fuzz {

inline const RuleSet& builtin_rules() {
  static const std::shared_ptr<const RuleSet> set = [] {
    auto loaded = load_ruleset("backend");
    if (!loaded) std::abort();  // the built-in set always loads; anything else is a bug worth a crash
    return *loaded;
  }();
  return *set;
}

/// Parses and scores a document; a score outside 0-100 is a bug.
inline void score(const Document& doc, const RuleSet& rules = builtin_rules()) {
  Report report = score_resume(parse_resume(doc, rules.vocabulary), rules);
  if (report.score < 0 || report.score > 100) std::abort();
}

/// Reads with read, then parses and scores what it read.
template <typename Read>
void read_and_score(const uint8_t* data, size_t size, Read read) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = read(bytes);
  if (doc) score(*doc);
}

}  // namespace bescore::fuzz
