// Kind "order": in an entry that mixes two kinds of work, the `first` kind should lead.
// Used for "lead with backend work" in roles that mix backend with frontend or mobile.
#include "check/kinds.h"
#include "check/util.h"

namespace bescore {

namespace {

class OrderRule : public Rule {
 public:
  OrderRule(RuleSpec spec, const Trait* first, const Trait* then, const Lexicon* lexicon)
      : Rule(std::move(spec)), first_(first), then_(then), lexicon_(lexicon) {
    per_item_ = int(param_number(this->spec().params, "per_item", 2));
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    for (const Entry* e : entries(resume)) {
      const Bullet* first_wanted = nullptr;
      for (const auto& b : e->bullets) if (is_wanted(b)) { first_wanted = &b; break; }
      if (!first_wanted || e->bullets.empty()) continue;
      const Bullet& lead = e->bullets.front();
      if (is_wanted(lead) || !lead.traits.count(then_->name()) || &lead == first_wanted) continue;
      TemplateValues v{{"entry", entry_label(*e)}, {"first", first_wanted->text}, {"line", where(first_wanted->at)}};
      Finding f = make_finding(per_item_, v, lead.at, lead.text);
      f.lines = {lead.at, first_wanted->at};
      out.push_back(f);
    }
    saturate_points(out, spec().points);
    return out;
  }

 private:
  // A bullet with both kinds of work is about whichever it names first: "Built a GraphQL API for the
  // iOS app" is backend work, "Shipped a React page on the new endpoint" is frontend work.
  bool is_wanted(const Bullet& b) const {
    if (!b.traits.count(first_->name())) return false;
    if (!b.traits.count(then_->name())) return true;
    return first_->first_position(b.text, *lexicon_) < then_->first_position(b.text, *lexicon_);
  }
  const Trait *first_, *then_;
  const Lexicon* lexicon_;
  int per_item_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_order_rule(RuleSpec spec, const RuleContext& context) {
  auto first = param_trait(spec.params, "first", context);
  if (!first) return Error{first.error()};
  auto then = param_trait(spec.params, "then", context);
  if (!then) return Error{then.error()};
  return std::unique_ptr<Rule>(new OrderRule(std::move(spec), *first, *then, context.lexicon));
}

}  // namespace bescore
