// The technology lexicon: names, aliases and families, matched in text with one RE2 pass.
#pragma once
#include <bitset>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/builtin_lexicon.h"

namespace bescore {

/// A family of technologies ("relational", "cache"...) and the backend area it belongs to.
struct TechFamily {
  std::string id, label;
  bool backend = false;
  std::string area;  ///< Backend-depth area ("databases", "caching"...), empty for non-backend families.
};

/// One technology or concept with its canonical name.
struct Term {
  std::string name;
  const TechFamily* family = nullptr;
  /// Its name written right before a year is no mention: "Spring 2025" is a season (the lexicon's
  /// "not_before": "year").
  bool not_before_year = false;
};

/// Where text names a term, and the words it used ("Postgres" at 12, 8 bytes, for PostgreSQL).
struct Mention {
  size_t pos = 0, len = 0;
  const Term* term = nullptr;
};

/// Finds lexicon terms in text, whatever alias the person wrote: word n-grams looked up in sorted key lists (one
/// pattern of 1,500 aliases cost more to compile than a whole PDF costs to read; the built-in lexicon's lists are
/// written sorted when bescore is built, so a run does not build them).
class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  /// Builds the lexicon from its JSON; errors name the JSON path.
  static Result<Lexicon> from_json(const nlohmann::json& j);

  /// The built-in lexicon from the tables written when bescore was built (rules/builtin_lexicon.h): the one
  /// from_json reads from the same file, without parsing it.
  static Lexicon from_table(const BuiltinLexicon& table);

  /// Distinct terms mentioned in text, in order of first mention.
  std::vector<const Term*> find(std::string_view text) const;

  /// Distinct terms with the byte offset of their first mention, in order.
  std::vector<std::pair<size_t, const Term*>> find_at(std::string_view text) const;

  /// Distinct terms with the span of their first mention, in order.
  std::vector<Mention> find_mentions(std::string_view text) const;

  /// The term a whole skills-list item names ("Postgres" → PostgreSQL), or nullptr.
  const Term* lookup(std::string_view item) const;

  /// The term a name is, whatever its letter case ("GoLang" → Go, though "Go" itself is case-sensitive), or nullptr.
  const Term* lookup_any_case(std::string_view name) const;

  const std::vector<TechFamily>& families() const { return families_; }
  const std::vector<Term>& terms() const { return terms_; }
  const TechFamily* family(const std::string& id) const;

 private:
  /// Adds a term known by name and aliases; its family must be one of families_ (all of them added first).
  void add_term(Term term, bool case_sensitive, const std::vector<std::string>& aliases);

  std::vector<TechFamily> families_;
  std::vector<Term> terms_;
  /// Sorts the key lists and keeps each key's first term (the built-in lexicon's lists come sorted).
  void sort_keys();
  /// The term key names in keys (sorted), or -1.
  static long find_key(const std::vector<LexiconKey>& keys, std::string_view key);

  std::vector<LexiconKey> folded_;        ///< lower-cased alias → term index
  std::vector<LexiconKey> exact_;         ///< case-sensitive alias → term index
  std::vector<LexiconKey> exact_folded_;  ///< case-sensitive alias, lower-cased → its first term
  std::deque<std::string> key_text_;      ///< The keys of a lexicon read from JSON (a deque: they never move).
  size_t max_words_ = 1;                               ///< Most words in one alias ("Google Cloud Platform").
  /// The first words of the names and aliases, by a hash of their lower case: a word whose bit is not set starts no
  /// name (most words of a resume), so find_mentions looks no phrase up there.
  std::bitset<1 << 16> first_words_;
  static size_t first_word_bit(std::string_view word);
  /// Counts a name's words and notes its first one (max_words_, first_words_).
  void note_name(std::string_view name);
};

}  // namespace bescore
