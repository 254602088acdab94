#include "parse/tracked_capitals.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("capitals tracked wide, split by a plain extractor, are joined when they spell a heading or a date") {
  HeadingVocabulary v;
  v.synonyms[SectionKind::experience] = {"work experience", "experience"};
  v.synonyms[SectionKind::skills] = {"skills"};
  CHECK(untracked_capitals("W ORK EXP E RI E NCE", v) == "WORK EXPERIENCE");
  CHECK(untracked_capitals("S K I LLS", v) == "SKILLS");
  CHECK(untracked_capitals("D E CE MBE R 2 0 1 5", v) == "DECEMBER 2015");
  CHECK(untracked_capitals("O CT 2 0 1 4", v) == "OCT 2014");
  // Anything else stays as it is: words that spell no heading, ordinary capitals, lower-case letters.
  CHECK_FALSE(untracked_capitals("A B C D", v));
  CHECK_FALSE(untracked_capitals("WORK EXPERIENCE", v));
  CHECK_FALSE(untracked_capitals("Se nior Engine e r", v));
  CHECK_FALSE(untracked_capitals("Q A 2 0 1 5", v));
}
