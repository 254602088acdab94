#include "rules/ruleset_spec.h"

#include <map>
#include <mutex>
#include <sstream>

#include "rules/builtin_lexicon.h"
#include "rules/embedded.h"

namespace bescore {

using nlohmann::json;

namespace {

Result<std::shared_ptr<const Lexicon>> lexicon_from_text(const std::string& text, const std::string& name) {
  json j;  // a rule set's own lexicon file (the built-in one comes from the build's tables)
  try { j = json::parse(text); } catch (const json::exception&) { return Error{name + ": not valid JSON"}; }
  auto lex = Lexicon::from_json(j);
  if (!lex) return Error{name + ": " + lex.error()};
  return std::make_shared<const Lexicon>(std::move(*lex));
}

// A built-in lexicon is read once per process and shared by every set that uses it, so that sets differing only
// in their rules and traits read a resume alike (parse/parser.h: reads_alike; --rules auto parses once).
Result<std::shared_ptr<const Lexicon>> load_lexicon(const json& top) {
  std::string name = top.value("lexicon", "lexicon.json");
  std::string dir = top.value("lexicon_dir", "");
  if (dir.empty()) {
    static std::mutex guard;
    static std::map<std::string, std::shared_ptr<const Lexicon>> built_in;
    std::lock_guard<std::mutex> lock(guard);
    if (auto it = built_in.find(name); it != built_in.end()) return it->second;
    if (const BuiltinLexicon* table = builtin_lexicon(name)) {  // tables written at build time: no JSON to parse
      auto lex = std::make_shared<const Lexicon>(Lexicon::from_table(*table));
      built_in.emplace(name, lex);
      return lex;
    }
    const char* c = embedded_rule_file(name.c_str());
    if (!c) return Error{"lexicon: no built-in lexicon '" + name + "'"};
    auto lex = lexicon_from_text(c, name);
    if (lex) built_in.emplace(name, *lex);
    return lex;
  }
  auto read = read_rule_file(dir + "/" + name, "lexicon");
  if (!read) return Error{read.error()};
  return lexicon_from_text(*read, name);
}

Result<RuleSpec> read_spec(const json& r) {
  RuleSpec s;
  s.id = r.value("id", "");
  s.kind = r.value("kind", "");
  s.category = r.value("category", "");
  s.name = r.value("name", s.id);
  s.severity = r.value("severity", "warning");
  s.points = r.value("points", 0);
  s.message = r.value("message", "");
  s.fix = r.value("fix", "");
  s.why = r.value("why", "");
  s.source = r.value("source", "");
  s.lead = r.value("lead", false);
  if (r.contains("params")) s.params = r["params"];
  for (const auto& k : r.value("sections", json::array())) s.sections.push_back(*section_kind_named(k.get<std::string>()));
  auto fixes = r.value("fixes", json::array());
  for (size_t i = 0; i < fixes.size(); ++i) {
    auto re = TraitPattern::make(fixes[i]["when"].get<std::string>());
    if (!re) return Error{"fixes[" + std::to_string(i) + "].when: " + re.error()};
    s.fixes.emplace_back(*re, fixes[i]["fix"].get<std::string>());
  }
  const json messages = r.value("messages", json::object());
  for (const auto& [name, m] : messages.items()) s.messages[name] = MessageTemplate{m.value("message", ""), m.value("fix", "")};
  return s;
}

// Numbers checked against their meaning, so a rule file or config cannot raise a score: every number in
// params, nested ones too (a presence rule's needs[i].points), is 0 or more, and what one finding costs
// (per_item, per_phrase, require_points, a need's points) is at most 100, the most any rule can be worth. A cost
// may exceed its rule's points: the rule caps or saturates its findings at its points (src/check/rule.cc), and a
// steeper cost is how the built-in sets that lower a rule's points keep one finding costing most of them
// (order/backend-first: per_item 4 on 2 points in three path sets).
std::string param_number_problem(const json& value, const std::string& key, const std::string& path) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it)
      if (auto p = param_number_problem(*it, it.key(), path + "." + it.key()); !p.empty()) return p;
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i)
      if (auto p = param_number_problem(value[i], key, path + "[" + std::to_string(i) + "]"); !p.empty()) return p;
  } else if (value.is_number()) {
    double v = value.get<double>();
    std::ostringstream shown;
    shown << v;
    if (!(v >= 0)) return path + ": " + shown.str() + " is negative";
    bool cost = key == "per_item" || key == "per_phrase" || key == "require_points" || key == "points";
    if (cost && v > 100) return path + ": " + shown.str() + " is more than 100";
  }
  return "";
}

