// Kind "flag": every bullet (or every line of a section) with a trait is a finding of its own.
// Used for duty phrasing, first-person pronouns, filler words and keyword blocks.
#include <cmath>

#include "check/duty_object.h"
#include "check/kinds.h"
#include "base/text.h"

namespace bescore {

namespace {

class FlagRule : public Rule {
 public:
  FlagRule(RuleSpec spec, const Trait* trait, const Lexicon* lexicon) : Rule(std::move(spec)), trait_(trait), lexicon_(lexicon) {
    per_item_ = int(param_number(this->spec().params, "per_item", 2));
    lines_ = this->spec().params.value("unit", "bullet") == "line";
  }

  std::string nothing_to_judge(const Resume& resume) const override {
    if (!lines_) return Rule::nothing_to_judge(resume);
    return scope_has_text(resume) ? "" : "no text was found in " + scope_names();
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    auto flag = [&](const std::string& text, Location at) {
      std::string evidence = trait_->evidence(text);
      // What the bullet is about once the flagged words are taken away ("database management"); a fix that
      // quotes it falls back to the bullet's own words when the duty names no object ("Collaborated with ...").
      std::string rest = duty_object(text, evidence);
      TemplateValues v{{"evidence", evidence}, {"rest", rest.empty() ? opening_words(text) : rest}};
      out.push_back(make_finding(per_item_, v, at, text));
    };
    if (lines_) {
      for (const auto& s : resume.sections) {
        if (!in_scope(s.kind)) continue;
        for (const auto& line : s.paragraph)
          if (trait_->test(line.text, lexicon_->find(line.text))) flag(line.text, line.at);
      }
    } else {
      for (const Bullet* b : bullets(resume))
        if (b->traits.count(trait_->name())) flag(b->text, b->at);
    }
    saturate_points(out, spec().points);
    return out;
  }

 private:
  const Trait* trait_;
  const Lexicon* lexicon_;
  int per_item_;
  bool lines_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_flag_rule(RuleSpec spec, const RuleContext& context) {
  auto trait = param_trait(spec.params, "trait", context);
  if (!trait) return Error{trait.error()};
  std::string unit = spec.params.value("unit", "bullet");
  if (unit != "bullet" && unit != "line") return Error{"params.unit: must be \"bullet\" or \"line\""};
  return std::unique_ptr<Rule>(new FlagRule(std::move(spec), *trait, context.lexicon));
}

}  // namespace bescore
