// `bescore explain` and `bescore rules` as text: every message a rule can print is shown, and the set adds up.
#include "report/rule_text.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

TEST_CASE("explain shows a rule's main message and fix and its named ones") {
  const Rule* rule = backend_rules().rule("phrasing/repetition");
  REQUIRE(rule);
  std::string text = rule_to_text(*rule);
  CHECK(text.rfind("phrasing/repetition  (repeat, phrasing, warning, up to 2 points)\n\nWhy: ", 0) == 0);
  CHECK(text.find("\nMessage: this bullet repeats the one at {first}\nFix: delete the copy") != std::string::npos);
  CHECK(text.find("\nMessage (stuffing): \"{word}\" appears in {count} bullets") != std::string::npos);
}

TEST_CASE("the rule list names the set, its points and each rule under its category") {
  std::string text = ruleset_to_text(backend_rules());
  CHECK(text.find("(backend, built-in), ") != std::string::npos);
  CHECK(text.find(" rules, 100 points\n") != std::string::npos);
  CHECK(text.find("\nreadability (ATS) (audit, not part of the score)\n") != std::string::npos);
  CHECK(text.find("  2   phrasing/repetition  [repeat, warning]\n") != std::string::npos);
}

TEST_CASE("explain of an id the set lacks names the set and the id it was probably meant to be") {
  auto typo = explain_rule(backend_rules(), "phrasing/repetiton");
  REQUIRE_FALSE(typo);
  CHECK(typo.error() == "no rule 'phrasing/repetiton' in backend (did you mean phrasing/repetition?)");
  auto unknown = explain_rule(backend_rules(), "nothing/like-it");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error() == "no rule 'nothing/like-it' in backend (bescore rules lists them)");
  auto known = explain_rule(backend_rules(), "phrasing/repetition");
  REQUIRE(known);
  CHECK(*known == rule_to_text(*backend_rules().rule("phrasing/repetition")));
}
