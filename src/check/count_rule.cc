// Kind "count": a measured number should sit in [min, max]. Document measures (skills listed,
// pages, bullets with a trait, listed skills never shown in a bullet, entries whose title matches a pattern)
// cost points in proportion to the distance; unit measures (bullets per entry, words per bullet) cost per_item for each unit out of range.
#include <algorithm>
#include <cmath>
#include <set>

#include "check/kinds.h"
#include "check/util.h"
#include "rules/trait_pattern.h"
#include "base/text.h"

namespace bescore {

namespace {

const std::set<std::string> kDocumentMeasures = {"skills", "pages", "bullets_with_trait", "skills_not_in_bullets",
                                                  "entries_matching"};
const std::set<std::string> kUnitMeasures = {"bullets_per_entry", "words_per_bullet"};

class CountRule : public Rule {
 public:
  CountRule(RuleSpec spec, const Trait* trait, std::vector<std::shared_ptr<TraitPattern>> titles)
      : Rule(std::move(spec)), trait_(trait), titles_(std::move(titles)) {
    const auto& p = this->spec().params;
    measure_ = p.value("measure", "");
    min_ = param_number(p, "min", 0);
    max_ = param_number(p, "max", 1e9);
    tolerance_ = param_number(p, "tolerance", std::max(1.0, max_ < 1e9 ? max_ : min_));
    per_item_ = int(param_number(p, "per_item", 1));
  }

  std::string nothing_to_judge(const Resume& resume) const override {
    if (measure_ == "pages") return "";
    if (measure_ == "skills") return resume.skills.empty() ? "no skills list was found" : "";
    if (measure_ == "skills_not_in_bullets" && resume.skills.empty()) return "no skills list was found";
    if (measure_ == "bullets_per_entry" || measure_ == "entries_matching")
      return entries(resume).empty() ? "no " + scope_names() + " entries were found" : "";
    return Rule::nothing_to_judge(resume);
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    if (kUnitMeasures.count(measure_)) {
      run_units(resume, out);
      saturate_points(out, spec().points);
    } else {
      run_document(resume, out);
      cap_points(out, spec().points);
    }
    return out;
  }

 private:
  // A unit under the range and one over it need different words ("too short: say more" against "split it"): a set
  // gives them as messages "below" and "above"; without one, the rule's own message serves both.
  Finding unit_finding(double n, const TemplateValues& v, Location at, const std::string& excerpt) const {
    const char* side = n < min_ ? "below" : "above";
    if (spec().messages.count(side)) return make_finding(side, per_item_, v, at, excerpt);
    return make_finding(per_item_, v, at, excerpt);
  }

  void run_units(const Resume& resume, std::vector<Finding>& out) const {
    for (const Entry* e : entries(resume)) {
      if (measure_ == "bullets_per_entry") {
        double n = double(e->bullets.size());
        if (e->title.empty() && e->organisation.empty()) continue;
        if (n >= min_ && n <= max_) continue;
        TemplateValues v{{"count", std::to_string(int(n))}, {"min", std::to_string(int(min_))},
                         {"max", std::to_string(int(max_))}, {"entry", entry_label(*e)}};
        out.push_back(unit_finding(n, v, e->at, e->title));
      } else {
        for (const auto& b : e->bullets) {
          double n = count_words(b.text);
          if (n >= min_ && n <= max_) continue;
          TemplateValues v{{"count", std::to_string(int(n))}, {"min", std::to_string(int(min_))},
                           {"max", std::to_string(int(max_))}, {"entry", entry_label(*e)}};
          out.push_back(unit_finding(n, v, b.at, b.text));
        }
      }
    }
  }

