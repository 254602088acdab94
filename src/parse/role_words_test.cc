// The role-word lookup against the pattern it replaced (kept here as the reference), on titles as resumes write them
// and on many random strings of their pieces.
#include "parse/role_words.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "test_random_strings.h"

using bescore::names_role;

namespace {

bool by_pattern(const std::string& text) {
  static const RE2 role(
      R"((?i)\b(engineer|engineering intern|developer|programmer|intern|internship|apprentice(ship)?|trainee|manager|analyst|scientist|lead|leader|architect|consultant|assistant|researcher|research\s+fellow|fellow|associate|director|officer|specialist|administrator|admin|designer|technician|contractor|freelancer|supervisor|student|ambassador|lecturer|professor|teacher|tutor|instructor|head\s+of|founder|co-?founder|president|vp|cto|ceo|coo|owner|coordinator|representative|executive|sre|swe|devops|advisor|mentor|member|volunteer|editor|writer|clerk|cashier|operator|strategist|marketer|recruiter|accountant|actuary|tester|qa|sdet|maintainer|contributor|candidate|postdoc|ph\.?\s?d\.?)s?\b)");
  static const RE2 level_se(R"(\b(Sr\.?|Senior|Staff|Lead|Principal|Junior|Jr\.?)\s+SD?E\d?\b)");
  return RE2::PartialMatch(text, role) || RE2::PartialMatch(text, level_se);
}

}  // namespace

TEST_CASE("role words as titles write them") {
  for (const char* yes : {"Senior Software Engineer", "ENGINEERS", "Research Intern", "Co-founder", "cofounders",
                          "Head of Platform", "head\tof", "PhD candidate", "Ph.D.", "Ph. D", "ph d.s", "Sr. SDE2",
                          "Staff SE", "Junior  SDE", "VPs of Sales", "Team Lead", "QA", "x-engineer",
                          "A\xC5\xBF\xC5\xBFistant", "CLER\xE2\x84\xAAs"})
    CHECK_MESSAGE(names_role(yes), yes);
  for (const char* no : {"", "Acme Corp", "Engineering", "engineered", "Leadership", "headof", "Head office", "Sweden SE",
                         "Senior se", "SeniorSE", "SDE", "Ph.Dx", "graph d", "Phds2", "interns_hip", "lead2", "s", "_x engineer_ y",
                         "\xC5\xBFtudent", "cler\xE2\x84\xAA"})  // no \\b between a space and the long s
    CHECK_FALSE_MESSAGE(names_role(no), no);
}

TEST_CASE("the role-word lookup and the pattern agree on every piece and on random strings of them") {
  const std::vector<std::string> pieces = {
      "engineer", "Engineer", "ENGINEERING", "intern", "ship", "apprentice", "research", "fellow", "head", "Head",
      "of", "OF", "co", "-", "founder", "ph", "Ph", "d", "D", ".", "s", "S", "x", "2", "_", " ", "  ", "\t", "\v",
      "\n", "\xC3\xA9", "\xE2\x80\x93", "Sr", "Senior", "Staff", "Lead", "lead", "Jr", "SE", "SDE", "E", "se", "vp",
      "qa", "swe", "sre", "devops", "writer", "manager", "Team", ",", "/", "(", ")", "&",
      "\xC5\xBF", "\xE2\x84\xAA", "clerk", "cler", "a\xC5\xBFsistant", "tudent"};
  for (const auto& p : pieces) CHECK_MESSAGE(names_role(p) == by_pattern(p), p);
  int roles = 0;
  bescore::testing::for_random_strings(pieces, 5, 60000, [&](const std::string& text, int) {
    bool want = by_pattern(text);
    roles += want;
    REQUIRE_MESSAGE(names_role(text) == want, "[" << text << "]");
  });
  CHECK(roles > 10000);
  CHECK(roles < 50000);
}
