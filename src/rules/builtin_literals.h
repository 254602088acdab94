// What bescore's build found of each pattern of the built-in rule files (cmake/builtin_tables.cc writes the table):
// the literals one of which every match holds, the pattern's lower-case form, and its spellings when it only lists
// words (base/word_list.h), so a run does not work them out again for every pattern it loads.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/required_literals.h"

namespace bescore {

struct BuiltinPatternFacts {
  std::optional<RequiredLiterals> literals;  ///< required_literals(pattern)
  std::optional<std::string_view> lower_case;  ///< lower_case_form(pattern), a view of the table
  std::optional<std::string_view> word_list;   ///< WordList::of(pattern)->encoded(), a view of the table
};

/// The facts of a pattern of a built-in rule file; nullopt for any other pattern.
std::optional<BuiltinPatternFacts> builtin_pattern_facts(std::string_view pattern);

}  // namespace bescore
