// Kind "coverage": how many groups (backend areas from the lexicon, or named pattern groups) the
// resume shows. At document level, an area shown in a bullet counts fully and one only listed in
// the skills section counts `listed_credit`; at entry level (projects), each entry is judged alone
// and an entry matching `flag` (a tutorial project) counts as covering nothing.
#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "check/kinds.h"
#include "check/util.h"
#include "rules/trait_pattern.h"

namespace bescore {

namespace {

struct Group {
  std::string name;
  std::vector<std::shared_ptr<TraitPattern>> patterns;
  std::set<std::string> areas;
};

class CoverageRule : public Rule {
 public:
  CoverageRule(RuleSpec spec, std::vector<Group> groups, std::vector<std::shared_ptr<TraitPattern>> flags)
      : Rule(std::move(spec)), groups_(std::move(groups)), flags_(std::move(flags)) {
    const auto& p = this->spec().params;
    min_ = param_number(p, "min", 3);
    listed_credit_ = param_number(p, "listed_credit", 0.5);
    focus_max_ = param_number(p, "focus_max", 12);
    per_entry_ = p.value("unit", "document") == "entry";
  }

  std::string nothing_to_judge(const Resume& resume) const override {
    if (per_entry_) return entries(resume).empty() ? "no " + scope_names() + " entries were found" : "";
    return bullets(resume, false).empty() && resume.skills.empty() ? "no bullets and no skills list were found" : "";
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    if (per_entry_) run_entries(resume, out); else run_document(resume, out);
    out.erase(std::remove_if(out.begin(), out.end(), [](const Finding& f) { return f.points <= 0; }), out.end());
    cap_points(out, spec().points);
    return out;
  }

 private:
  bool group_in(const Group& g, const std::string& text, const std::vector<const Term*>& terms) const {
    for (const Term* t : terms) if (g.areas.count(t->family->area)) return true;
    for (const auto& p : g.patterns) if (p->matches(text)) return true;
    return false;
  }

  void run_document(const Resume& resume, std::vector<Finding>& out) const {
    auto bs = bullets(resume);
    double covered = 0;
    std::vector<std::string> missing, listed_only;
    std::vector<const Term*> skill_terms;
    std::string skills_text;
    for (const auto& s : resume.skills) skills_text += s.text + ", ";
    for (const auto& s : resume.skills) skill_terms.insert(skill_terms.end(), s.terms.begin(), s.terms.end());
    // A padded list earns less per area: credit shrinks as the list grows past focus_max items.
    double listed = listed_credit_ * std::min(1.0, focus_max_ / std::max(1.0, double(resume.skills.size())));
    for (const auto& g : groups_) {
      bool shown = false;
      for (const Bullet* b : bs) if (group_in(g, b->text, b->terms)) { shown = true; break; }
      if (shown) { covered += 1; continue; }
      if (group_in(g, skills_text, skill_terms)) { covered += listed; listed_only.push_back(g.name); continue; }
      missing.push_back(g.name);
    }
    if (covered >= min_) return;
    int pts = int(std::lround(spec().points * (min_ - covered) / min_));
    TemplateValues v{{"covered", std::to_string(int(std::floor(covered)))}, {"min", std::to_string(int(min_))},
                     {"total", std::to_string(groups_.size())}, {"missing", join(missing)},
                     {"listed_only", listed_only.empty() ? "none" : join(listed_only)}};
    Location at = bs.empty() ? Location{} : bs.front()->at;
    Finding f = make_finding(pts, v, at, bs.empty() ? "" : bs.front()->text);
    out.push_back(f);
  }

  void run_entries(const Resume& resume, std::vector<Finding>& out) const {
    auto list = entries(resume);
    if (list.empty()) return;
    std::vector<std::pair<const Entry*, double>> shorts;
    std::vector<std::vector<std::string>> missing_of;
    for (const Entry* e : list) {
      std::string text = e->title + " " + e->organisation + " " + e->stack;
      std::vector<const Term*> terms;
      for (const auto& b : e->bullets) { text += "\n" + b.text; terms.insert(terms.end(), b.terms.begin(), b.terms.end()); }
      bool flagged = false;
      for (const auto& p : flags_) flagged = flagged || p->matches(text);
      double covered = 0;
      std::vector<std::string> missing;
      for (const auto& g : groups_) {
        if (!flagged && group_in(g, text, terms)) covered += 1; else missing.push_back(g.name);
      }
      double s = covered >= min_ ? 0 : (min_ - covered) / min_;
      if (s > 0) { shorts.emplace_back(e, s); missing_of.push_back(missing); }
    }
    for (size_t i = 0; i < shorts.size(); ++i) {
      const Entry* e = shorts[i].first;
      int pts = int(std::lround(spec().points * shorts[i].second / double(list.size())));
      TemplateValues v{{"entry", entry_label(*e)}, {"missing", join(missing_of[i])}, {"min", std::to_string(int(min_))},
                       {"covered", std::to_string(int(groups_.size() - missing_of[i].size()))}};
      Finding f = make_finding(pts, v, e->at, e->title);
      for (const auto& b : e->bullets) f.lines.push_back(b.at);
      out.push_back(f);
    }
  }

  std::vector<Group> groups_;
  std::vector<std::shared_ptr<TraitPattern>> flags_;
  double min_, listed_credit_, focus_max_;
  bool per_entry_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_coverage_rule(RuleSpec spec, const RuleContext& context) {
  const auto& p = spec.params;
  if (!p.contains("groups") || !p["groups"].is_array() || p["groups"].empty())
    return Error{"params.groups: expected a non-empty array"};
  std::vector<Group> groups;
  for (size_t i = 0; i < p["groups"].size(); ++i) {
    const auto& g = p["groups"][i];
    std::string where = "params.groups[" + std::to_string(i) + "]";
    Group group;
    group.name = g.value("name", "");
    if (group.name.empty()) return Error{where + ".name: expected a string"};
    for (const auto& a : g.value("areas", nlohmann::json::array())) {
      bool known = false;
      for (const auto& f : context.lexicon->families()) known = known || f.area == a.get<std::string>();
      if (!known) return Error{where + ".areas: unknown lexicon area '" + a.get<std::string>() + "'"};
      group.areas.insert(a.get<std::string>());
    }
    auto pats = g.value("match", nlohmann::json::array());
    for (size_t k = 0; k < pats.size(); ++k) {
      auto re = TraitPattern::make(pats[k].get<std::string>());
      if (!re) return Error{where + ".match[" + std::to_string(k) + "]: " + re.error()};
      group.patterns.push_back(*re);
    }
    groups.push_back(std::move(group));
  }
  std::vector<std::shared_ptr<TraitPattern>> flags;
  auto fl = p.value("flag", nlohmann::json::array());
  for (size_t k = 0; k < fl.size(); ++k) {
    auto re = TraitPattern::make(fl[k].get<std::string>());
    if (!re) return Error{"params.flag[" + std::to_string(k) + "]: " + re.error()};
    flags.push_back(*re);
  }
  std::string unit = p.value("unit", "document");
  if (unit != "document" && unit != "entry") return Error{"params.unit: must be \"document\" or \"entry\""};
  if (param_number(p, "min", 3) <= 0) return Error{"params.min: must be positive"};
  return std::unique_ptr<Rule>(new CoverageRule(std::move(spec), std::move(groups), std::move(flags)));
}

}  // namespace bescore
