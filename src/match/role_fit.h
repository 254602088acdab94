// The kind of role a posting is for and the kind the resume presents, and how much the difference weighs on the
// match: a backend resume that shows every React skill of a frontend posting still fits it less than a frontend
// engineer would.
#pragma once
#include <string>
#include <vector>

#include "match/asked_skills.h"
#include "match/posting.h"
#include "parse/resume.h"

namespace bescore {

/// Share of the skills match a resume keeps for a posting of a neighbouring kind (backend and platform,
/// backend and full-stack, frontend and full-stack), and for a posting of another kind (backend for frontend).
constexpr double kNeighbourFit = 0.8;
constexpr double kOtherKindFit = 0.6;

struct RoleFit {
  std::string posting_kind;  ///< backend, platform, fullstack, frontend, mobile, data, or software (any engineer).
  std::string posting_from;  ///< "title", "title qualifier" or "asks" (the families of its asked skills).
  std::string resume_kind;   ///< The kind the resume presents itself as, or software when it names none.
  std::string resume_from;   ///< "headline", "latest role" or "" (no specific kind).
  double fit = 1.0;          ///< 1, kNeighbourFit or kOtherKindFit.
  std::string why;
};

/// The posting's kind: its title's (title_kind); a general title ("Senior Software Engineer") takes the kind its
/// qualifier names ("- Mobile Solutions", "(Backend)"), and a full-stack one its focus ("Full Stack (Backend)");
/// else the family that most of the asked skills weigh in when it is frontend, mobile or data rather than backend
/// (a required ask counts twice a preferred one). Pure.
std::string posting_kind(const Posting& posting, const std::vector<AskedSkill>& asked, const Lexicon& lexicon,
                         std::string* from = nullptr);

/// The kind the resume presents: its headline's, else its latest role's; software (any) when neither names one. Pure.
std::string resume_kind(const Resume& resume, std::string* from = nullptr);

/// How the two kinds weigh on the match. A general posting or resume (software) fits any kind. Pure.
RoleFit role_fit(const Posting& posting, const std::vector<AskedSkill>& asked, const Resume& resume,
                 const Lexicon& lexicon);

}  // namespace bescore
