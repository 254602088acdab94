#include "rules/ruleset_source.h"

#include <sys/stat.h>

#include <fstream>
#include <set>

#include "base/quick_json.h"
#include "rules/embedded.h"
#include "rules/schema_check.h"

namespace bescore {

using nlohmann::json;

std::vector<std::string> builtin_rulesets() {
  std::vector<std::string> out;
  for (const auto& f : embedded_rule_files()) {
    std::string n = f.name;
    if (n == "lexicon.json" || n == "ruleset.schema.json") continue;
    out.push_back(n.substr(0, n.size() - 5));
  }
  return out;
}

// A regular file of at most 16 MB, so that a path to a FIFO or a device
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

bool is_builtin_ruleset(const std::string& s) { return s.find('/') == std::string::npos && s.find(".json") == std::string::npos; }

namespace {

struct Source {
  std::string label;  ///< How errors name it: "backend.json (built-in)" or the path.
  std::string dir;    ///< Folder for relative references; empty for built-ins.
  json doc;
};

Result<Source> read_source(const std::string& name_or_path, const std::string& relative_to) {
  Source src;
  std::string text;
  if (is_builtin_ruleset(name_or_path)) {
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
    // The quick reader gives the same document; nlohmann's parser reads what it refuses, or says why it is not JSON.
    auto quick = quick_json(text);
    src.doc = quick ? std::move(*quick) : json::parse(text);
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

// Moves what it takes out of src's document (a rule set's JSON is read once, and copying it cost as much as
// reading it).
Result<MergedRuleSet> merge_source(Source* src, std::set<std::string>& seen);

Result<MergedRuleSet> merge_chain(const std::string& name, const std::string& relative_to, std::set<std::string>& seen) {
  auto src = read_source(name, relative_to);
  if (!src) return Error{src.error()};
  return merge_source(&*src, seen);
}

Result<MergedRuleSet> merge_source(Source* src, std::set<std::string>& seen) {
  if (!seen.insert(src->label).second) return Error{src->label + ": extends: cycle through this file"};
  MergedRuleSet m;
  json& d = src->doc;
  if (d.contains("extends")) {
    auto parent = merge_chain(d["extends"].get<std::string>(), src->dir, seen);
    if (!parent) return Error{parent.error()};
    m = std::move(*parent);
  }
  for (const char* key : {"id", "name", "version", "lexicon"})
    if (d.contains(key)) m.top[key] = std::move(d[key]);
  if (src->dir.empty()) m.top["lexicon_dir"] = ""; else if (d.contains("lexicon")) m.top["lexicon_dir"] = src->dir;
  for (const char* key : {"headings", "heading_words", "traits"})
    if (d.contains(key)) for (auto it = d[key].begin(); it != d[key].end(); ++it) m.top[key][it.key()] = std::move(it.value());
  if (d.contains("categories"))
    for (auto& c : d["categories"]) {
      bool replaced = false;
      for (auto& existing : m.top["categories"]) if (existing["id"] == c["id"]) { existing = c; replaced = true; }
      if (!replaced) m.top["categories"].push_back(std::move(c));
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
      RuleJson rj{std::move(d["rules"][i]), src->label + ": rules[" + std::to_string(i) + "]"};
      bool replaced = false;
      for (auto& r : m.rules) if (r.rule["id"] == rj.rule["id"]) { r = rj; replaced = true; }
      if (!replaced) m.rules.push_back(std::move(rj));
    }
  return m;
}

}  // namespace

Result<MergedRuleSet> read_ruleset_source(const std::string& name_or_path) {
  std::set<std::string> seen;
  return merge_chain(name_or_path, "", seen);
}

Result<MergedRuleSet> merge_ruleset_json(const json& doc, const std::string& label, const std::string& dir) {
  static const json schema = json::parse(embedded_rule_file("ruleset.schema.json"));
  if (auto problem = check_schema(doc, schema); !problem.empty()) return Error{label + ": " + problem};
  Source src{label, dir.empty() ? "." : dir, doc};
  std::set<std::string> seen;
  return merge_source(&src, seen);
}

}  // namespace bescore