std::string number_problem(const RuleSpec& s) {
  if (s.points < 0 || s.points > 100) return ".points: " + std::to_string(s.points) + " is not within 0-100";
  return s.params.is_object() ? param_number_problem(s.params, "", ".params") : "";
}

// The most points a set's rules may add up to: 10,000 rules at 100 each, so that every sum of points, weights
// and scores, and 100 times any of them, fits an int.
constexpr long long kMostSetPoints = 1000000;

Result<Vocabulary> vocabulary_of(const json& top, const std::string& name_or_path) {
  Vocabulary v;
  auto lex = load_lexicon(top);
  if (!lex) return Error{lex.error()};
  v.lexicon = *lex;
  if (top.contains("headings"))
    for (auto it = top["headings"].begin(); it != top["headings"].end(); ++it)
      for (const auto& h : it.value()) v.headings.synonyms[*section_kind_named(it.key())].push_back(h.get<std::string>());
  if (top.contains("heading_words"))
    for (auto it = top["heading_words"].begin(); it != top["heading_words"].end(); ++it)
      for (const auto& w : it.value())
        (it.key() == "weak" ? v.headings.weak : v.headings.words[*section_kind_named(it.key())]).push_back(w.get<std::string>());
  if (top.contains("traits"))
    for (auto it = top["traits"].begin(); it != top["traits"].end(); ++it) {
      auto t = Trait::from_json(it.key(), it.value(), *v.lexicon);
      if (!t) return Error{name_or_path + ": traits." + it.key() + "." + t.error()};
      v.traits.emplace(it.key(), std::move(*t));
    }
  return v;
}

}  // namespace

Result<RuleSetSpec> ruleset_spec(const MergedRuleSet& merged, const std::string& name_or_path) {
  RuleSetSpec set;
  const json& top = merged.top;
  set.id = top.value("id", "");
  set.name = top.value("name", set.id);
  set.version = top.value("version", "");
  set.origin = is_builtin_ruleset(name_or_path) ? "built-in" : name_or_path;
  auto vocabulary = vocabulary_of(top, name_or_path);
  if (!vocabulary) return Error{vocabulary.error()};
  set.vocabulary = std::move(*vocabulary);
  for (const auto& c : top.value("categories", json::array()))
    set.categories.push_back({c["id"].get<std::string>(), c.value("name", c["id"].get<std::string>()), 0});
  long long total = 0;
  for (const auto& rj : merged.rules) {
    if (rj.rule.value("off", false)) continue;
    auto spec = read_spec(rj.rule);
    if (!spec) return Error{rj.where + "." + spec.error()};
    if (std::string problem = number_problem(*spec); !problem.empty()) return Error{rj.where + problem};
    Category* cat = nullptr;
    for (auto& c : set.categories) if (c.id == spec->category) cat = &c;
    if (!cat) return Error{rj.where + ".category: unknown category '" + spec->category + "'"};
    total += spec->points;
    if (total > kMostSetPoints) return Error{rj.where + ".points: the set's rules add up to more than 1000000 points"};
    cat->weight += spec->points;
    set.rules.push_back({std::move(*spec), rj.where});
  }
  if (set.rules.empty()) return Error{name_or_path + ": the rule set has no rules"};
  return set;
}

}  // namespace bescore
