#include "rules/lexicon.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/utf8.h"

namespace bescore {

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

namespace {

// Technology names use '+', '#' and '.', so word boundaries are spelled out instead of \b.
std::unique_ptr<RE2> alternation(std::vector<std::string> aliases, bool fold) {
  if (aliases.empty()) return nullptr;
  std::sort(aliases.begin(), aliases.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string pattern = fold ? "(?i)" : "";
  pattern += "(?:^|[^A-Za-z0-9_+#])(";
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (i) pattern += '|';
    pattern += RE2::QuoteMeta(aliases[i]);
  }
  pattern += ")(?:[^A-Za-z0-9_+#]|$)";
  RE2::Options opts;
  opts.set_max_mem(64 << 20);
  return std::make_unique<RE2>(pattern, opts);
}

}  // namespace

Result<Lexicon> Lexicon::from_json(const nlohmann::json& j) {
  Lexicon lex;
  if (!j.contains("families") || !j["families"].is_array()) return Error{"families: expected an array"};
  if (!j.contains("terms") || !j["terms"].is_array()) return Error{"terms: expected an array"};
  for (const auto& f : j["families"]) {
    TechFamily fam;
    fam.id = f.value("id", "");
    fam.label = f.value("label", fam.id);
    fam.backend = f.value("backend", false);
    if (f.contains("area") && f["area"].is_string()) fam.area = f["area"].get<std::string>();
    lex.families_.push_back(fam);
  }
  std::vector<std::string> folded, exact;
  lex.terms_.reserve(j["terms"].size());
  for (size_t i = 0; i < j["terms"].size(); ++i) {
    const auto& t = j["terms"][i];
    std::string where = "terms[" + std::to_string(i) + "]";
    if (!t.contains("name") || !t["name"].is_string()) return Error{where + ".name: expected a string"};
    Term term;
    term.name = t["name"].get<std::string>();
    term.family = lex.family(t.value("family", ""));
    if (!term.family) return Error{where + ".family: unknown family '" + t.value("family", "") + "'"};
    bool cs = t.value("case_sensitive", false);
    std::vector<std::string> names{term.name};
    if (t.contains("aliases"))
      for (const auto& a : t["aliases"]) if (a.is_string()) names.push_back(a.get<std::string>());
    for (const auto& n : names) {
      if (cs) { if (lex.exact_.emplace(n, i).second) exact.push_back(n); }
      else if (lex.folded_.emplace(lower(n), i).second) folded.push_back(n);
    }
    lex.terms_.push_back(std::move(term));
  }
  lex.folded_re_ = alternation(folded, true);
  lex.exact_re_ = alternation(exact, false);
  if ((lex.folded_re_ && !lex.folded_re_->ok()) || (lex.exact_re_ && !lex.exact_re_->ok()))
    return Error{"terms: aliases do not compile into a pattern"};
  return lex;
}

const TechFamily* Lexicon::family(const std::string& id) const {
  for (const auto& f : families_) if (f.id == id) return &f;
  return nullptr;
}

std::vector<const Term*> Lexicon::find(std::string_view text) const {
  std::vector<const Term*> out;
  for (const auto& [pos, term] : find_at(text)) out.push_back(term);
  return out;
}

std::vector<std::pair<size_t, const Term*>> Lexicon::find_at(std::string_view text) const {
  // Collect (position, term) from both patterns, then order by position for a stable result.
  std::vector<std::pair<size_t, size_t>> hits;
  auto scan = [&](const RE2* re, bool fold) {
    if (!re) return;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, *re, &match)) {
      std::string key(match.data(), match.size());
      auto& map = fold ? folded_ : exact_;
      auto it = map.find(fold ? lower(key) : key);
      if (it != map.end()) hits.emplace_back(size_t(match.data() - text.data()), it->second);
      // The consumed trailing boundary needs no step back: '^' matches at the rest's start.
      if (input.empty()) break;
    }
  };
  scan(folded_re_.get(), true);
  scan(exact_re_.get(), false);
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<size_t, const Term*>> out;
  std::vector<size_t> seen;
  for (const auto& [pos, idx] : hits)
    if (std::find(seen.begin(), seen.end(), idx) == seen.end()) { seen.push_back(idx); out.emplace_back(pos, &terms_[idx]); }
  return out;
}

const Term* Lexicon::lookup(std::string_view item) const {
  std::string t = trim(item);
  if (auto it = exact_.find(t); it != exact_.end()) return &terms_[it->second];
  if (auto it = folded_.find(lower(t)); it != folded_.end()) return &terms_[it->second];
  auto found = find(t);
  return found.size() == 1 ? found.front() : nullptr;
}

}  // namespace bescore
