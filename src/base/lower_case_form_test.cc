// Which "(?i)" patterns may run without their case folding, and the replacing that keeps the text's own case.
// That the lower-case forms answer exactly as the patterns as written, over every built-in pattern, is checked in
// rules/trait_pattern_test.cc and rules/required_literals_test.cc.
#include "base/lower_case_form.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <string>

using namespace bescore;

TEST_CASE("a (?i) pattern all in lower case runs on lower-case text without its (?i)") {
  CHECK(lower_case_form("(?i)\\bgo(lang)?\\b") == "\\bgo(lang)?\\b");
  CHECK(lower_case_form("(?i)\\S+\\W\\d \\B[a-z0-9]") == "\\S+\\W\\d \\B[a-z0-9]");  // escapes may be capitals
  CHECK(lower_case_form("(?i)p99 \xE2\x89\x88 \\d+ms") == "p99 \xE2\x89\x88 \\d+ms");  // a symbol without case
  CHECK(lower_case_form("(?i)[[:alpha:]-]+") == "[[:alpha:]-]+");
  CHECK(lower_case_form("(?i)(?i:x)(?s:.)") == "(?i:x)(?s:.)");
  // A dash that opens or closes a class is a member, not a range, beside a character beyond ASCII or an escape.
  CHECK(lower_case_form("(?i)[-\xE2\x80\x93\\s]*page") == "[-\xE2\x80\x93\\s]*page");
  CHECK(lower_case_form("(?i)[|,\xE2\x80\x93\xE2\x80\x94-]x") == "[|,\xE2\x80\x93\xE2\x80\x94-]x");
  CHECK(lower_case_form("(?i)[\\s-]x") == "[\\s-]x");
  // The micro sign and Greek mu, which (?i) folds together: all three spelled out (the text is lowered in ASCII only).
  CHECK(lower_case_form("(?i)\\d\xC2\xB5s|\xCE\x9C" "b") == "\\d[\xC2\xB5\xCE\xBC\xCE\x9C]s|[\xC2\xB5\xCE\xBC\xCE\x9C]b");
  CHECK(lower_case_form("(?i)[x\xCE\xBC]s") == "[x\xC2\xB5\xCE\xBC\xCE\x9C]s");
  for (const char* p : {"\\bgo\\b", "(?i)Go", "(?i)\\x41", "(?i)\\101", "(?i)\\p{Lu}", "(?i)\\QA\\E", "(?i)[[:upper:]]", "(?i)[[:^upper:]]",
                        "(?i)(?-i:go)", "(?i)[0-_]", "(?i)[9-a]", "(?i)[\xC2\xB5-\xCE\xBC]", "(?i)\xC3\xA9t\xC3\xA9", "(?i)[\\t-z]",
                        "(?i)[\xC3\x97-\xC3\xBF]", "(?i)[a\xE2\x80\x93-z]", "(?i)[\\t-\xE2\x80\x93]",
                        "(?i)[^-\\s-z]" /* no range to RE2, refused all the same: caution, not a folding hazard */})
    CHECK_FALSE_MESSAGE(lower_case_form(p).has_value(), p);
}

TEST_CASE("a text with the Kelvin sign or the long s runs the pattern as written") {
  CHECK(lower_case_runs_on("Kafka, SQL"));
  CHECK_FALSE(lower_case_runs_on("\xE2\x84\xAA" "afka"));
  CHECK_FALSE(lower_case_runs_on("\xC5\xBF" "ql"));
}

namespace {
std::shared_ptr<re2::RE2> compile(const std::string& source) { return std::make_shared<re2::RE2>(source); }
}  // namespace

TEST_CASE("a pattern runs in lower case where it can, and its replacements keep the text's own case") {
  const std::string source = "(?i)kafka|x*";
  LowerCasePattern pattern(source, lower_case_form(source), compile);
  std::string lowered;
  auto run = pattern.for_text("Built KAFKA", lowered);
  CHECK(run.re->pattern() == "kafka|x*");
  CHECK(run.text == "built kafka");
  CHECK(run.text.data() == lowered.data());
  auto kelvin = pattern.for_text("\xE2\x84\xAA" "afka", lowered);
  CHECK(kelvin.re == &pattern.as_written());
  CHECK(kelvin.re->pattern() == source);

  // Empty matches, a backslash in the rewrite: the same as RE2::GlobalReplace with the pattern as written.
  for (std::string text : {"Built KAFKA and Kafka", "\xE2\x84\xAA" "afka and Kafka"}) {
    std::string expected = text;
    int n = re2::RE2::GlobalReplace(&expected, pattern.as_written(), "<\\\\>");
    CHECK(pattern.replace_all(text, "<\\>") == n);
    CHECK(text == expected);
  }
  LowerCasePattern kafka("(?i)kafka", std::string("kafka"), compile);
  std::string plain = "Built KAFKA and Kafka";
  CHECK(kafka.replace_all(plain, " ") == 2);
  CHECK(plain == "Built   and  ");  // the text's own case where nothing matched
  std::string none = "Go";
  CHECK(kafka.replace_all(none, " ") == 0);
  CHECK(none == "Go");
  LowerCasePattern as_written(std::make_shared<re2::RE2>("(?i)go"));
  CHECK(as_written.for_text("GO", lowered).text == "GO");
}
