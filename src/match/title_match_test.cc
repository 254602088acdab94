#include <doctest/doctest.h>

#include "match/title_match.h"
#include "test_support.h"

using namespace bescore;

namespace {

Resume with_headline(const std::string& headline, const std::string& role = "Backend Engineer") {
  return testing::parse_text("Ana Kovač\n" + headline + "\nana@example.com | github.com/ana\n\nEXPERIENCE\n" + role +
                             " — Tidewater Pay, Lisbon | Jan 2021 – Present\n- Built a payments API in Go serving 40K requests/day\n");
}

}  // namespace

TEST_CASE("title kinds: backend, platform, mobile, a general software title, or none") {
  CHECK(title_kind("Senior Back-End Developer") == "backend");
  CHECK(title_kind("Server-Side Engineer") == "backend");
  CHECK(title_kind("API Engineer") == "backend");
  CHECK(title_kind("Site Reliability Engineer") == "platform");
  CHECK(title_kind("Senior iOS Engineer") == "mobile");
  CHECK(title_kind("Software Engineer II") == "software");
  CHECK(title_kind("Barista") == "other");
  CHECK(title_kind("Mechatronics Engineer") == "other");  // another engineering discipline
  CHECK(title_kind("Civil Engineer (Structures)") == "other");
  CHECK(title_kind("Embedded Software Engineer") == "software");
  CHECK(title_kind("Hardware Test Engineer") == "software");
  CHECK(match_title("Backend Engineer", with_headline("Electrical Engineer", "Electrical Engineer")).why ==
        "\"Electrical Engineer\" is a title of another engineering discipline");
}

TEST_CASE("same kind is yes, a neighbour is partial, another kind is no; the best resume title is kept") {
  auto yes = match_title("Senior Backend Engineer", with_headline("Backend Developer"));
  CHECK(yes.verdict == "yes");
  CHECK(yes.resume == "Backend Developer");
  CHECK(yes.shared == std::vector<std::string>{"backend", "engineer"});
  CHECK(yes.resume_at.line == 2);

  auto partial = match_title("Backend Engineer", with_headline("Software Engineer", "Software Engineer"));
  CHECK(partial.verdict == "partial");
  CHECK(partial.shared == std::vector<std::string>{"engineer"});

  CHECK(match_title("Backend Engineer", with_headline("Platform Engineer", "Platform Engineer")).verdict == "partial");

  auto no = match_title("Backend Engineer", with_headline("Senior iOS Engineer", "Senior iOS Engineer"));
  CHECK(no.verdict == "no");
  CHECK(no.why == "a mobile title for a backend posting");

  // The headline says mobile, a role title says backend: the role is the better match.
  auto best = match_title("Backend Engineer", with_headline("iOS Engineer", "Backend Engineer"));
  CHECK(best.verdict == "yes");
  CHECK(best.resume_at.line == 6);
}
