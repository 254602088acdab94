#include "rules/lexicon.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "rules/lexicon_keys.h"
#include "rules/builtin_lexicon.h"

namespace bescore {

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

namespace {

// Words as written, with their byte offsets: split on spaces, outer punctuation trimmed but the
// punctuation technology names carry ("C++", "C#", ".NET", "Node.js", "CI/CD") kept.
struct Word {
  size_t pos;
  std::string text;
};

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    size_t b = start, e = i;
    auto outer = [](char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
                                     c == '"' || c == '\'' || c == '!' || c == '?' || c == '{' || c == '}' || c == '*'; };
    while (b < e && outer(text[b])) ++b;
    while (e > b && (outer(text[e - 1]) || text[e - 1] == '.')) --e;
    if (b < e) out.push_back({b, std::string(text.substr(b, e - b))});
  }
  return out;
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
  lex.terms_.reserve(j["terms"].size());
  for (size_t i = 0; i < j["terms"].size(); ++i) {
    const auto& t = j["terms"][i];
    std::string where = "terms[" + std::to_string(i) + "]";
    if (!t.contains("name") || !t["name"].is_string()) return Error{where + ".name: expected a string"};
    Term term;
    term.name = t["name"].get<std::string>();
    term.family = lex.family(t.value("family", ""));
    if (!term.family) return Error{where + ".family: unknown family '" + t.value("family", "") + "'"};
    if (t.contains("not_before")) {
      if (t["not_before"] != "year") return Error{where + ".not_before: expected \"year\""};
      term.not_before_year = true;
    }
    std::vector<std::string> aliases;
    if (t.contains("aliases"))
      for (const auto& a : t["aliases"]) if (a.is_string()) aliases.push_back(a.get<std::string>());
    lex.add_term(std::move(term), t.value("case_sensitive", false), aliases);
  }
  lex.sort_keys();
  return lex;
}

Lexicon Lexicon::from_table(const BuiltinLexicon& table) {
  Lexicon lex;
  lex.families_.reserve(table.family_count);
  for (size_t i = 0; i < table.family_count; ++i) {
    const BuiltinFamily& f = table.families[i];
    lex.families_.push_back({f.id, f.label, f.backend, f.area});
  }
  lex.terms_.reserve(table.term_count);
  for (size_t i = 0; i < table.term_count; ++i) {
    const BuiltinTerm& t = table.terms[i];
    lex.terms_.push_back(Term{t.name, &lex.families_[t.family], t.not_before_year});
  }
  lex.folded_.assign(table.folded, table.folded + table.folded_count);
  lex.exact_.assign(table.exact, table.exact + table.exact_count);
  lex.exact_folded_.assign(table.exact_folded, table.exact_folded + table.exact_folded_count);
  // Every name is a key of folded_ or exact_ (lower-cased in folded_; the hash is blind to case anyway).
  for (const auto* keys : {&lex.folded_, &lex.exact_})
    for (const auto& k : *keys) lex.note_name(k.key);
  return lex;
}

size_t Lexicon::first_word_bit(std::string_view word) {
  uint32_t h = 2166136261u;  // FNV-1a of the word in ASCII lower case
  for (char c : word) h = (h ^ uint32_t(static_cast<unsigned char>(lower_ascii(c)))) * 16777619u;
  return h & 0xFFFF;
}

void Lexicon::note_name(std::string_view n) {
  max_words_ = std::max(max_words_, size_t(1 + std::count(n.begin(), n.end(), ' ')));
  first_words_.set(first_word_bit(n.substr(0, n.find(' '))));
}

void Lexicon::add_term(Term term, bool case_sensitive, const std::vector<std::string>& aliases) {
  size_t index = terms_.size();
  auto add = [&](const std::string& n) {
    lexicon_keys(n, case_sensitive, [&](KeyList list, std::string key) {
      auto& keys = list == KeyList::kExact ? exact_ : list == KeyList::kExactFolded ? exact_folded_ : folded_;
      keys.push_back({key_text_.emplace_back(std::move(key)), index});
    });
    note_name(n);
  };
  add(term.name);
  for (const auto& a : aliases) add(a);
  terms_.push_back(std::move(term));
}

void Lexicon::sort_keys() {
  for (auto* keys : {&folded_, &exact_, &exact_folded_}) {
    // Stable, so that of a key's entries the first added comes first and is the one kept.
    std::stable_sort(keys->begin(), keys->end(), [](const LexiconKey& a, const LexiconKey& b) { return a.key < b.key; });
    keys->erase(std::unique(keys->begin(), keys->end(), [](const LexiconKey& a, const LexiconKey& b) { return a.key == b.key; }),
                keys->end());
  }
}

