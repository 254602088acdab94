#include "extract/markers.h"

#include <doctest/doctest.h>

using bescore::strip_list_marker;

TEST_CASE("every common bullet marker is stripped") {
  for (std::string marker : {"-", "*", "•", "–", "▪", "●", "◦", "1.", "12)", "➤"}) {
    std::string line = marker + " Built the orders API";
    CHECK_MESSAGE(strip_list_marker(line), marker);
    CHECK(line == "Built the orders API");
  }
}

TEST_CASE("words that merely start with a dash or a number are not bullets") {
  std::string a = "-5% churn";
  CHECK_FALSE(strip_list_marker(a));
  std::string b = "2021 – Present";
  CHECK_FALSE(strip_list_marker(b));
  std::string c = "-";
  CHECK_FALSE(strip_list_marker(c));
}

TEST_CASE("an icon font's bullet read as a letter is a marker when it opens three points or more") {
  std::vector<std::string> lines = {"Experience", "Acme Corp", "f Architected the EDR agent in C++17",
                                    "f Created a test framework in Python", "the rest of a wrapped point",
                                    "f Directed the sandbox service", "a https://github.com/someone"};
  CHECK(bescore::icon_bullet_letter(lines) == 'f');
  std::string point = "f Architected the EDR agent in C++17";
  CHECK(bescore::strip_icon_bullet(point, 'f'));
  CHECK(point == "Architected the EDR agent in C++17");
  std::string other = "a https://github.com/someone";
  CHECK_FALSE(bescore::strip_icon_bullet(other, 'f'));
  // Two such lines, or a letter before a lower-case word, are text.
  CHECK(bescore::icon_bullet_letter({"f Architected it", "f Created it", "x y z"}) == 0);
  CHECK(bescore::icon_bullet_letter({"a test", "a test two", "a test three"}) == 0);
  // A letter that is a word ("a Google Cloud certified engineer", Polish "w Google") is never taken for a glyph.
  CHECK(bescore::icon_bullet_letter({"a Google engineer", "a Cloud team", "a Kafka user", "w Google", "w Meta", "w Allegro"}) == 0);
  // Word's second-level bullet is an "o" in Courier New.
  CHECK(bescore::icon_bullet_letter({"o Built the payments API", "o Ran the on-call rota", "o Led the migration"}) == 'o');
}
