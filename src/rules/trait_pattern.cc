#include "rules/trait_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "base/lower_case_form.h"
#include "base/required_literals.h"
#include "base/text.h"
#include "rules/builtin_literals.h"
#include "rules/trait.h"

namespace bescore {

namespace {
thread_local bool deferring = false;

// A deferred built-in pattern, compiled on first use: tests compile every one of them, so it cannot fail.
std::shared_ptr<RE2> compile_deferred(const std::string& source) {
  auto re = compile_pattern(source);
  if (!re) {
    std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source.c_str(), re.error().c_str());
    std::abort();
  }
  return *re;
}

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
  // Only a built-in set's patterns run in lower case: a rule file's are compiled as written, once, within its
  // budget (the as-written form of a folded pattern would be compiled later, outside it).
  if (auto lower_case = deferring ? lower_case_form(pattern) : std::nullopt) {
    p->folded_ = true;
    p->written_source_ = std::move(p->source_);
    p->source_ = "(" + *lower_case + ")";
  }
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
  std::call_once(once_, [this] { re_ = compile_deferred(source_); });
  return *re_;
}

// Compiled only for a text a folded pattern cannot be run on (see Run), whether the rule set was deferred or not.
const RE2& TraitPattern::as_written() const {
  std::call_once(written_once_, [this] { written_ = compile_deferred(written_source_); });
  return *written_;
}

TraitPattern::Run TraitPattern::prepare(std::string_view text, std::string& lowered) const {
  if (!folded_) return {&compiled(), text};
  if (!lower_case_runs_on(text)) return {&as_written(), text};  // "\u212Aafka" matches (?i)kafka
  lowered = lower(text);
  return {&compiled(), lowered};
}

bool TraitPattern::matches(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  Run r = prepare(text, lowered);
  return RE2::PartialMatch(re2::StringPiece(r.text.data(), r.text.size()), *r.re);
}

std::optional<std::string_view> TraitPattern::find(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return std::nullopt;
  std::string lowered;
  Run r = prepare(text, lowered);
  // The whole match only (submatch 0): RE2's DFAs find where it starts and ends, without the slower engines
  // that track groups.
  re2::StringPiece m;
  if (!r.re->Match(re2::StringPiece(r.text.data(), r.text.size()), 0, r.text.size(), RE2::UNANCHORED, &m, 1))
    return std::nullopt;
  return text.substr(size_t(m.data() - r.text.data()), m.size());
}

void TraitPattern::blank_out(std::string& text) const {
  if (literals_ && !may_match(text, *literals_)) return;
  std::string lowered;
  Run r = prepare(text, lowered);
  if (r.text.data() == text.data()) {
    RE2::GlobalReplace(&text, *r.re, " ");
    return;
  }
  replace_lowered_matches(text, lowered, *r.re, " ");
}

}  // namespace bescore
