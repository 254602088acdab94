// Who fits a posting and what the cohort lacks: read back from each resume's JSON "match", counted per skill.
#include "report/cohort_match.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "check/util.h"
#include "report/cohort_summary.h"

namespace bescore {

using nlohmann::ordered_json;

std::string gap_shares(const SkillGap& g, int total) {
  return percent(g.missing, total) + "% / " + percent(g.listed, total) + "% / " + percent(g.evidenced, total) + "%";
}

int CohortPosting::required() const {
  int n = 0;
  for (const auto& a : asked) n += a.asked == "required";
  return n;
}

bool ResumeMatch::fits() const { return percentage >= kFitPercentage && missing_required().empty(); }

std::vector<std::string> ResumeMatch::missing_required() const {
  std::vector<std::string> out;
  for (const auto& s : skills)
    if (s.asked == "required" && s.shown == "missing") out.push_back(s.name);
  return out;
}

std::optional<ResumeMatch> resume_match_from_json(const ordered_json& report) {
  auto it = report.find("match");
  if (it == report.end() || !it->is_object()) return std::nullopt;
  ResumeMatch m;
  if (auto p = it->find("percentage"); p != it->end() && p->is_number()) m.percentage = p->get<int>();
  if (auto t = it->find("title"); t != it->end() && t->is_object()) m.title_verdict = json_text(*t, "verdict");
  if (auto ss = it->find("skills"); ss != it->end() && ss->is_array())
    for (const auto& s : *ss) m.skills.push_back({json_text(s, "name"), json_text(s, "asked"), json_text(s, "resume")});
  return m;
}

MatchTally::MatchTally(const CohortPosting& posting) {
  c_.posting = posting;
  for (const auto& a : posting.asked) {
    at_.emplace(a.name, c_.skills.size());
    c_.skills.push_back({a.name, a.asked});
  }
}

void MatchTally::add(const CohortEntry& e) {
  if (!e.scored() || !e.match || e.match->percentage < 0) return;
  const ResumeMatch& m = *e.match;
  percentages_.push_back(m.percentage);
  if (m.fits()) ++c_.fitting;
  (m.title_verdict == "yes" ? c_.title_yes : m.title_verdict == "partial" ? c_.title_partial : c_.title_no)++;
  for (const auto& s : m.skills) {
    auto it = at_.find(s.name);
    if (it == at_.end()) continue;  // asked by another rule set's lexicon: not this posting's list
    SkillGap& g = c_.skills[it->second];
    (s.shown == "evidenced" ? g.evidenced : s.shown == "listed" ? g.listed : g.missing)++;
  }
}

CohortMatch MatchTally::result() const {
  CohortMatch c = c_;
  c.matched = int(percentages_.size());
  if (!percentages_.empty()) {
    std::vector<int> sorted = percentages_;
    std::sort(sorted.begin(), sorted.end());
    c.median = quantile(sorted, 0.5);
    c.min = sorted.front();
    c.max = sorted.back();
  }
  // Required first; within each, the skills fewest resumes show, most missing before most listed only.
  std::stable_sort(c.skills.begin(), c.skills.end(), [](const SkillGap& a, const SkillGap& b) {
    if ((a.asked == "required") != (b.asked == "required")) return a.asked == "required";
    if (a.missing != b.missing) return a.missing > b.missing;
    return a.listed > b.listed;
  });
  return c;
}

CohortMatch summarise_match(const std::vector<CohortEntry>& entries, const CohortPosting& posting) {
  MatchTally tally(posting);
  for (const auto& e : entries) tally.add(e);
  return tally.result();
}

std::string match_summary_to_text(const CohortMatch& c, size_t top) {
  const CohortPosting& p = c.posting;
  int required = p.required();
  std::string out = "job: " + (p.title.empty() ? p.file : p.title + " (" + p.file + ")") + ", " +
                    std::to_string(required) + " required and " + std::to_string(int(p.asked.size()) - required) +
                    " preferred skills\n";
  if (p.asked.empty()) return out + "the posting names no technology bescore knows: no match computed\n";
  if (c.matched == 0) return out + "no resume was matched\n";
  out += "fit: " + std::to_string(c.fitting) + " of " + std::to_string(c.matched) + " (match " +
         std::to_string(kFitPercentage) + "% or more, every required skill at least listed)\n";
  out += "match: median " + format_number(c.median) + "%, range " + std::to_string(c.min) + "-" + std::to_string(c.max) +
         "%; title yes " + std::to_string(c.title_yes) + ", partial " + std::to_string(c.title_partial) + ", no " +
         std::to_string(c.title_no) + "\n";
  std::vector<const SkillGap*> lacking;
  for (const auto& g : c.skills)
    if (g.missing + g.listed > 0 && lacking.size() < top) lacking.push_back(&g);
  if (lacking.empty()) return out + "every asked skill is shown in a bullet by every resume\n";
  out += "lacked most (missing / listed only / in a bullet):\n";
  size_t width = 0;
  for (const auto* g : lacking) width = std::max(width, g->name.size());
  for (const auto* g : lacking) {
    char counts[64];
    std::snprintf(counts, sizeof counts, "  (%d / %d / %d of %d)", g->missing, g->listed, g->evidenced, c.matched);
    out += "  " + g->name + std::string(width - g->name.size() + 2, ' ') + g->asked +
           std::string(g->asked == "required" ? 3 : 2, ' ') + gap_shares(*g, c.matched) + counts + "\n";
  }
  return out;
}

}  // namespace bescore
