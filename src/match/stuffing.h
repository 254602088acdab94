// Keyword stuffing against a posting: one of its words repeated far beyond its use in the posting,
// or a skills list padded with its words that no accomplishment shows.
#pragma once
#include <string>
#include <vector>

#include "match/skill_match.h"

namespace bescore {

struct Stuffing {
  std::string kind;                ///< "repeated" or "padded".
  std::vector<std::string> terms;  ///< The skill repeated, or the skills only listed.
  int resume_mentions = 0;         ///< Lines and bullets of the resume naming it ("repeated").
  int posting_mentions = 0;        ///< Clauses of the posting naming it ("repeated").
  std::vector<Location> lines;     ///< Where in the resume.
  std::string message;
};

/// Thresholds: a skill repeated in more than max(kRepeatFloor, kRepeatFactor x its posting mentions) lines
/// or bullets; kPaddedMin or more asked skills only listed in the skills section.
constexpr int kRepeatFloor = 6;
constexpr int kRepeatFactor = 3;
constexpr int kPaddedMin = 4;

/// Stuffing findings for a resume matched against a posting. Pure.
std::vector<Stuffing> find_stuffing(const std::vector<SkillMatch>& skills, const Resume& resume, const Lexicon& lexicon);

}  // namespace bescore
