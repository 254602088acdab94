#include "base/gated_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace bescore {

namespace {
std::mutex registry_mutex;
std::vector<std::string>& registry() {
  static auto* sources = new std::vector<std::string>;  // never torn down: statics may outlive it
  return *sources;
}

std::shared_ptr<re2::RE2> compile_fixed(const std::string& source) {
  auto re = std::make_shared<re2::RE2>(source, re2::RE2::Quiet);
  if (!re->ok()) {  // a programming error: the parser's own patterns are fixed text
    std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source.c_str(), re->error().c_str());
    std::abort();
  }
  return re;
}

}  // namespace

GatedPattern::GatedPattern(std::string pattern)
    : pattern_(pattern, lower_case_form(pattern), compile_fixed), literals_(required_literals(pattern)) {
  std::lock_guard lock(registry_mutex);
  registry().push_back(std::move(pattern));
}

std::vector<std::string> GatedPattern::all_sources() {
  std::lock_guard lock(registry_mutex);
  return registry();
}
GatedPattern::~GatedPattern() = default;

const re2::RE2* GatedPattern::for_text(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return nullptr;
  return &pattern_.as_written();
}

bool GatedPattern::partial_match(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  auto run = pattern_.for_text(text, lowered);
  return re2::RE2::PartialMatch(re2::StringPiece(run.text.data(), run.text.size()), *run.re);
}

bool GatedPattern::full_match(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  auto run = pattern_.for_text(text, lowered);
  return re2::RE2::FullMatch(re2::StringPiece(run.text.data(), run.text.size()), *run.re);
}

int GatedPattern::replace_all(std::string& text, std::string_view rewrite) const {
  if (literals_ && !may_match(text, *literals_)) return 0;
  return pattern_.replace_all(text, rewrite);
}

}  // namespace bescore
