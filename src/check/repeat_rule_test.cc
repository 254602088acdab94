// Kind "repeat": every word its findings print comes from the rule's JSON (message and fix for a pasted bullet,
// messages.stuffing for a keyword repeated too often), so a rule file or a config can reword both.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

// The strong resume with its first bullet pasted again and "scalable" in eight more bullets.
std::string repeated_resume() {
  std::string text = strong_resume();
  const std::string bullet = "- Built a REST payments API in Go serving 40K requests/day at p99 < 150 ms with PostgreSQL and Redis caching\n";
  std::string more = bullet;
  for (int i = 1; i <= 8; ++i) more += "- Shipped scalable service number " + std::to_string(i) + " for the ledger team\n";
  size_t at = text.find(bullet);
  REQUIRE(at != std::string::npos);
  return text.insert(at + bullet.size(), more);
}

std::vector<Finding> repetition(const RuleSet& rules) {
  Resume resume = parse_resume(*read_text(repeated_resume(), "test.txt", false), rules.vocabulary);
  return findings_of(score_resume(resume, rules), "phrasing/repetition");
}

}  // namespace

TEST_CASE("the built-in repeat rule says what the pasted bullet and the stuffed keyword are") {
  auto found = repetition(backend_rules());
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.rfind("this bullet repeats the one at line ", 0) == 0);
  CHECK(found[0].fix == "delete the copy, or replace it with a different accomplishment");
  CHECK(found[0].lines.size() == 2);
  CHECK(found[1].message == "\"scalable\" appears in 8 bullets; repeating a keyword reads as stuffing");
  CHECK(found[1].fix == "keep \"scalable\" where it carries a result and say what else you used elsewhere");
}

TEST_CASE("a rule set rewords both findings of a repeat rule") {
  nlohmann::json doc = {{"extends", "backend"}, {"id", "reworded"},
                        {"overrides", {{"phrasing/repetition", {{"message", "pasted from {first}"}, {"fix", "cut it"},
                                        {"messages", {{"stuffing", {{"message", "{word} x{count}"}, {"fix", "fewer {word}"}}}}}}}}}};
  auto set = load_ruleset_json(doc, "reworded.json", "");
  REQUIRE_MESSAGE(set, (set ? "" : set.error()));
  auto found = repetition(**set);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.rfind("pasted from line ", 0) == 0);
  CHECK(found[0].fix == "cut it");
  CHECK(found[1].message == "scalable x8");
  CHECK(found[1].fix == "fewer scalable");
}

TEST_CASE("a repeat rule without messages.stuffing is refused at load") {
  nlohmann::json doc = {{"extends", "backend"}, {"id", "bad"},
                        {"rules", {{{"id", "x/y"}, {"kind", "repeat"}, {"category", "phrasing"}, {"points", 2},
                                    {"message", "pasted from {first}"}}}}};
  auto set = load_ruleset_json(doc, "bad.json", "");
  REQUIRE_FALSE(set);
  CHECK(set.error().find("messages.stuffing: missing") != std::string::npos);
}
