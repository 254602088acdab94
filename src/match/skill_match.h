// Where the resume shows an asked skill: in an accomplishment (evidenced), only in the skills list or
// summary (listed), or nowhere (missing).
#pragma once
#include <string>

#include "match/asked_skills.h"
#include "parse/resume.h"

namespace bescore {

enum class Shown { missing, listed, evidenced };

const char* to_string(Shown shown);

struct SkillMatch {
  AskedSkill skill;
  Shown shown = Shown::missing;
  Location resume_at;       ///< The first bullet that shows it, else the skills item or summary line that lists it.
  std::string resume_term;  ///< The resume's technology that satisfied it ("RabbitMQ" for "message queues").
  bool in_skills = false;   ///< Listed in the skills section (not the summary) — what padding is made of.
};

/// Looks for one asked skill in the resume: experience and project bullets first, then the skills
/// section and the summary. Pure.
SkillMatch find_in_resume(const AskedSkill& skill, const Resume& resume, const Lexicon& lexicon);

}  // namespace bescore
