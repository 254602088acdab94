// Backend fit: how much of the whole resume (headline, titles, summary, skills, bullets, projects) shows
// server-side work. The score is for backend roles, so it is multiplied by the fit (docs/scoring.md, "Backend fit").
#pragma once
#include <string>

#include "parse/resume.h"
#include <map>

#include "rules/lexicon.h"
#include "rules/trait.h"

namespace bescore {

struct BackendFit {
  double factor = 1.0;       ///< 0.05-1: the score is the points kept times this.
  std::string kind = "backend";  ///< "backend", a rival kind ("frontend", "mobile", "data", "security", "systems"),
                                 ///< "operations" (infrastructure, no code), "software" (other engineering) or "non-software".
  double backend = 0, other = 0;  ///< The evidence weighed: server-side signals, and the strongest other kind's.
  std::map<std::string, double> evidence;  ///< Every kind's evidence (backend, the rival kinds, software, non-software).
  std::string message, fix;  ///< The report's lead finding when kind is not backend.
  Location at;               ///< Where the fix points (the person's own line), when there is one.
  std::string excerpt;
};

/// Weighs the whole resume; pure. traits are the rule set's (their "backend" and "frontend" traits read prose lines
/// that are not bullets).
BackendFit backend_fit(const Resume& resume, const Lexicon& lexicon, const std::map<std::string, Trait>& traits);

}  // namespace bescore
