#include "rules/ruleset.h"

#include <re2/re2.h>
#include <sys/stat.h>

#include <fstream>
#include <set>
#include <sstream>

#include "rules/embedded.h"
#include "rules/schema_check.h"

namespace bescore {

using nlohmann::json;

const Rule* RuleSet::rule(const std::string& rule_id) const {
  for (const auto& r : rules) if (r->spec().id == rule_id) return r.get();
  return nullptr;
}

int RuleSet::total_points() const {
  int n = 0;
  for (const auto& r : rules) n += r->spec().points;
  return n;
}

std::vector<std::string> builtin_rulesets() {
  std::vector<std::string> out;
  for (const auto& f : embedded_rule_files()) {
    std::string n = f.name;
    if (n == "lexicon.json" || n == "ruleset.schema.json") continue;
    out.push_back(n.substr(0, n.size() - 5));
  }
  return out;
}

namespace {

struct Source {
  std::string label;  ///< How errors name it: "backend.json (built-in)" or the path.
  std::string dir;    ///< Folder for relative references; empty for built-ins.
  json doc;
};

// A rule set or lexicon file from disk: a regular file of at most 16 MB, so that a path to a FIFO or a device
// (/dev/zero) in --rules, "extends" or "lexicon" is an error instead of a hang or all the memory there is.
Result<std::string> read_rule_file(const std::string& path, const std::string& what) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Error{path + ": cannot open " + what};
  if (!S_ISREG(st.st_mode)) return Error{path + ": not a regular file (" + what + ")"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open " + what};
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, size_t(in.gcount()));
    if (text.size() > (16u << 20)) return Error{path + ": larger than 16 MB (" + what + ")"};
  }
  return text;
}

bool is_builtin_name(const std::string& s) { return s.find('/') == std::string::npos && s.find(".json") == std::string::npos; }

Result<Source> read_source(const std::string& name_or_path, const std::string& relative_to) {
  Source src;
  std::string text;
  if (is_builtin_name(name_or_path)) {
    const char* content = embedded_rule_file((name_or_path + ".json").c_str());
    if (!content) return Error{name_or_path + ": no built-in rule set of that name"};
    src.label = "rules/" + name_or_path + ".json";
    text = content;
  } else {
    std::string path = name_or_path;
    if (!relative_to.empty() && path[0] != '/') path = relative_to + "/" + path;
    auto read = read_rule_file(path, "rule set");
    if (!read) return Error{read.error()};
    text = std::move(*read);
    src.label = path;
    auto slash = path.rfind('/');
    src.dir = slash == std::string::npos ? "." : path.substr(0, slash);
  }
  try {
    src.doc = json::parse(text);
  } catch (const json::parse_error& e) {
    return Error{src.label + ": not valid JSON (byte " + std::to_string(e.byte) + ")"};
  } catch (const json::exception& e) {  // a number beyond a double's range (1e999) is out_of_range, not a parse_error
    return Error{src.label + ": not valid JSON (" + std::string(e.what()).substr(0, 80) + ")"};
  }
  // Built-in sets are checked against the schema by the test suite, not on every run.
  if (!src.dir.empty()) {
    static const json schema = json::parse(embedded_rule_file("ruleset.schema.json"));
    if (auto problem = check_schema(src.doc, schema); !problem.empty()) return Error{src.label + ": " + problem};
  }
  return src;
}

// A rule's JSON together with the file and index errors should name.
struct RuleJson {
  json rule;
  std::string where;
};

struct Merged {
  json top = json::object();
  std::vector<RuleJson> rules;
};

Result<Merged> merge_source(const Source* src, std::set<std::string>& seen);

Result<Merged> merge_chain(const std::string& name, const std::string& relative_to, std::set<std::string>& seen) {
  auto src = read_source(name, relative_to);
  if (!src) return Error{src.error()};
  return merge_source(&*src, seen);
}

