// Resume + rule set → Report: findings from every rule, points per category, the total.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "match/job_match.h"
#include "parse/resume.h"
#include "rules/ruleset.h"

namespace bescore {

/// A category's share of the score.
struct CategoryScore {
  std::string id, name;
  int weight = 0;  ///< Most points the category can give.
  int score = 0;   ///< Points kept.
  std::string summary;  ///< The biggest finding's message, or "no issues".
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
  int score = 0;  ///< 0-100.
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

/// Whether a finding belongs to one of the report's audits (advice that costs no points).
bool is_audit_finding(const Report& report, const Finding& finding);

/// The band of docs/scoring.md a score falls in ("ready to send", "solid, a few fixes"...).
const char* score_band(int score);

}  // namespace bescore