  void run_document(const Resume& resume, std::vector<Finding>& out) const {
    double n = 0;
    Location at;
    std::string excerpt, listed;
    std::vector<Location> lines;
    if (measure_ == "skills") {
      if (resume.sections_of(SectionKind::skills).empty()) return;
      n = double(resume.skills.size());
      if (!resume.skills.empty()) { at = resume.skills.front().at; excerpt = resume.skills.front().text; }
      for (const auto& s : resume.skills) lines.push_back(s.at);
      listed = skills_sample(resume);
    } else if (measure_ == "pages") {
      n = resume.pages;
    } else if (measure_ == "bullets_with_trait") {
      for (const Bullet* b : bullets(resume)) {
        if (b->traits.count(trait_->name())) { ++n; continue; }
        lines.push_back(b->at);
        if (excerpt.empty() && is_candidate(*b)) { excerpt = b->text; at = b->at; }
      }
      if (excerpt.empty()) {
        auto bs = bullets(resume);
        if (bs.empty()) return;  // nothing to judge
        excerpt = bs.front()->text;
        at = bs.front()->at;
      }
    } else if (measure_ == "skills_not_in_bullets") {
      std::string all;
      for (const Bullet* b : bullets(resume)) all += lower(b->text) + "\n";
      std::vector<std::string> unshown;
      for (const auto& s : resume.skills) {
        if (s.term.empty()) continue;
        if (all.find(lower(s.term)) != std::string::npos || all.find(lower(s.text)) != std::string::npos) continue;
        ++n;
        unshown.push_back(s.text);
        lines.push_back(s.at);
        if (excerpt.empty()) { excerpt = s.text; at = s.at; }
      }
      for (size_t i = 0; i < unshown.size() && i < 6; ++i) listed += (i ? ", " : "") + unshown[i];
    } else if (measure_ == "entries_matching") {
      // Entries whose title names what the set looks for ("Backend Engineering Intern"); the first
      // entry of the sections in scope is where one belongs when there is none.
      for (const Entry* e : entries(resume)) {
        bool hit = false;
        for (const auto& p : titles_) hit = hit || p->matches(e->title + " " + e->organisation);
        if (hit) { ++n; lines.push_back(e->at); continue; }
        if (excerpt.empty()) { excerpt = e->title; at = e->at; }
      }
    }
    double dist = n < min_ ? min_ - n : n > max_ ? n - max_ : 0;
    if (dist <= 0) return;
    int pts = int(std::lround(spec().points * std::min(1.0, dist / tolerance_)));
    TemplateValues v{{"count", std::to_string(int(n))}, {"min", std::to_string(int(min_))},
                     {"max", std::to_string(int(max_))}, {"listed", listed}};
    Finding f = make_finding(pts, v, at, excerpt);
    if (!lines.empty()) f.lines = lines;
    out.push_back(f);
  }

  // A bullet that talks about systems but gives no figure is the best place to add one.
  static bool is_candidate(const Bullet& b) { return b.traits.count("backend") > 0; }

  static std::string skills_sample(const Resume& resume) {
    std::string out;
    for (size_t i = 0; i < resume.skills.size() && i < 8; ++i) out += (i ? ", " : "") + resume.skills[i].text;
    if (resume.skills.size() > 8) out += ", …";
    return out;
  }

  const Trait* trait_;
  std::vector<std::shared_ptr<TraitPattern>> titles_;
  std::string measure_;
  double min_, max_, tolerance_;
  int per_item_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_count_rule(RuleSpec spec, const RuleContext& context) {
  std::string measure = spec.params.value("measure", "");
  if (!kDocumentMeasures.count(measure) && !kUnitMeasures.count(measure))
    return Error{"params.measure: unknown measure '" + measure + "'"};
  const Trait* trait = nullptr;
  if (measure == "bullets_with_trait") {
    auto t = param_trait(spec.params, "trait", context);
    if (!t) return Error{t.error()};
    trait = *t;
  }
  std::vector<std::shared_ptr<TraitPattern>> titles;
  if (measure == "entries_matching") {
    auto pats = spec.params.value("title", nlohmann::json::array());
    if (!pats.is_array() || pats.empty()) return Error{"params.title: expected a non-empty array of patterns"};
    for (size_t k = 0; k < pats.size(); ++k) {
      auto re = TraitPattern::make(pats[k].get<std::string>());
      if (!re) return Error{"params.title[" + std::to_string(k) + "]: " + re.error()};
      titles.push_back(*re);
    }
  }
  if (param_number(spec.params, "tolerance", 1) <= 0) return Error{"params.tolerance: must be positive"};
  return std::unique_ptr<Rule>(new CountRule(std::move(spec), trait, std::move(titles)));
}

}  // namespace bescore
