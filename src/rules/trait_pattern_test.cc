// A built-in rule set loaded by name compiles a trait pattern only when a text first passes its required
// literals; loaded from its file it compiles them all at load. Both must give every trait the same answers,
// evidence and positions on every line of the sample resumes (required_literals_test checks the literals
// themselves against RE2).
#include "rules/trait_pattern.h"

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "rules/embedded.h"
#include "check/ruleset.h"
#include "rules/trait.h"

using namespace bescore;

namespace {

std::shared_ptr<const RuleSet> from_file(const std::string& name) {
  auto set = load_ruleset_json(nlohmann::json::parse(embedded_rule_file((name + ".json").c_str())), name + ".json",
                               std::string(BESCORE_SOURCE_DIR) + "/rules");
  REQUIRE_MESSAGE(set.ok(), (set.ok() ? std::string() : set.error()));
  return *set;
}

}  // namespace

TEST_CASE("a built-in set loaded by name compiles none of its trait patterns at load") {
  PatternBudget by_name(size_t(1) << 40);
  REQUIRE(load_ruleset("backend").ok());
  size_t deferred = by_name.used();
  PatternBudget by_file(size_t(1) << 40);
  from_file("backend");
  CHECK(deferred + 10000 < by_file.used());  // the trait patterns are most of the set's 17,000-18,000
}

TEST_CASE("deferred and skipped trait patterns answer exactly as compiled ones, on every sample line") {
  std::vector<std::string> lines = {"I was responsible for the back-end", "Served 2.5M requests/day at p99 < 40 ms",
                                    "Passionate self-starter", "\xE2\x84\xAA" "afka and \xC5\xBF" "ql"};
  for (const char* name : {"strong-backend.txt", "weak-backend.txt", "new-grad.txt", "senior-backend.txt", "platform.txt",
                           "mobile-to-backend.txt"}) {
    std::ifstream in(std::string(BESCORE_SOURCE_DIR) + "/samples/" + name);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  for (const auto& set_name : builtin_rulesets()) {
    auto lazy = *load_ruleset(set_name);
    auto eager = from_file(set_name);
    REQUIRE(lazy->vocabulary.traits.size() == eager->vocabulary.traits.size());
    for (const auto& [trait, t] : lazy->vocabulary.traits) {
      const Trait& e = eager->vocabulary.traits.at(trait);
      for (const auto& line : lines) {
        auto terms = lazy->vocabulary.lexicon->find(line);
        INFO(set_name << " " << trait << ": " << line);
        CHECK(t.test(line, terms) == e.test(line, eager->vocabulary.lexicon->find(line)));
        CHECK(t.evidence(line) == e.evidence(line));
        CHECK(t.first_position(line, *lazy->vocabulary.lexicon) == e.first_position(line, *eager->vocabulary.lexicon));
        CHECK(t.all_evidence(line) == e.all_evidence(line));
      }
    }
  }
}
