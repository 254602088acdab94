// What a rule set says about headings, lower case: the whole headings people write for each kind of section,
// and the head words that name a kind inside headings nobody listed (parse/headings.h reads lines with them).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "rules/section_kind.h"

namespace bescore {

using HeadingSynonyms = std::map<SectionKind, std::vector<std::string>>;

/// `weak` head words ("experience", "history") give experience only when no other head word names a kind
/// ("Leadership Experience" is not work history; "Research Experience" is).
struct HeadingVocabulary {
  HeadingSynonyms synonyms;
  std::map<SectionKind, std::vector<std::string>> words;
  std::vector<std::string> weak;

  bool operator==(const HeadingVocabulary&) const = default;
};

}  // namespace bescore
