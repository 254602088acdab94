#include "rules/trait_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "base/required_literals.h"
#include "rules/builtin_literals.h"
#include "rules/trait.h"

namespace bescore {

namespace {
thread_local bool deferring = false;
}  // namespace

PatternDeferral::PatternDeferral(bool on) : outer_(deferring) { deferring = on; }
PatternDeferral::~PatternDeferral() { deferring = outer_; }
bool PatternDeferral::active() { return deferring; }

Result<std::shared_ptr<TraitPattern>> TraitPattern::make(const std::string& pattern) {
  // A built-in pattern that two traits share (the dates that quantified and scale strip) is one object,
  // compiled at most once.
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<TraitPattern>> deferred;
  std::lock_guard lock(mutex);
  if (deferring)
    if (auto it = deferred.find(pattern); it != deferred.end()) return it->second;
  auto p = std::make_shared<TraitPattern>();
  p->source_ = "(" + pattern + ")";  // a group, so the words it matched can be quoted back
  if (!deferring) {
    auto re = compile_pattern(p->source_);
    if (!re) re = compile_pattern(pattern);  // for an error message about the pattern as written
    if (!re) return Error{re.error()};
    p->re_ = *re;
    std::call_once(p->once_, [] {});
  }
  // A built-in file's pattern was analysed when bescore was built.
  if (const auto* built = builtin_required_literals(pattern)) p->literals_ = *built;
  else p->literals_ = required_literals(pattern);
  if (deferring) deferred.emplace(pattern, p);
  return p;
}

const RE2& TraitPattern::compiled() const {
  std::call_once(once_, [this] {
    auto re = compile_pattern(source_);
    if (!re) {  // only built-in patterns are deferred, and tests compile every one of them
      std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source_.c_str(), re.error().c_str());
      std::abort();
    }
    re_ = *re;
  });
  return *re_;
}

const RE2* TraitPattern::for_text(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return nullptr;
  return &compiled();
}

}  // namespace bescore
