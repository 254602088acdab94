// A pattern that only lists words and phrases between word boundaries, "(?i)\b(back-?end|servers?|deploy\w*)\b",
// found by looking its spellings up at each word boundary instead of by RE2. Compiling such a pattern cost RE2 up to
// a million instructions (the backend trait's lists are the largest patterns of a rule set), on every run; spelling
// it out costs a few thousand, and it finds what RE2 finds, where RE2 finds it (src/base/word_list_test.cc checks
// every such pattern of the built-in rule sets against RE2).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bescore {

class WordList {
 public:
  /// The pattern's spellings, or nullopt when it is not a list of words and phrases. What it reads: an optional
  /// leading "(?i)" (then no capital letters), "\b" at both ends (or "^" at the start: the text's start only, where
  /// no boundary is asked for, as RE2 asks none) around one sequence of letters, digits, spaces and
  /// the signs - / & ' , #, escaped signs ("\." "\+" "\-"), classes of such characters without ranges ("[- ]",
  /// "[sz]"), groups ("(...)", "(?:...)") holding alternatives, "?" after any of these, and "\w*" (not "\w*?")
  /// ending a spelling. At most 4096 spellings of 64 KB in all, at most 256 opening with the same byte.
  static std::optional<WordList> of(std::string_view pattern);

  /// Whether the pattern was "(?i)": then text must be in ASCII lower case, and must not hold the Kelvin sign or the
  /// long s (which (?i) matches as 'k' and 's': lower_case_runs_on).
  bool folds_case() const { return fold_; }

  /// The leftmost match in text at or after from, [start, end), as RE2 finds it: where several spellings match at
  /// the leftmost start, the one the pattern prefers (alternatives in order, "x?" with x first, "\w*" as far as it
  /// goes). Word boundaries read the characters before from too, as RE2 does.
  std::optional<std::pair<size_t, size_t>> find(std::string_view text, size_t from = 0) const;

  /// text with every match replaced by rewrite, as RE2::GlobalReplace would; the number of matches. lowered is text
  /// as find reads it (text itself, or text in lower case at the same offsets).
  int replace_all(std::string& text, std::string_view lowered, std::string_view rewrite) const;

  /// Every spelling, in the order the pattern prefers them; one that "\w*" ends has no end of its own ("deploy").
  std::vector<std::string> spellings() const;

  /// The list as one string (for the build's table of the built-in patterns, rules/builtin_literals.h), and back:
  /// from(encoded()) is the same list. Spellings never hold the separators it uses (control characters).
  std::string encoded() const;
  static WordList from(std::string_view encoded);

 private:
  bool index();  // fills by_first_ and first_ from spellings_; false when too many share a first byte
  std::optional<size_t> match_at(std::string_view text, size_t p) const;  // the preferred spelling's end at p

  struct Spelling {
    std::string text;
    bool open_end = false;  ///< "\w*" follows it
  };
  std::vector<Spelling> spellings_;  ///< in the pattern's order of preference
  std::vector<uint16_t> by_first_;   ///< spellings' indices by first byte, each byte's in order of preference
  std::array<std::pair<uint16_t, uint16_t>, 256> first_{};  ///< each first byte's range of by_first_
  bool fold_ = false;
  bool anchored_ = false;  ///< "^(...)\b"
};

}  // namespace bescore
