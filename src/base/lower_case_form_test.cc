// Which "(?i)" patterns may run without their case folding, and the replacing that keeps the text's own case.
// That the lower-case forms answer exactly as the patterns as written, over every built-in pattern, is checked in
// rules/trait_pattern_test.cc and rules/required_literals_test.cc.
#include "base/lower_case_form.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

using namespace bescore;

TEST_CASE("a (?i) pattern all in lower case runs on lower-case text without its (?i)") {
  CHECK(lower_case_form("(?i)\\bgo(lang)?\\b") == "\\bgo(lang)?\\b");
  CHECK(lower_case_form("(?i)\\S+\\W\\d \\B[a-z0-9]") == "\\S+\\W\\d \\B[a-z0-9]");  // escapes may be capitals
  CHECK(lower_case_form("(?i)p99 \xE2\x89\x88 \\d+ms") == "p99 \xE2\x89\x88 \\d+ms");  // a symbol without case
  CHECK(lower_case_form("(?i)[[:alpha:]-]+") == "[[:alpha:]-]+");
  CHECK(lower_case_form("(?i)(?i:x)(?s:.)") == "(?i:x)(?s:.)");
  for (const char* p : {"\\bgo\\b", "(?i)Go", "(?i)\\x41", "(?i)\\101", "(?i)\\p{Lu}", "(?i)\\QA\\E", "(?i)[[:upper:]]", "(?i)[[:^upper:]]",
                        "(?i)(?-i:go)", "(?i)[0-_]", "(?i)[9-a]", "(?i)\xC2\xB5s", "(?i)\xC3\xA9t\xC3\xA9", "(?i)[\\t-z]",
                        "(?i)[\xC3\x97-\xC3\xBF]"})
    CHECK_FALSE_MESSAGE(lower_case_form(p).has_value(), p);
}

TEST_CASE("a text with the Kelvin sign or the long s runs the pattern as written") {
  CHECK(lower_case_runs_on("Kafka, SQL"));
  CHECK_FALSE(lower_case_runs_on("\xE2\x84\xAA" "afka"));
  CHECK_FALSE(lower_case_runs_on("\xC5\xBF" "ql"));
}

TEST_CASE("matches found in the lower-case copy replace the same spans of the text") {
  re2::RE2 re("kafka|x*");
  std::string text = "Built KAFKA and Kafka", lowered = "built kafka and kafka";
  re2::RE2 as_written("(?i)kafka|x*");
  std::string expected = text;
  int n = re2::RE2::GlobalReplace(&expected, as_written, "<\\\\>");
  CHECK(replace_lowered_matches(text, lowered, re, "<\\>") == n);
  CHECK(text == expected);
  std::string plain = "Built KAFKA and Kafka", plain_lowered = "built kafka and kafka";
  re2::RE2 kafka("kafka");
  CHECK(replace_lowered_matches(plain, plain_lowered, kafka, " ") == 2);
  CHECK(plain == "Built   and  ");  // the text's own case where nothing matched
  std::string none = "Go", none_lowered = "go";
  re2::RE2 absent("rust");
  CHECK(replace_lowered_matches(none, none_lowered, absent, " ") == 0);
  CHECK(none == "Go");
}
