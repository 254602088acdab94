// A gated pattern answers as RE2 does, skipping it only for a text without its literals. That the literals
// never rule out a match of any gated pattern is checked in rules/required_literals_test.cc.
#include "base/gated_pattern.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("a gated pattern skips RE2 only for a text without its literals") {
  GatedPattern p("(?i)\\b(remote|hybrid)\\b");
  CHECK(p.for_text("Berlin, Germany") == nullptr);
  CHECK(p.for_text("REMOTE") != nullptr);
  CHECK(p.partial_match("Berlin (Hybrid)"));
  CHECK_FALSE(p.partial_match("remotely"));  // the literal is there, RE2 still decides
  CHECK(p.full_match("remote"));
  CHECK_FALSE(p.full_match("remote work"));
  std::string s = "Remote or hybrid";
  CHECK(p.replace_all(s, "X") == 2);
  CHECK(s == "X or X");
  std::string none = "on site";
  CHECK(p.replace_all(none, "X") == 0);
  GatedPattern any("(\\w+)");  // no literal is required: always compiled and asked
  CHECK(any.for_text("x") != nullptr);
}
