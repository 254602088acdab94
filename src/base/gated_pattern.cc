#include "base/gated_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "base/lower_case_form.h"
#include "base/text.h"

namespace bescore {

namespace {
std::mutex registry_mutex;
std::vector<std::string>& registry() {
  static auto* sources = new std::vector<std::string>;  // never torn down: statics may outlive it
  return *sources;
}
}  // namespace

GatedPattern::GatedPattern(std::string pattern)
    : source_(std::move(pattern)), lower_case_source_(lower_case_form(source_)), literals_(required_literals(source_)) {
  std::lock_guard lock(registry_mutex);
  registry().push_back(source_);
}

std::vector<std::string> GatedPattern::all_sources() {
  std::lock_guard lock(registry_mutex);
  return registry();
}
GatedPattern::~GatedPattern() = default;

namespace {

std::unique_ptr<re2::RE2> compile_fixed(const std::string& source) {
  auto re = std::make_unique<re2::RE2>(source, re2::RE2::Quiet);
  if (!re->ok()) {  // a programming error: the parser's own patterns are fixed text
    std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source.c_str(), re->error().c_str());
    std::abort();
  }
  return re;
}

}  // namespace

const re2::RE2& GatedPattern::compiled() const {
  std::call_once(once_, [this] { re_ = compile_fixed(source_); });
  return *re_;
}

const re2::RE2* GatedPattern::lower_case_for(std::string_view text, std::string& lowered) const {
  if (!lower_case_source_ || !lower_case_runs_on(text)) return nullptr;
  std::call_once(lower_case_once_, [this] { lower_case_re_ = compile_fixed(*lower_case_source_); });
  lowered = lower(text);
  return lower_case_re_.get();
}

const re2::RE2* GatedPattern::for_text(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return nullptr;
  return &compiled();
}

bool GatedPattern::partial_match(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  if (const re2::RE2* re = lower_case_for(text, lowered)) return re2::RE2::PartialMatch(lowered, *re);
  return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), compiled());
}

bool GatedPattern::full_match(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  if (const re2::RE2* re = lower_case_for(text, lowered)) return re2::RE2::FullMatch(lowered, *re);
  return re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), compiled());
}

int GatedPattern::replace_all(std::string& text, std::string_view rewrite) const {
  if (literals_ && !may_match(text, *literals_)) return 0;
  std::string lowered;
  if (const re2::RE2* re = lower_case_for(text, lowered)) return replace_lowered_matches(text, lowered, *re, rewrite);
  std::string literal;  // RE2 reads backslashes in a rewrite; the rewrite here is plain text
  for (char c : rewrite) {
    if (c == '\\') literal += '\\';
    literal += c;
  }
  return re2::RE2::GlobalReplace(&text, compiled(), literal);
}

}  // namespace bescore
