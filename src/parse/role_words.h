// Whether a text names a role ("Senior Engineer", "Research Intern", "Co-founder", "PhD candidate"): a lookup of its
// words in a table of role words, not a regular expression (the pattern it replaced was the parser's largest to
// compile, about a tenth of a millisecond on every run).
#pragma once
#include <string_view>

namespace bescore {

/// A word of the text (a run of ASCII letters, digits and '_', any case) is a role word or a role word and "s"
/// ("engineers"), or the text holds "head of", "Ph.D", "Ph. D." or "PhD"; or a level before "SE"/"SDE" in capitals
/// ("Senior SDE", "Sr. SE"). Case matters only in the last ("SE" alone is Sweden). As the pattern it replaced read it,
/// RE2 with (?i): a text holding the Kelvin sign or the long s, which it folds to 'k' and 's', goes to RE2.
bool names_role(std::string_view text);

}  // namespace bescore