Result<Merged> merge_source(const Source* src, std::set<std::string>& seen) {
  if (!seen.insert(src->label).second) return Error{src->label + ": extends: cycle through this file"};
  Merged m;
  const json& d = src->doc;
  if (d.contains("extends")) {
    auto parent = merge_chain(d["extends"].get<std::string>(), src->dir, seen);
    if (!parent) return Error{parent.error()};
    m = std::move(*parent);
  }
  for (const char* key : {"id", "name", "version", "lexicon"})
    if (d.contains(key)) m.top[key] = d[key];
  if (src->dir.empty()) m.top["lexicon_dir"] = ""; else if (d.contains("lexicon")) m.top["lexicon_dir"] = src->dir;
  for (const char* key : {"headings", "heading_words", "traits"})
    if (d.contains(key)) for (auto it = d[key].begin(); it != d[key].end(); ++it) m.top[key][it.key()] = it.value();
  if (d.contains("categories"))
    for (const auto& c : d["categories"]) {
      bool replaced = false;
      for (auto& existing : m.top["categories"]) if (existing["id"] == c["id"]) { existing = c; replaced = true; }
      if (!replaced) m.top["categories"].push_back(c);
    }
  if (d.contains("overrides"))
    for (auto it = d["overrides"].begin(); it != d["overrides"].end(); ++it) {
      bool found = false;
      for (auto& r : m.rules) {
        if (r.rule["id"] != it.key()) continue;
        found = true;
        r.where = src->label + ": overrides." + it.key();  // errors in the merged rule name the file that changed it
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
          if (f.key() == "params" || f.key() == "messages") r.rule[f.key()].merge_patch(f.value()); else r.rule[f.key()] = f.value();
        }
      }
      if (!found) return Error{src->label + ": overrides." + it.key() + ": no such rule in the extended set"};
    }
  if (d.contains("rules"))
    for (size_t i = 0; i < d["rules"].size(); ++i) {
      RuleJson rj{d["rules"][i], src->label + ": rules[" + std::to_string(i) + "]"};
      bool replaced = false;
      for (auto& r : m.rules) if (r.rule["id"] == rj.rule["id"]) { r = rj; replaced = true; }
      if (!replaced) m.rules.push_back(std::move(rj));
    }
  return m;
}

Result<std::shared_ptr<const Lexicon>> load_lexicon(const json& top) {
  std::string name = top.value("lexicon", "lexicon.json");
  std::string dir = top.value("lexicon_dir", "");
  std::string text;
  if (dir.empty()) {
    const char* c = embedded_rule_file(name.c_str());
    if (!c) return Error{"lexicon: no built-in lexicon '" + name + "'"};
    text = c;
  } else {
    auto read = read_rule_file(dir + "/" + name, "lexicon");
    if (!read) return Error{read.error()};
    text = std::move(*read);
  }
  if (auto plain = Lexicon::from_plain_text(text)) return std::make_shared<const Lexicon>(std::move(*plain));
  json j;  // not the usual shape: read as a document, whose reader says what is wrong
  try { j = json::parse(text); } catch (const json::exception&) { return Error{name + ": not valid JSON"}; }
  auto lex = Lexicon::from_json(j);
  if (!lex) return Error{name + ": " + lex.error()};
  return std::make_shared<const Lexicon>(std::move(*lex));
}

const std::map<std::string, SectionKind>& kind_names() {
  static const std::map<std::string, SectionKind> m = {
      {"header", SectionKind::header},       {"summary", SectionKind::summary},   {"experience", SectionKind::experience},
      {"projects", SectionKind::projects},   {"skills", SectionKind::skills},     {"education", SectionKind::education},
      {"certifications", SectionKind::certifications}, {"other", SectionKind::other}};
  return m;
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
  for (const auto& k : r.value("sections", json::array())) s.sections.push_back(kind_names().at(k.get<std::string>()));
  auto fixes = r.value("fixes", json::array());
  for (size_t i = 0; i < fixes.size(); ++i) {
    auto re = compile_pattern(fixes[i]["when"].get<std::string>());
    if (!re) return Error{"fixes[" + std::to_string(i) + "].when: " + re.error()};
    s.fixes.emplace_back(*re, fixes[i]["fix"].get<std::string>());
  }
  const json messages = r.value("messages", json::object());
  for (const auto& [name, m] : messages.items()) s.messages[name] = MessageTemplate{m.value("message", ""), m.value("fix", "")};
  return s;
}

Result<std::shared_ptr<const RuleSet>> build_set(Result<Merged> merged, const std::string& name_or_path);

