#include "batch/batch_job.h"

#include "cli/job_options.h"
#include "match/asked_skills.h"
#include "parse/parser.h"
#include "rules/pick_ruleset.h"

namespace bescore {

namespace {

// The ids pick_ruleset can return (src/rules/pick_ruleset.h).
const char* const kPathSets[] = {"backend", "backend-new-grad", "mobile-to-backend", "backend-senior", "platform"};

}  // namespace

Result<BatchJob> prepare_batch_job(std::shared_ptr<const Document> posting, const std::string& posting_file,
                                   bool rules_auto, const RuleSet& rules) {
  BatchJob job;
  job.rules_auto = rules_auto;
  if (rules_auto)
    for (const char* id : kPathSets) {
      auto set = load_ruleset(id);
      if (!set) return Error{set.error()};
      job.path_sets.emplace(id, *set);
    }
  if (posting) {
    Posting p = read_posting(*posting, *rules.lexicon);
    job.cohort_posting.title = p.title;
    job.cohort_posting.file = posting_file;
    for (const auto& a : asked_skills(p, *rules.lexicon)) job.cohort_posting.asked.push_back({a.name, to_string(a.asked), ""});
    job.posting = std::move(posting);
  }
  return job;
}

Outcome score_for_batch(const std::string& path, const RuleSet& rules, const ExtractLimits& limits, const BatchJob& job) {
  RulesetPick pick;
  const RuleSet* used = &rules;
  RulesFor rules_for = [&](const Document& doc) -> const RuleSet& {
    if (!job.rules_auto) return rules;
    // As `bescore --rules auto FILE` picks: the resume read with the backend set, for its sections and dates.
    pick = pick_ruleset(parse_resume(doc, *job.path_sets.at("backend")), today_months());
    auto it = job.path_sets.find(pick.id);
    used = it != job.path_sets.end() ? it->second.get() : job.path_sets.at("backend").get();
    return *used;
  };
  Outcome r = score_file(path, rules_for, limits);
  if (!r.report) return r;
  if (job.rules_auto) r.report->ruleset_picked_because = pick.because;
  if (job.posting) r.report->match = job_match_of(r.report->resume, *job.posting, *used->lexicon);
  return r;
}

}  // namespace bescore
