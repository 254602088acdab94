#include "check/ruleset.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "rules/embedded.h"
#include "rules/schema_check.h"

using namespace bescore;

namespace {
// Writes a rule file into a temporary folder and loads it.
Result<std::shared_ptr<const RuleSet>> load_text(const std::string& name, const std::string& text) {
  std::string dir = "/tmp/bescore-ruleset-test";
  std::system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/" + name) << text;
  return load_ruleset(dir + "/" + name);
}
}  // namespace

TEST_CASE("every built-in rule set validates against the schema and loads with 100 points") {
  auto schema = nlohmann::json::parse(embedded_rule_file("ruleset.schema.json"));
  for (const auto& name : builtin_rulesets()) {
    auto doc = nlohmann::json::parse(embedded_rule_file((name + ".json").c_str()));
    CHECK_MESSAGE(check_schema(doc, schema) == "", name);
    auto set = load_ruleset(name);
    REQUIRE_MESSAGE(set.ok(), (set.ok() ? std::string() : set.error()));
    CHECK((*set)->total_points() == 100);
  }
}

TEST_CASE("an invalid regular expression names the file, the JSON path and the problem") {
  auto r = load_text("bad-regex.json", R"({"extends": "backend", "traits": {"quantified": {"match": ["(unclosed"]}}})");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find("traits.quantified.match[0]: invalid regular expression: missing )") != std::string::npos);
}

TEST_CASE("schema errors name the key: unknown keys, wrong types, unknown kinds") {
  auto a = load_text("unknown-key.json", R"({"extends": "backend", "colour": "blue"})");
  REQUIRE_FALSE(a.ok());
  CHECK(a.error() == "/tmp/bescore-ruleset-test/unknown-key.json: colour: unknown key");
  auto b = load_text("wrong-type.json", R"({"extends": "backend", "overrides": {"impact/quantified": {"points": "ten"}}})");
  REQUIRE_FALSE(b.ok());
  CHECK(b.error().find("overrides.impact/quantified.points: expected integer, got string") != std::string::npos);
  auto c = load_text("kind.json", R"({"extends": "backend", "rules": [{"id": "x/y", "kind": "magic", "category": "impact", "points": 1, "message": "m"}]})");
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().find("rules[0].kind") != std::string::npos);
}

TEST_CASE("extends: overrides change points, off removes a rule, cycles and missing targets are errors") {
  auto r = load_text("mine.json", R"({"extends": "backend", "id": "mine", "overrides": {"skills/focus": {"off": true}, "summary/generic": {"points": 20}}})");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error()));
  CHECK((*r)->rule("skills/focus") == nullptr);
  CHECK((*r)->rule("summary/generic")->spec().points == 20);
  CHECK((*r)->id == "mine");
  (void)load_text("cycle-b.json", R"({"extends": "/tmp/bescore-ruleset-test/cycle-a.json"})");
  auto cyc = load_text("cycle-a.json", R"({"extends": "/tmp/bescore-ruleset-test/cycle-b.json"})");
  REQUIRE_FALSE(cyc.ok());
  CHECK(cyc.error().find("extends: cycle") != std::string::npos);
  auto missing = load_text("missing.json", R"({"extends": "no-such-set"})");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error() == "no-such-set: no built-in rule set of that name");
}

TEST_CASE("the built-in rule sets use a small part of the pattern budget") {
  // Loaded as files, not by name, so that every pattern compiles now (a built-in set defers its patterns
  // to their first use): this is also what proves they all compile.
  for (const auto& name : builtin_rulesets()) {
    PatternBudget measure(size_t(1) << 40);
    auto set = load_ruleset_json(nlohmann::json::parse(embedded_rule_file((name + ".json").c_str())), name + ".json",
                                 std::string(BESCORE_SOURCE_DIR) + "/rules");
    REQUIRE_MESSAGE(set.ok(), (set.ok() ? std::string() : set.error()));
    MESSAGE(name << ": " << measure.used() << " compiled instructions");
    CHECK(measure.used() < PatternBudget::kDefaultLimit / 4);
  }
}

TEST_CASE("a number beyond a double's range is a one-line error, not a crash (found by fuzz_rules)") {
  auto r = load_text("huge-number.json", R"({"extends": "backend", "id": "huge", "overrides": {"impact/quantified": {"points": 1e999}}})");
  REQUIRE_FALSE(r);
  CHECK(r.error().rfind("/tmp/bescore-ruleset-test/huge-number.json: not valid JSON (", 0) == 0);
}

TEST_CASE("a presence rule's need cannot cost negative points or more than 100 (a negative one raised the score)") {
  auto neg = load_text("need-negative.json", R"({"extends": "backend", "overrides": {"evidence/links": {"params": {"needs": [{"what": "github", "points": -50}]}}}})");
  REQUIRE_FALSE(neg);
  CHECK(neg.error() == "/tmp/bescore-ruleset-test/need-negative.json: overrides.evidence/links.params.needs[0].points: -50 is negative");
  auto huge = load_text("need-huge.json", R"({"extends": "backend", "overrides": {"evidence/links": {"params": {"needs": [{"what": "email", "points": 1e300}]}}}})");
  REQUIRE_FALSE(huge);
  CHECK(huge.error() == "/tmp/bescore-ruleset-test/need-huge.json: overrides.evidence/links.params.needs[0].points: 1e+300 is more than 100");
}

TEST_CASE("a set's points cannot add up past what an int sums safely") {
  nlohmann::json rules = nlohmann::json::array();
  for (int i = 0; i < 10001; ++i)
    rules.push_back({{"id", "many/" + std::to_string(i)}, {"kind", "flag"}, {"category", "impact"}, {"points", 100},
                     {"message", "m"}, {"params", {{"trait", "responsibility"}}}});
  auto set = load_ruleset_json({{"extends", "backend"}, {"rules", rules}}, "many.json", "");
  REQUIRE_FALSE(set);
  // backend's 100 points and 10,000 added rules of 100 pass 1,000,000 at the last of them
  CHECK(set.error() == "many.json: rules[9999].points: the set's rules add up to more than 1000000 points");
}
