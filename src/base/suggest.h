// "did you mean --fail-under?": the closest of the known words to a mistyped option, rule id or rule-set name.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// The candidate nearest to `typed` by edits (insert, delete, replace, swap two neighbours), when it is near
/// enough to be a typo (at most 2 edits, or a third of the word); empty otherwise.
std::string closest_match(const std::string& typed, const std::vector<std::string>& candidates);

/// " (did you mean X?)" for closest_match, or empty.
std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates);

}  // namespace bescore
