// A batch's results as data, and the numbers every cohort report shows. Pure: no I/O, no clock.
#pragma once
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/finding.h"
#include "report/cohort_match.h"
#include "score/report.h"

namespace bescore {

/// One input of a batch: what the cohort reports need of its report, or the one-line cause there is none.
struct CohortEntry {
  std::string file;   ///< As every output shows it (a placeholder under --redact).
  std::string error;  ///< Empty when the file was scored.
  int score = 0;
  std::vector<CategoryScore> categories;  ///< In rule-set order.
  std::vector<Finding> findings;          ///< In report order.
  std::optional<ResumeMatch> match;       ///< Against `batch --job`'s posting; none without one.
  std::string rules;                      ///< The rule set's id when `--rules auto` picked one per file.
  std::string report_link;                ///< Its HTML report relative to the cohort page (`--reports`), or empty.
  int confidence = 100;                   ///< Reading confidence (%), docs/scoring.md.
  bool low_confidence = false;            ///< The row is flagged instead of ranked.
  bool skipped = false;                   ///< Not a resume (error says why): left out of the cohort, not a failure.

  bool scored() const { return error.empty(); }
};

/// A string member of a JSON report object; empty when it is missing or not a string.
std::string json_text(const nlohmann::ordered_json& object, const char* key);

/// The entry for a report given as the JSON of report_to_json, or as its entry_fields. A field read here must be kept
/// by entry_fields too (a batch's parent sees only those).
CohortEntry entry_from_json(const nlohmann::ordered_json& report);

/// What entry_from_json reads of a report and nothing more (no document, no finding's lines): a batch worker
/// sends its parent this rather than the whole report, which is several times larger.
nlohmann::ordered_json entry_fields(const nlohmann::ordered_json& report);

/// What a cohort report says instead of ranking a row it cannot trust ("low reading confidence (41%): not ranked"),
/// or empty.
std::string cohort_flag(const CohortEntry& entry);

/// The entry for a file that could not be scored.
CohortEntry failed_entry(std::string file, std::string error);

/// The entry for a file that is not a resume (a posting, a cover letter, a LaTeX part of another resume):
/// its error is "skipped: " and the reason.
CohortEntry skipped_entry(std::string file, const std::string& reason);

/// A rule as a fix to make: the points fixing all its findings would give back, and its first finding.
struct RuleFix {
  std::string rule;
  int points = 0;       ///< Sum over the rule's findings (already capped by the rule).
  std::string message;  ///< The rule's first finding in report order.
  std::string fix;
};

/// The rules of a report that cost the most points, most first, ties by first appearance; at most n.
std::vector<RuleFix> biggest_fixes(const CohortEntry& entry, size_t n);

/// How many scored resumes fail a rule (have at least one finding of it).
struct RuleShare {
  std::string rule;
  int failing = 0;
  int percent = 0;  ///< Of the scored resumes, rounded to the nearest whole number.
};

/// A category's average over the scored resumes.
struct CategoryAverage {
  std::string id, name;
  int weight = 0;
  double average = 0;
};

/// The numbers of a cohort.
struct CohortSummary {
  int scored = 0, failed = 0, skipped = 0;
  double q1 = 0, median = 0, q3 = 0;  ///< Of the scores: quantiles by linear interpolation (numpy's default).
  int min = 0, max = 0;
  double mean = 0;
  std::array<int, 10> histogram{};        ///< Scores 0-9, 10-19 … 80-89, 90-100.
  std::vector<CategoryAverage> categories;  ///< In rule-set order.
  std::vector<RuleShare> rules;            ///< Every rule some resume fails, most failed first, ties by rule id.
};

/// Summarises the entries (failed ones count only in `failed`, skipped ones in `skipped`).
CohortSummary summarise(const std::vector<CohortEntry>& entries);

/// The same numbers gathered one entry at a time, keeping only what they need (each score, a count per rule
/// and a total per category), so that a batch does not hold its entries.
class CohortTally {
 public:
  void add(const CohortEntry& entry);
  CohortSummary summary() const;

 private:
  CohortSummary s_;
  std::vector<int> scores_;
  std::map<std::string, int> failing_;
  std::map<std::string, long> category_totals_;
};

/// The q-quantile (0..1) of sorted values by linear interpolation between closest ranks; 0 when empty.
double quantile(const std::vector<int>& sorted, double q);

/// "72" for whole numbers, "72.5" otherwise (one decimal).
std::string format_number(double value);

/// The few lines printed at the end of a batch: counts, median and quartiles, the most failed rules.
std::string summary_to_text(const CohortSummary& summary, size_t top_rules = 5);

}  // namespace bescore
