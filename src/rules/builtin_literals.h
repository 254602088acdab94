// The required literals of the built-in rule files' patterns, computed when bescore was built
// (cmake/builtin_tables.cc writes the table), so a run does not analyse them again.
#pragma once
#include <optional>
#include <string_view>

#include "base/required_literals.h"

namespace bescore {

/// What required_literals(pattern) gives, for a pattern of a built-in rule file; nullptr for any other pattern.
const std::optional<RequiredLiterals>* builtin_required_literals(std::string_view pattern);

}  // namespace bescore
