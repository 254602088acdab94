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