// Numbers checked against their meaning, so a rule file or config cannot raise a score: every number in
// params is 0 or more, and what one finding costs (per_item, per_phrase, require_points) is at most 100, the
// most any rule can be worth. A cost may exceed its rule's points: the rule caps or saturates its findings at
// its points (src/check/rule.cc), and a steeper cost is how the built-in sets that lower a rule's points keep
// one finding costing most of them.
std::string number_problem(const RuleSpec& s) {
  if (s.points < 0 || s.points > 100) return ".points: " + std::to_string(s.points) + " is not within 0-100";
  if (!s.params.is_object()) return "";
  for (auto it = s.params.begin(); it != s.params.end(); ++it) {
    if (!it->is_number()) continue;
    double v = it->get<double>();
    std::ostringstream shown;
    shown << v;
    if (!(v >= 0)) return ".params." + it.key() + ": " + shown.str() + " is negative";
    bool cost = it.key() == "per_item" || it.key() == "per_phrase" || it.key() == "require_points";
    if (cost && v > 100) return ".params." + it.key() + ": " + shown.str() + " is more than 100";
  }
  return "";
}

}  // namespace

Result<std::shared_ptr<const RuleSet>> load_ruleset(const std::string& name_or_path) {
  std::set<std::string> seen;
  return build_set(merge_chain(name_or_path, "", seen), name_or_path);
}

Result<std::shared_ptr<const RuleSet>> load_ruleset_json(const nlohmann::json& doc, const std::string& label,
                                                         const std::string& dir) {
  static const json schema = json::parse(embedded_rule_file("ruleset.schema.json"));
  if (auto problem = check_schema(doc, schema); !problem.empty()) return Error{label + ": " + problem};
  Source src{label, dir.empty() ? "." : dir, doc};
  std::set<std::string> seen;
  return build_set(merge_source(&src, seen), label);
}

namespace {

Result<std::shared_ptr<const RuleSet>> build_set(Result<Merged> merged, const std::string& name_or_path) {
  if (!merged) return Error{merged.error()};
  PatternBudget budget;  // every pattern of the set compiled below counts against it
  PatternDeferral defer(is_builtin_name(name_or_path));  // a built-in set's patterns compile on first use
  auto set = std::make_shared<RuleSet>();
  const json& top = merged->top;
  set->id = top.value("id", "");
  set->name = top.value("name", set->id);
  set->version = top.value("version", "");
  set->origin = is_builtin_name(name_or_path) ? "built-in" : name_or_path;
  auto lex = load_lexicon(top);
  if (!lex) return Error{lex.error()};
  set->lexicon = *lex;
  if (top.contains("headings"))
    for (auto it = top["headings"].begin(); it != top["headings"].end(); ++it)
      for (const auto& h : it.value()) set->headings.synonyms[kind_names().at(it.key())].push_back(h.get<std::string>());
  if (top.contains("heading_words"))
    for (auto it = top["heading_words"].begin(); it != top["heading_words"].end(); ++it)
      for (const auto& w : it.value())
        (it.key() == "weak" ? set->headings.weak : set->headings.words[kind_names().at(it.key())]).push_back(w.get<std::string>());
  if (top.contains("traits"))
    for (auto it = top["traits"].begin(); it != top["traits"].end(); ++it) {
      auto t = Trait::from_json(it.key(), it.value(), *set->lexicon);
      if (!t) return Error{name_or_path + ": traits." + it.key() + "." + t.error()};
      set->traits.emplace(it.key(), std::move(*t));
    }
  for (const auto& c : top.value("categories", json::array()))
    set->categories.push_back({c["id"].get<std::string>(), c.value("name", c["id"].get<std::string>()), 0});
  RuleContext ctx{set->lexicon.get(), &set->traits};
  for (const auto& rj : merged->rules) {
    if (rj.rule.value("off", false)) continue;
    auto spec = read_spec(rj.rule);
    if (!spec) return Error{rj.where + "." + spec.error()};
    if (std::string problem = number_problem(*spec); !problem.empty()) return Error{rj.where + problem};
    Category* cat = nullptr;
    for (auto& c : set->categories) if (c.id == spec->category) cat = &c;
    if (!cat) return Error{rj.where + ".category: unknown category '" + spec->category + "'"};
    cat->weight += spec->points;
    auto rule = make_rule(std::move(*spec), ctx);
    if (!rule) return Error{rj.where + "." + rule.error()};
    set->rules.push_back(std::move(*rule));
  }
  if (set->rules.empty()) return Error{name_or_path + ": the rule set has no rules"};
  return std::shared_ptr<const RuleSet>(std::move(set));
}

}  // namespace

}  // namespace bescore
