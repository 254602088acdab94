// Kind "ratio": the share of bullets with (or without) a trait should reach a target, role by role.
// Used for quantified impact, action verbs, and whether a resume reads as backend at all.
#include <cmath>

#include "check/kinds.h"
#include "check/util.h"

namespace bescore {

namespace {

class RatioRule : public Rule {
 public:
  RatioRule(RuleSpec spec, const Trait* trait) : Rule(std::move(spec)), trait_(trait) {
    const auto& p = this->spec().params;
    target_ = param_number(p, "target", 0.5);
    min_units_ = int(param_number(p, "min_units", 3));
    latest_weight_ = param_number(p, "latest_weight", 1.5);
    per_entry_ = p.value("per", "entry") == "entry";
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    if (per_entry_) {
      auto list = entries(resume);
      double weight_sum = 0, lost_sum = 0;
      std::vector<std::pair<const Entry*, double>> short_entries;
      bool first = true;
      for (const Entry* e : list) {
        if (e->bullets.size() < 2) continue;
        double w = double(e->bullets.size()) * (first ? latest_weight_ : 1.0);
        first = false;
        weight_sum += w;
        double s = shortfall(e->bullets);
        if (s > 0) { lost_sum += w * s; short_entries.emplace_back(e, w * s); }
      }
      if (weight_sum <= 0 || total_units(list) < size_t(min_units_)) return too_few(total_units(list));
      for (const auto& [e, share] : short_entries) {
        int pts = int(std::lround(spec().points * share / weight_sum));
        std::vector<const Bullet*> bs;
        for (const auto& b : e->bullets) bs.push_back(&b);
        out.push_back(finding_for(bs, pts, entry_label(*e)));
      }
      (void)lost_sum;
    } else {
      auto bs = bullets(resume);
      if (bs.size() < size_t(min_units_)) return too_few(bs.size());
      double s = shortfall_of(bs);
      if (s > 0) out.push_back(finding_for(bs, int(std::lround(spec().points * s)), "the resume"));
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Finding& f) { return f.points <= 0; }), out.end());
    cap_points(out, spec().points);
    return out;
  }

 private:
  // With almost no bullets there is nothing to credit: the rule's points are lost when its set says so, with
  // the finding "too_few" of its messages (its own fix would quote a bullet, and there is none to quote).
  std::vector<Finding> too_few(size_t units) const {
    if (!spec().messages.count("too_few")) return {};
    TemplateValues values{{"total", std::to_string(units)}, {"min", std::to_string(min_units_)}};
    return {make_finding("too_few", spec().points, values, {}, "")};
  }

  bool good(const Bullet& b) const { return b.traits.count(trait_->name()) > 0; }

  double shortfall_of(const std::vector<const Bullet*>& bs) const {
    size_t n = 0;
    for (const Bullet* b : bs) n += good(*b);
    double share = bs.empty() ? 1.0 : double(n) / bs.size();
    return share >= target_ ? 0.0 : (target_ - share) / target_;
  }
  double shortfall(const std::vector<Bullet>& bs) const {
    std::vector<const Bullet*> ptrs;
    for (const auto& b : bs) ptrs.push_back(&b);
    return shortfall_of(ptrs);
  }
  static size_t total_units(const std::vector<const Entry*>& list) {
    size_t n = 0;
    for (const Entry* e : list) n += e->bullets.size();
    return n;
  }

  Finding finding_for(const std::vector<const Bullet*>& bs, int pts, const std::string& label) const {
    size_t n = 0;
    const Bullet* example = nullptr;
    std::vector<Location> lacking;
    for (const Bullet* b : bs) {
      if (good(*b)) { ++n; continue; }
      lacking.push_back(b->at);
      if (!example) example = b;
    }
    TemplateValues v{{"n", std::to_string(n)},
                     {"total", std::to_string(bs.size())},
                     {"pct", percent(n, bs.size())},
                     {"target_pct", percent(target_, 1)},
                     {"entry", label},
                     {"missing", std::to_string(bs.size() - n)}};
    Finding f = make_finding(pts, v, example ? example->at : Location{}, example ? example->text : "");
    f.lines = lacking;
    return f;
  }

  const Trait* trait_;
  double target_, latest_weight_;
  int min_units_;
  bool per_entry_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_ratio_rule(RuleSpec spec, const RuleContext& context) {
  auto trait = param_trait(spec.params, "trait", context);
  if (!trait) return Error{trait.error()};
  double target = param_number(spec.params, "target", 0.5);
  if (target <= 0 || target > 1) return Error{"params.target: must be in (0, 1]"};
  for (const char* key : {"empty_message", "empty_fix"})  // the wording of sessions 8-9's rule files
    if (spec.params.contains(key)) return Error{std::string("params.") + key + ": give it as messages.too_few (message and fix)"};
  std::string per = spec.params.value("per", "entry");
  if (per != "entry" && per != "all") return Error{"params.per: must be \"entry\" or \"all\""};
  return std::unique_ptr<Rule>(new RatioRule(std::move(spec), *trait));
}

}  // namespace bescore
