// A resume against a job posting: a match percentage apart from the quality score, each asked skill
// with where the posting asks for it and where the resume shows it, the title, and stuffing warnings.
#pragma once
#include <string>
#include <vector>

#include "match/asked_skills.h"
#include "match/posting.h"
#include "match/role_fit.h"
#include "match/skill_match.h"
#include "match/stuffing.h"
#include "match/title_match.h"

namespace bescore {

/// Weights of the match percentage: a required skill counts twice a preferred one; a skill only listed
/// earns half the credit of one shown in an accomplishment.
constexpr double kRequiredWeight = 2.0;
constexpr double kPreferredWeight = 1.0;
constexpr double kListedCredit = 0.5;

struct JobMatch {
  std::string posting_file;
  int percentage = -1;     ///< 0-100: skills_percentage × role.fit; -1 when the posting names no skill bescore knows.
  int skills_percentage = -1;  ///< 0-100: the asked skills the resume shows, weighted (match_percentage).
  int required = 0, preferred = 0;  ///< Asked skills of each kind.
  std::vector<SkillMatch> skills;   ///< Missing first, then listed only, then evidenced; required before preferred.
  TitleMatch title;
  RoleFit role;
  std::vector<Stuffing> stuffing;
};

/// The match percentage of matched skills: sum of weight x credit over sum of weights, rounded.
int match_percentage(const std::vector<SkillMatch>& skills);

/// The match of one resume against a posting's document, read with the resume's own lexicon. Pure.
JobMatch job_match_of(const Resume& resume, const Document& posting, const Lexicon& lexicon);

/// Matches a resume to a posting whose skills were extracted once (asked_skills). Pure.
JobMatch match_job(const Posting& posting, const std::vector<AskedSkill>& asked, const Resume& resume,
                   const Lexicon& lexicon);

}  // namespace bescore
