// Where a lexicon's term name or alias is looked up: the one rule that Lexicon::add_term and the build's table
// generator (cmake/builtin_tables.cc) both follow. Kept out of rules/builtin_lexicon.h, which headers compiled as
// C++17 (the fuzz build's qpdf code) include, since base/text.h needs C++20.
#pragma once
#include <string>

#include "base/text.h"

namespace bescore {

/// The lookup lists a lexicon keeps.
enum class KeyList { kFolded, kExact, kExactFolded };

/// The one rule for where a term's name or alias is looked up, used by Lexicon::add_term and by the build's table
/// generator: a case-sensitive name under itself (kExact) and in lower case (kExactFolded, for lookup_any_case), any
/// other name in lower case (kFolded). put(list, key) is called once for each.
template <class Put>
void lexicon_keys(const std::string& name, bool case_sensitive, Put&& put) {
  if (case_sensitive) {
    put(KeyList::kExact, std::string(name));
    put(KeyList::kExactFolded, lower(name));
  } else {
    put(KeyList::kFolded, lower(name));
  }
}

}  // namespace bescore
