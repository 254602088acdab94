#include "rules/trait_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "base/lower_case_form.h"
#include "base/required_literals.h"
#include "base/text.h"
#include "rules/builtin_literals.h"
#include "rules/trait.h"

namespace bescore {

namespace {
thread_local bool deferring = false;

// Every deferred pattern, by its source: one built-in pattern that two traits share (the dates that quantified and
// scale strip) is one object, compiled at most once.
std::mutex deferred_mutex;
std::map<std::string, std::shared_ptr<TraitPattern>>& deferred_patterns() {
  static auto* patterns = new std::map<std::string, std::shared_ptr<TraitPattern>>;  // never torn down
  return *patterns;
}

// Whether RE2 parses pattern as written (make compiles it inside a group, where "a)|(b" would parse). RE2 parses
// first, then compiles with two thirds of max_mem: at 2 bytes that is 1, no room for one instruction, so the compile
// stops at once (at 1 it would be 0, which RE2 reads as no limit) and a pattern that parses fails only as too large.
bool parses(const std::string& pattern) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(2);
  RE2 re(pattern, opts);
  return re.ok() || re.error_code() == RE2::ErrorPatternTooLarge;
}

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
  std::lock_guard lock(deferred_mutex);
  auto& deferred = deferred_patterns();
  if (deferring)
    if (auto it = deferred.find(pattern); it != deferred.end()) return it->second;
  auto p = std::make_shared<TraitPattern>();
  std::string written = "(" + pattern + ")";  // a group, so the words it matched can be quoted back
  // A built-in file's pattern was analysed when bescore was built.
  auto built = builtin_pattern_facts(pattern);
  if (deferring) {
    // Only a built-in set's patterns run in lower case: a rule file's are compiled as written, once, within its
    // budget (the as-written form of a folded pattern would be compiled later, outside it).
    auto lower_case = built ? std::optional<std::string>(built->lower_case) : lower_case_form(pattern);
    p->pattern_.emplace(std::move(written), lower_case ? std::optional("(" + *lower_case + ")") : std::nullopt,
                        compile_deferred);
  } else {
    auto re = compile_pattern(written);
    if (!re || !parses(pattern)) {
      auto as_written = compile_pattern(pattern);  // the error about the pattern as written
      if (!as_written) return Error{as_written.error()};
      if (!re) return Error{re.error()};
    }
    p->pattern_.emplace(*re);
  }
  p->literals_ = built ? std::move(built->literals) : required_literals(pattern);
  p->built_in_ = built.has_value();
  if (built) p->built_words_ = built->word_list;
  else p->source_ = pattern;
  if (deferring) deferred.emplace(pattern, p);
  return p;
}

void TraitPattern::compile_every_deferred() {
  std::lock_guard lock(deferred_mutex);
  for (const auto& [source, pattern] : deferred_patterns()) pattern->compile();
}

void TraitPattern::read_word_list() const {
  std::call_once(words_once_, [this] {
    if (built_words_) words_ = WordList::from(*built_words_);
    else if (!built_in_) words_ = WordList::of(source_);
  });
}

void TraitPattern::compile() const {
  read_word_list();
  if (!words_) pattern_->compile();  // a word list runs RE2 only on a text with the Kelvin sign or the long s
}

const WordList* TraitPattern::word_list(std::string_view text, std::string& lowered, std::string_view& reads) const {
  read_word_list();
  if (!words_) return nullptr;
  if (!words_->folds_case()) {
    reads = text;
  } else {
    if (!lower_case_runs_on(text)) return nullptr;  // "\u212Aafka": RE2 folds the Kelvin sign to k
    lowered = lower(text);
    reads = lowered;
  }
  return &*words_;
}

bool TraitPattern::matches(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  std::string_view reads;
  if (const WordList* words = word_list(text, lowered, reads)) return words->find(reads).has_value();
  auto r = pattern_->for_text(text, lowered);
  return RE2::PartialMatch(re2::StringPiece(r.text.data(), r.text.size()), *r.re);
}

std::optional<std::string_view> TraitPattern::find(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return std::nullopt;
  std::string lowered;
  std::string_view reads;
  if (const WordList* words = word_list(text, lowered, reads)) {
    auto m = words->find(reads);
    if (!m) return std::nullopt;
    return text.substr(m->first, m->second - m->first);
  }
  auto r = pattern_->for_text(text, lowered);
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
  std::string_view reads;
  if (const WordList* words = word_list(text, lowered, reads)) {
    if (reads.data() == text.data()) {
      std::string same = text;  // replace_all rewrites text, which find reads
      words->replace_all(text, same, " ");
    } else {
      words->replace_all(text, reads, " ");
    }
    return;
  }
  pattern_->replace_all(text, " ");
}

}  // namespace bescore
