#include "report/wrap.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("words wrap at spaces within the width, with a narrower or wider first line") {
  auto lines = wrap_words("add the system's numbers to the bullet", 10, 20);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "add the");
  CHECK(lines[1] == "system's numbers to");
  CHECK(lines[2] == "the bullet");
  for (const auto& l : lines) CHECK(columns(l) <= 20);
}

TEST_CASE("a word longer than the line is cut, and UTF-8 counts by code point") {
  auto lines = wrap_words("→ aaaaaaaaaaaa", 6, 6);
  CHECK(lines == std::vector<std::string>{"→", "aaaaaa", "aaaaaa"});
  CHECK(columns("p99 < 200 ms → ok") == 17);
  CHECK(wrap_words("", 5, 5) == std::vector<std::string>{""});
}

TEST_CASE("fit_columns cuts to the width with an ellipsis") {
  CHECK(fit_columns("short", 10) == "short");
  std::string cut = fit_columns("Responsible for database management", 20);
  CHECK(columns(cut) <= 20);
  CHECK(cut == "Responsible for…");
}

TEST_CASE("colour sequences take no columns") {
  CHECK(columns("\x1b[1;31mimpact\x1b[0m") == 6);
  CHECK(wrap_words("\x1b[32mone two\x1b[0m", 3, 3).size() == 2);
}
