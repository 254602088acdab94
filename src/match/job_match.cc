// Assembling a job match: each asked skill found in the resume, the percentage, title and stuffing.
#include "match/job_match.h"

#include <algorithm>
#include <cmath>

namespace bescore {

int match_percentage(const std::vector<SkillMatch>& skills) {
  double earned = 0, possible = 0;
  for (const auto& m : skills) {
    double w = m.skill.asked == Ask::required ? kRequiredWeight : kPreferredWeight;
    possible += w;
    earned += w * (m.shown == Shown::evidenced ? 1.0 : m.shown == Shown::listed ? kListedCredit : 0.0);
  }
  return possible > 0 ? int(std::lround(100.0 * earned / possible)) : -1;
}

JobMatch match_job(const Posting& posting, const std::vector<AskedSkill>& asked, const Resume& resume,
                   const Lexicon& lexicon) {
  JobMatch j;
  j.posting_file = posting.file;
  for (const auto& a : asked) {
    j.skills.push_back(find_in_resume(a, resume, lexicon));
    (a.asked == Ask::required ? j.required : j.preferred) += 1;
  }
  j.skills_percentage = match_percentage(j.skills);
  j.role = role_fit(posting, asked, resume, lexicon);
  j.percentage = j.skills_percentage < 0 ? -1 : int(std::lround(j.skills_percentage * j.role.fit));
  // What to work on first: missing, then listed only; required before preferred; then posting order.
  std::stable_sort(j.skills.begin(), j.skills.end(), [](const SkillMatch& a, const SkillMatch& b) {
    if (a.shown != b.shown) return int(a.shown) < int(b.shown);
    return int(a.skill.asked) < int(b.skill.asked);
  });
  j.title = match_title(posting.title, resume);
  j.stuffing = find_stuffing(j.skills, resume, lexicon);
  return j;
}

JobMatch job_match_of(const Resume& resume, const Document& posting_doc, const Lexicon& lexicon) {
  Posting posting = read_posting(posting_doc, lexicon);
  return match_job(posting, asked_skills(posting, lexicon), resume, lexicon);
}

}  // namespace bescore
