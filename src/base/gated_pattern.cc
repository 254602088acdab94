#include "base/gated_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace bescore {

namespace {
std::mutex registry_mutex;
std::vector<std::string>& registry() {
  static auto* sources = new std::vector<std::string>;  // never torn down: statics may outlive it
  return *sources;
}
}  // namespace

GatedPattern::GatedPattern(std::string pattern) : source_(std::move(pattern)), literals_(required_literals(source_)) {
  std::lock_guard lock(registry_mutex);
  registry().push_back(source_);
}

std::vector<std::string> GatedPattern::all_sources() {
  std::lock_guard lock(registry_mutex);
  return registry();
}
GatedPattern::~GatedPattern() = default;

const re2::RE2& GatedPattern::compiled() const {
  std::call_once(once_, [this] {
    re_ = std::make_unique<re2::RE2>(source_, re2::RE2::Quiet);
    if (!re_->ok()) {  // a programming error: the parser's own patterns are fixed text
      std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source_.c_str(), re_->error().c_str());
      std::abort();
    }
  });
  return *re_;
}

const re2::RE2* GatedPattern::for_text(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return nullptr;
  return &compiled();
}

bool GatedPattern::partial_match(std::string_view text) const {
  const re2::RE2* re = for_text(text);
  return re && re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re);
}

bool GatedPattern::full_match(std::string_view text) const {
  const re2::RE2* re = for_text(text);
  return re && re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re);
}

int GatedPattern::replace_all(std::string& text, std::string_view rewrite) const {
  const re2::RE2* re = for_text(text);
  return re ? re2::RE2::GlobalReplace(&text, *re, re2::StringPiece(rewrite.data(), rewrite.size())) : 0;
}

}  // namespace bescore
