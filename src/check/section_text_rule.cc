// Kind "section_text": judges the prose of a section (the summary) as a whole: phrases with the
// `avoid` trait cost per phrase, and prose without the `require` trait costs `require_points`.
#include <cmath>

#include "check/kinds.h"

namespace bescore {

namespace {

class SectionTextRule : public Rule {
 public:
  SectionTextRule(RuleSpec spec, const Trait* avoid, const Trait* require, const Lexicon* lexicon)
      : Rule(std::move(spec)), avoid_(avoid), require_(require), lexicon_(lexicon) {
    per_phrase_ = int(param_number(this->spec().params, "per_phrase", 2));
    require_points_ = int(param_number(this->spec().params, "require_points", 3));
  }

  std::string nothing_to_judge(const Resume& resume) const override {
    return scope_has_text(resume) ? "" : "no " + scope_names() + " was found";
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    for (const auto& s : resume.sections) {
      if (!in_scope(s.kind)) continue;
      std::string text;
      Location at = s.at;
      for (const auto& l : s.paragraph) { text += (text.empty() ? "" : " ") + l.text; if (!at.line) at = l.at; }
      for (const auto& e : s.entries)
        for (const auto& b : e.bullets) text += (text.empty() ? "" : " ") + b.text;
      if (!s.paragraph.empty()) at = s.paragraph.front().at;
      if (text.empty()) continue;
      std::vector<Location> lines;
      for (const auto& l : s.paragraph) lines.push_back(l.at);
      auto phrases = avoid_ ? avoid_->all_evidence(text) : std::vector<std::string>{};
      bool specific = !require_ || require_->test(text, lexicon_->find(text));
      int pts = int(phrases.size()) * per_phrase_ + (specific ? 0 : require_points_);
      if (pts == 0) break;
      std::string quoted;
      for (size_t i = 0; i < phrases.size(); ++i) quoted += (i ? ", " : "") + ("\"" + phrases[i] + "\"");
      TemplateValues v{{"phrases", quoted.empty() ? "no specialisation" : quoted},
                       {"specific", specific ? "yes" : "no"},
                       {"heading", s.heading}};
      Finding f = make_finding(pts, v, at, text);
      f.lines = lines;
      out.push_back(f);
      break;  // the first section in scope is the one a reader sees
    }
    cap_points(out, spec().points);
    return out;
  }

 private:
  const Trait *avoid_, *require_;
  const Lexicon* lexicon_;
  int per_phrase_, require_points_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_section_text_rule(RuleSpec spec, const RuleContext& context) {
  const Trait* avoid = nullptr;
  const Trait* require = nullptr;
  if (spec.params.contains("avoid")) {
    auto t = param_trait(spec.params, "avoid", context);
    if (!t) return Error{t.error()};
    avoid = *t;
  }
  if (spec.params.contains("require")) {
    auto t = param_trait(spec.params, "require", context);
    if (!t) return Error{t.error()};
    require = *t;
  }
  if (!avoid && !require) return Error{"params: needs \"avoid\" or \"require\""};
  return std::unique_ptr<Rule>(new SectionTextRule(std::move(spec), avoid, require, context.lexicon));
}

}  // namespace bescore
