// Resume + rule set → Report: findings from every rule, points per category, the total.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "match/job_match.h"
#include "parse/resume.h"
#include "check/ruleset.h"
#include "score/fit.h"
#include "score/reading.h"

namespace bescore {

/// A category's share of the score.
struct CategoryScore {
  std::string id, name;
  int weight = 0;  ///< Most points the category can give.
  int score = 0;   ///< Points kept.
  std::string summary;  ///< The biggest finding's message, "no issues", or what it had nothing to judge.
  bool judged = true;   ///< False when none of its rules had anything to judge (it then awards nothing).
};

/// A rule that had nothing to judge in this resume: it awards none of its points.
struct Unjudged {
  std::string rule, category, why;
  int points = 0;
};

/// A category worth no points (readability: the layout audit): its findings advise and never move the score.
struct AuditSummary {
  std::string id, name;
  int problems = 0;  ///< Its findings.
  int errors = 0;    ///< Of which severity error.
};

/// Everything any writer needs about one scored resume.
struct Report {
  std::string file, format;
  std::string ruleset_id, ruleset_name, ruleset_version;
  int score = 0;  ///< 0-100: quality times the backend fit, capped when no experience or bullets were read.
  int quality = 0;  ///< 0-100: the points kept, before the backend fit.
  Reading reading;  ///< Reading confidence and what could not be found.
  BackendFit fit;   ///< How much of the resume shows server-side work.
  std::vector<Unjudged> unjudged;  ///< Rules with nothing to judge.
  std::vector<CategoryScore> categories;  ///< Categories worth points, in the set's order.
  std::vector<AuditSummary> audits;       ///< Categories worth no points that have rules (readability).
  std::vector<Finding> findings;  ///< Lead findings first, then by points lost, then by place.
  std::vector<Finding> suppressed;  ///< Findings the person switched off in the source; they cost nothing.
  Resume resume;
  std::string ruleset_picked_because;  ///< Why --rules auto picked the set; empty when it was named.
  std::optional<JobMatch> match;       ///< How the resume matches --job's posting (docs/matching.md).
};

/// Runs every rule and scores; deterministic and pure.
Report score_resume(Resume resume, const RuleSet& rules);

/// Recomputes categories and the total from report.findings (after some were suppressed).
void tally(Report& report, const RuleSet& rules);

/// Most a resume with no experience section and no bullets can score.
constexpr int kUnreadCap = 24;

/// Whether a finding belongs to one of the report's audits (advice that costs no points).
bool is_audit_finding(const Report& report, const Finding& finding);

/// The band of docs/scoring.md a score falls in ("ready to send", "solid, a few fixes"...).
const char* score_band(int score);

}  // namespace bescore
