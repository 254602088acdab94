// Section headings: "Work History", "TECHNICAL SKILLS", "edu cation" → a SectionKind.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "parse/resume.h"

namespace bescore {

using HeadingSynonyms = std::map<SectionKind, std::vector<std::string>>;

/// The section kind a line names, if it is a heading: a synonym from the rule set (letter case,
/// spacing and a trailing colon ignored), or an all-caps/marked short line (kind other).
std::optional<SectionKind> heading_kind(const TextLine& line, const HeadingSynonyms& synonyms);

}  // namespace bescore
