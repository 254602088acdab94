#include "rules/trait.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace bescore {

namespace {
thread_local PatternBudget* current_budget = nullptr;
}  // namespace

PatternBudget::PatternBudget(size_t limit) : limit_(limit), outer_(current_budget) { current_budget = this; }
PatternBudget::~PatternBudget() {
  current_budget = outer_;
  if (outer_) outer_->used_ += used_;  // an enclosing budget counts what was compiled inside this one too
}

Result<std::shared_ptr<re2::RE2>> compile_pattern(const std::string& pattern) {
  PatternBudget* budget = current_budget;
  RE2::Options opts;
  opts.set_log_errors(false);
  // Never more memory than the budget has left (a pattern near the limit fails fast instead of compiling).
  int64_t mem = 8 << 20;
  if (budget) mem = std::min<int64_t>(mem, std::max<int64_t>(1 << 16, int64_t(budget->limit_ - std::min(budget->limit_, budget->used_)) * 64));
  opts.set_max_mem(mem);
  auto re = std::make_shared<RE2>(pattern, opts);
  if (!re->ok()) {
    if (budget && re->error_code() == RE2::ErrorPatternTooLarge && mem < (8 << 20))
      return Error{"the rule set's patterns together exceed the size budget (" + std::to_string(budget->limit_) +
                   " compiled instructions)"};
    return Error{"invalid regular expression: " + re->error()};
  }
  if (budget) {
    budget->used_ += size_t(std::max(0, re->ProgramSize()));
    if (budget->used_ > budget->limit_)
      return Error{"the rule set's patterns together exceed the size budget (" + std::to_string(budget->limit_) +
                   " compiled instructions)"};
  }
  return re;
}

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The match m (a view of text) as a person would quote it: a pattern that peeks at the next word's first letter
// ("interviewer & j") gives back that part-word and the joining "&" or "and" before it.
std::string whole_words(std::string_view text, std::string_view m) {
  size_t end = size_t(m.data() - text.data()) + m.size();
  std::string out(m);
  if (end < text.size() && !out.empty() && word_char(out.back()) && word_char(text[end])) {
    size_t space = out.find_last_of(' ');
    out.resize(space == std::string::npos ? 0 : space);
    out = trim(out);
    for (const char* joiner : {" &", " and"})
      if (out.ends_with(joiner)) out.resize(out.size() - std::string(joiner).size());
  }
  return trim(out);
}

Result<std::vector<std::shared_ptr<TraitPattern>>> compile_list(const nlohmann::json& j, const char* key) {
  std::vector<std::shared_ptr<TraitPattern>> out;
  if (!j.contains(key)) return out;
  for (size_t i = 0; i < j[key].size(); ++i) {
    auto p = TraitPattern::make(j[key][i].get<std::string>());
    if (!p) return Error{std::string(key) + "[" + std::to_string(i) + "]: " + p.error()};
    out.push_back(*p);
  }
  return out;
}

}  // namespace

Result<Trait> Trait::from_json(const std::string& name, const nlohmann::json& j, const Lexicon& lexicon) {
  Trait t;
  t.name_ = name;
  for (auto [key, list] : {std::pair{"strip", &t.strip_}, {"match", &t.match_}, {"unless", &t.unless_}}) {
    auto compiled = compile_list(j, key);
    if (!compiled) return Error{compiled.error()};
    *list = std::move(*compiled);
  }
  for (const auto& w : j.value("first_word", nlohmann::json::array())) t.first_words_.insert(lower(w.get<std::string>()));
  for (const auto& f : j.value("families", nlohmann::json::array())) {
    std::string id = f.get<std::string>();
    if (!lexicon.family(id)) return Error{"families: unknown lexicon family '" + id + "'"};
    t.families_.insert(id);
  }
  for (const auto& e : j.value("exclude_terms", nlohmann::json::array())) t.exclude_terms_.insert(e.get<std::string>());
  return t;
}

std::string Trait::stripped(std::string_view text) const {
  std::string s(text);
  for (const auto& p : strip_) p->blank_out(s);
  return s;
}

bool Trait::test(std::string_view text, const std::vector<const Term*>& terms) const {
  for (const auto& p : unless_)
    if (p->matches(text)) return false;
  if (!first_words_.empty()) {
    size_t end = text.find_first_of(" ,;:.");
    if (first_words_.count(lower(text.substr(0, end)))) return true;
  }
  for (const Term* term : terms)
    if (families_.count(term->family->id) && !exclude_terms_.count(term->name)) return true;
  if (match_.empty()) return false;
  std::string s = stripped(text);
  for (const auto& p : match_)
    if (p->matches(s)) return true;
  return false;
}

std::string Trait::evidence(std::string_view text) const {
  std::string s = stripped(text);
  for (const auto& p : match_)
    if (auto m = p->find(s)) return whole_words(s, *m);
  if (!first_words_.empty()) return std::string(text.substr(0, text.find(' ')));
  return "";
}

size_t Trait::first_position(std::string_view text, const Lexicon& lexicon) const {
  size_t best = std::string_view::npos;
  for (const auto& [pos, term] : lexicon.find_at(text))
    if (families_.count(term->family->id) && !exclude_terms_.count(term->name)) { best = pos; break; }
  for (const auto& p : match_)
    if (auto m = p->find(text)) best = std::min(best, size_t(m->data() - text.data()));
  return best;
}

std::vector<std::string> Trait::all_evidence(std::string_view text) const {
  std::vector<std::string> out;
  std::string s = stripped(text);
  for (const auto& p : match_) {
    std::string_view rest(s);
    while (auto m = p->find(rest)) {
      std::string found = trim(std::string(*m));
      if (!found.empty() && std::find(out.begin(), out.end(), found) == out.end()) out.push_back(found);
      if (m->empty()) break;
      rest.remove_prefix(size_t(m->data() + m->size() - rest.data()));
    }
  }
  return out;
}

}  // namespace bescore
