// Kind "repeat": the same bullet pasted twice (the rule's message and fix, with {first}: where it was first), or one
// term or buzzword repeated far more often than a person writes naturally (keyword stuffing: its "messages"
// "stuffing", with {word} and {count}).
#include <map>

#include "check/kinds.h"
#include "check/util.h"
#include "base/text.h"

namespace bescore {

namespace {

std::string fold(const std::string& s) {
  std::string out;
  for (char c : lower(s)) if (isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

class RepeatRule : public Rule {
 public:
  RepeatRule(RuleSpec spec, const Trait* buzzword) : Rule(std::move(spec)), buzzword_(buzzword) {
    per_item_ = int(param_number(this->spec().params, "per_item", 1));
    max_mentions_ = int(param_number(this->spec().params, "max_mentions", 6));
  }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    std::map<std::string, const Bullet*> seen;
    std::map<std::string, std::pair<int, const Bullet*>> mentions;
    for (const Bullet* b : bullets(resume, false)) {
      std::string key = fold(b->text);
      if (key.size() < 12) continue;
      auto [it, fresh] = seen.emplace(key, b);
      if (!fresh) {
        Finding f = make_finding(per_item_, {{"first", where(it->second->at)}}, b->at, b->text);
        f.lines = {it->second->at, b->at};
        out.push_back(f);
      }
      std::vector<std::string> words;
      for (const Term* t : b->terms) words.push_back(t->name);
      if (buzzword_) for (const auto& w : buzzword_->all_evidence(b->text)) words.push_back(lower(w));
      for (const auto& w : words) {
        auto& m = mentions[w];
        if (!m.second) m.second = b;
        ++m.first;
      }
    }
    for (const auto& [word, m] : mentions) {
      if (m.first <= max_mentions_) continue;
      out.push_back(make_finding("stuffing", per_item_, {{"word", word}, {"count", std::to_string(m.first)}}, m.second->at,
                                 m.second->text));
    }
    saturate_points(out, spec().points);
    return out;
  }

 private:
  const Trait* buzzword_;
  int per_item_, max_mentions_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_repeat_rule(RuleSpec spec, const RuleContext& context) {
  const Trait* buzzword = nullptr;
  if (spec.params.contains("buzzword")) {
    auto t = param_trait(spec.params, "buzzword", context);
    if (!t) return Error{t.error()};
    buzzword = *t;
  }
  if (!spec.messages.count("stuffing")) return Error{"messages.stuffing: missing (the message and fix for a keyword repeated too often)"};
  return std::unique_ptr<Rule>(new RepeatRule(std::move(spec), buzzword));
}

}  // namespace bescore
