// The built-in lexicon (rules/lexicon.json) as C++ tables, written when bescore was built (cmake/builtin_tables.cc):
// a run builds its Lexicon from them (Lexicon::from_table) instead of parsing the JSON.
#pragma once
#include <cstddef>
#include <iterator>
#include <string_view>

namespace bescore {

struct BuiltinFamily {
  const char* id;
  const char* label;
  bool backend;
  const char* area;  ///< "" for none
};

struct BuiltinTerm {
  const char* name;
  size_t family;        ///< Index into the families.
  bool case_sensitive;
  bool not_before_year;  ///< "not_before": "year"
  size_t first_alias, aliases;  ///< Its aliases: aliases[first_alias] and the ones after it.
};

/// A name or alias as the lexicon looks it up, and the term it names. A lexicon keeps three lists of them sorted by
/// key, each key once (the first term to claim it keeps it, as the lexicon file lists them).
struct LexiconKey {
  std::string_view key;
  size_t term;
};

struct BuiltinLexicon {
  const BuiltinFamily* families;
  size_t family_count;
  const BuiltinTerm* terms;
  size_t term_count;
  const char* const* aliases;
  // The lookup keys, sorted when bescore was built (rules/lexicon_keys.h says which list a name goes in).
  const LexiconKey* folded;
  size_t folded_count;
  const LexiconKey* exact;
  size_t exact_count;
  const LexiconKey* exact_folded;
  size_t exact_folded_count;
};

/// The table of the built-in lexicon file of that name ("lexicon.json"), or nullptr.
const BuiltinLexicon* builtin_lexicon(std::string_view file);

}  // namespace bescore
