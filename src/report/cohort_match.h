// A cohort against one job posting (`bescore batch --job`): each resume's match as the cohort reports need it,
// who fits the posting, and which asked skills the cohort lacks most. Pure: no I/O, no clock.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace bescore {

struct CohortEntry;

/// A resume fits a posting when its match is at least this and no required skill is missing (each is at
/// least listed): the percentage alone would let a resume strong on preferred skills fit without a requirement.
constexpr int kFitPercentage = 70;

/// One asked skill of a resume's match: its name, "required" or "preferred", and "missing", "listed" or
/// "evidenced".
struct AskedShown {
  std::string name, asked, shown;
};

/// What the cohort reports need of one resume's "match" (docs/json-report.md).
struct ResumeMatch {
  int percentage = -1;        ///< -1 when the posting names no skill bescore knows.
  std::string title_verdict;  ///< "yes", "partial" or "no".
  std::vector<AskedShown> skills;

  bool fits() const;
  /// The required skills the resume does not name at all, in the match's order.
  std::vector<std::string> missing_required() const;
};

/// The "match" of a report as report_to_json writes it; nothing when the report has none.
std::optional<ResumeMatch> resume_match_from_json(const nlohmann::ordered_json& report);

/// An asked skill across the cohort: how many matched resumes miss it, only list it, or show it in a bullet.
struct SkillGap {
  std::string name, asked;
  int missing = 0, listed = 0, evidenced = 0;
};

/// "64% / 9% / 27%": the shares of total resumes missing the skill, only listing it, showing it in a bullet.
std::string gap_shares(const SkillGap& gap, int total);

/// The posting as the cohort page and summary name it: its title, its file, its asked skills in posting order.
struct CohortPosting {
  std::string title, file;
  std::vector<AskedShown> asked;  ///< shown is empty.

  int required() const;
};

/// The cohort's numbers against the posting.
struct CohortMatch {
  CohortPosting posting;
  int matched = 0;  ///< Scored resumes with a match percentage.
  int fitting = 0;
  double median = 0;
  int min = 0, max = 0;
  int title_yes = 0, title_partial = 0, title_no = 0;
  std::vector<SkillGap> skills;  ///< Required first; then most missing, most listed only, posting order.
};

/// Summarises the matches of the scored entries against the posting.
CohortMatch summarise_match(const std::vector<CohortEntry>& entries, const CohortPosting& posting);

/// The same gathered one entry at a time (each match percentage and the counts), without holding the entries.
class MatchTally {
 public:
  explicit MatchTally(const CohortPosting& posting);
  void add(const CohortEntry& entry);
  CohortMatch result() const;

 private:
  CohortMatch c_;
  std::map<std::string, size_t> at_;  ///< Skill name → its gap.
  std::vector<int> percentages_;
};

/// The lines added to the batch summary on stdout: the posting, who fits, the skills lacked most (top n).
std::string match_summary_to_text(const CohortMatch& match, size_t top_skills = 5);

/// The cohort page's section about the posting: tiles (fit, median match, titles) and a bar per asked skill.
std::string match_section_html(const CohortMatch& match);

}  // namespace bescore
