// The skills list: "Languages: Go, Python; Data: PostgreSQL" → one Skill per item, matched to the lexicon.
#pragma once
#include <vector>

#include "document.h"
#include "parse/resume.h"
#include "rules/lexicon.h"

namespace bescore {

/// Splits one line of a skills section into items, dropping a leading "Category:" label.
std::vector<Skill> split_skills(const TextLine& line, const Lexicon& lexicon);

}  // namespace bescore
