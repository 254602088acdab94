#include "base/suggest.h"

#include <doctest/doctest.h>

using bescore::closest_match;

TEST_CASE("a mistyped option, rule id or rule set finds its nearest spelling") {
  CHECK(closest_match("--fial-under", {"--fail-on", "--fail-under", "--format"}) == "--fail-under");
  CHECK(closest_match("impact/quantifed", {"impact/quantified", "impact/system-thinking"}) == "impact/quantified");
  CHECK(closest_match("platfrom", {"backend", "platform", "backend-senior"}) == "platform");
  CHECK(closest_match("--colour", {"--color", "--config"}) == "--color");
}

TEST_CASE("a word far from every candidate gets no suggestion") {
  CHECK(closest_match("--verbose", {"--fail-on", "--format"}).empty());
  CHECK(closest_match("xyz", {"backend", "platform"}).empty());
  CHECK(closest_match("", {}).empty());
}
