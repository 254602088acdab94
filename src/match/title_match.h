// The posting's title against the resume's headline and role titles: the same kind of role (yes), a
// neighbouring one (partial: Software Engineer for Backend Engineer, Platform for Backend), or another.
#pragma once
#include <string>
#include <vector>

#include "parse/resume.h"

namespace bescore {

struct TitleMatch {
  std::string posting;               ///< "Senior Backend Engineer".
  std::string resume;                ///< The resume title compared (headline or a role), "" when there is none.
  Location resume_at;
  std::string verdict = "no";        ///< "yes", "partial" or "no".
  std::vector<std::string> shared;   ///< Words both titles have, as compared ("backend", "engineer").
  std::string why;                   ///< "both are backend titles".
};

/// The kind of role a title names: backend, platform, fullstack, frontend, mobile, data, software
/// (a general engineering title) or other (no engineering title at all).
std::string title_kind(const std::string& title);

/// "Mechatronics Engineer", "Civil Engineer": an engineer of another discipline, with no word of software in the
/// title ("Embedded Software Engineer", "Hardware Test Engineer" stay software titles). title_kind gives "other".
bool names_other_discipline(const std::string& title);

/// Compares the posting's title with the resume's headline and its experience titles, keeping the best. Pure.
TitleMatch match_title(const std::string& posting_title, const Resume& resume);

}  // namespace bescore