long Lexicon::find_key(const std::vector<LexiconKey>& keys, std::string_view key) {
  auto it = std::lower_bound(keys.begin(), keys.end(), key, [](const LexiconKey& k, std::string_view v) { return k.key < v; });
  return it != keys.end() && it->key == key ? long(it->term) : -1;
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

namespace {

// "Docker-based", "Kafka-backed", "Kanban-like": a technology named with a modifier hyphenated to it.
bool modifier_suffix(const std::string& s) {
  static const std::set<std::string> suffixes = {"based", "backed", "like", "driven", "powered", "native", "first",
                                                 "centric", "heavy", "focused", "oriented", "enabled", "compatible",
                                                 "related", "specific", "style", "friendly", "savvy", "certified"};
  return suffixes.count(lower(s)) > 0;
}

}  // namespace

std::vector<Mention> Lexicon::find_mentions(std::string_view text) const {
  // Longest match first at each word: "Spring Boot" before "Spring", "GitHub Actions" before "GitHub".
  auto words = split_words(text);
  std::vector<Mention> out;
  std::vector<size_t> seen;
  auto take = [&](size_t pos, size_t len, size_t idx) {
    if (std::find(seen.begin(), seen.end(), idx) != seen.end()) return;
    seen.push_back(idx);
    out.push_back({pos, len, &terms_[idx]});
  };
  auto match = [&](const std::string& phrase) -> long {
    if (long term = find_key(exact_, phrase); term >= 0) return term;
    return find_key(folded_, lower(phrase));
  };
  // A phrase is its words joined by spaces (words hold none), so one that is a name starts with a name's first word.
  auto starts_names = [&](const std::string& word) { return first_words_.test(first_word_bit(word)); };
  for (size_t i = 0; i < words.size();) {
    size_t used = 0;
    std::string phrase;
    std::vector<std::string> phrases;
    for (size_t n = 0, starts = starts_names(words[i].text); starts && n < max_words_ && i + n < words.size(); ++n) {
      phrase += (n ? " " : "") + words[i + n].text;
      phrases.push_back(phrase);
    }
    for (size_t n = phrases.size(); n-- > 0;) {
      long idx = match(phrases[n]);
      // "Fall 2022 - Spring 2025": a name the lexicon marks "not_before": "year" is no mention before a year.
      if (idx >= 0 && terms_[size_t(idx)].not_before_year && phrases[n] == terms_[size_t(idx)].name &&
          i + n + 1 < words.size() && is_year(words[i + n + 1].text))
        idx = -1;
      if (idx >= 0) {
        take(words[i].pos, words[i + n].pos + words[i + n].text.size() - words[i].pos, size_t(idx));
        used = n + 1;
        // "RESTful API design", "big data pipelines": a name of two words or more that starts on this one's last
        // word is named too, so the next search starts there.
        std::string from_last = n > 0 ? words[i + n].text : std::string();
        for (size_t m = 1, starts = n > 0 && starts_names(words[i + n].text); starts && m < max_words_ && i + n + m < words.size(); ++m) {
          from_last += " " + words[i + n + m].text;
          if (match(from_last) >= 0) used = n;
        }
        break;
      }
    }
    if (!used) {
      // "Go/Rust", "Kafka/RabbitMQ": parts of a slashed word, unless the whole is a name ("CI/CD").
      const std::string& w = words[i].text;
      size_t from = 0;
      while (w.find('/') != std::string::npos && from <= w.size()) {
        size_t slash = w.find('/', from);
        std::string part = w.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
        while (!part.empty() && part.back() == '.') part.pop_back();
        if (long idx = part.empty() ? -1 : match(part); idx >= 0) take(words[i].pos + from, part.size(), size_t(idx));
        if (slash == std::string::npos) break;
        from = slash + 1;
      }
      // "React-Native" is React Native itself; "C-like" names no language (a base of one letter is no name).
      std::string spaced = w;
      std::replace(spaced.begin(), spaced.end(), '-', ' ');
      long whole = w.find('-') != std::string::npos ? match(spaced) : -1;
      if (whole >= 0) take(words[i].pos, w.size(), size_t(whole));
      else if (size_t dash = w.rfind('-'); dash != std::string::npos && dash >= 2 && modifier_suffix(w.substr(dash + 1)))
        if (long idx = match(w.substr(0, dash)); idx >= 0) take(words[i].pos, dash, size_t(idx));
      used = 1;
    }
    i += used;
  }
  return out;
}

std::vector<std::pair<size_t, const Term*>> Lexicon::find_at(std::string_view text) const {
  std::vector<std::pair<size_t, const Term*>> out;
  for (const auto& m : find_mentions(text)) out.emplace_back(m.pos, m.term);
  return out;
}

const Term* Lexicon::lookup(std::string_view item) const {
  std::string t = trim(item);
  if (long term = find_key(exact_, t); term >= 0) return &terms_[size_t(term)];
  if (long term = find_key(folded_, lower(t)); term >= 0) return &terms_[size_t(term)];
  auto found = find(t);
  return found.size() == 1 ? found.front() : nullptr;
}

const Term* Lexicon::lookup_any_case(std::string_view name) const {
  const std::string folded = lower(trim(name));
  if (long term = find_key(folded_, folded); term >= 0) return &terms_[size_t(term)];
  if (long term = find_key(exact_folded_, folded); term >= 0) return &terms_[size_t(term)];
  return nullptr;
}

}  // namespace bescore
