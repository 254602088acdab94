#include "engine/pick_ruleset.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;

namespace {

const int kToday = 2026 * 12 + 10;  // November 2026

Resume roles(const std::string& experience) {
  return testing::parse_text("Ana Kovač\nEngineer\nana@example.com\n\nEXPERIENCE\n" + experience +
                             "\nSKILLS\nGo, SQL\n");
}

// The set picked for these experience entries, and why.
void expect_pick(const std::string& experience, const std::string& id, const std::string& because = "") {
  RulesetPick p = pick_ruleset(roles(experience), kToday);
  CHECK(p.id == id);
  if (!because.empty()) CHECK(p.because == because);
}

}  // namespace

TEST_CASE("dates: year-month, a year alone from its middle, present as today") {
  CHECK(month_index("2021-03", kToday) == 2021 * 12 + 2);
  CHECK(month_index("2021", kToday) == 2021 * 12 + 5);
  CHECK(month_index("present", kToday) == kToday);
  CHECK(month_index("", kToday) == -1);
}

TEST_CASE("internships only, or under 2 years, is the new-grad set") {
  expect_pick("Backend Engineering Intern — Fernhill, Austin | May 2025 – Aug 2025\n- Built an API\n", "backend-new-grad",
              "internships only (\"Backend Engineering Intern\")");
  expect_pick("Backend Engineer — Acme, Austin | Jan 2025 – Present\n- Built an API\n", "backend-new-grad",
              "1.8 years of experience from entry dates (under 2)");
}

TEST_CASE("a mobile title in the latest role is mobile-to-backend, even with many years") {
  expect_pick("Senior iOS Engineer — Harbor, Seattle | Mar 2016 – Present\n- Built the networking layer\n\n"
              "Backend Engineer — Tide, Seattle | Jan 2012 – Feb 2016\n- Built an API\n",
              "mobile-to-backend", "the latest role, \"Senior iOS Engineer\", has a mobile title");
}

TEST_CASE("8 years or more, or a staff or lead title, is the senior set; overlapping roles count once") {
  auto p = pick_ruleset(roles("Backend Engineer — Acme | Jan 2016 – Present\n- Built an API\n\n"
                              "Backend Engineer — Side gig | Jan 2017 – Dec 2018\n- Built a worker\n"),
                        kToday);
  CHECK(p.id == "backend-senior");
  CHECK(p.years == doctest::Approx(10.8).epsilon(0.01));
  expect_pick("Staff Engineer — Acme | Jan 2021 – Present\n- Built an API\n", "backend-senior",
              "\"Staff Engineer\" is a staff, principal or lead title");
}

TEST_CASE("an SRE, platform or DevOps title in the latest role is the platform set; otherwise backend") {
  expect_pick("Site Reliability Engineer — Acme | Jan 2021 – Present\n- Ran Kubernetes\n", "platform");
  expect_pick("Backend Engineer — Acme | Jan 2021 – Present\n- Built an API\n", "backend",
              "5.8 years of experience, no new-grad, mobile, senior or platform signal");
  // The kind the title names first: a backend engineer on a platform team is backend, an iOS engineer is mobile.
  expect_pick("Backend Engineer, Payments Platform — Acme | Jan 2021 – Present\n- Built an API\n", "backend");
  expect_pick("Backend Engineer, Data Platform — Acme | Jan 2021 – Present\n- Built an API\n", "backend");
  expect_pick("Platform Engineer, Payments — Acme | Jan 2021 – Present\n- Ran Kubernetes\n", "platform");
}

TEST_CASE("the built-in sets say when they apply: read from rules/*.json, the default last") {
  std::vector<std::string> ids;
  for (const auto& p : auto_picks()) ids.push_back(p.id);
  CHECK(ids == std::vector<std::string>{"backend-new-grad", "mobile-to-backend", "backend-senior", "platform", "backend"});
  CHECK(auto_picks().back().when == std::vector<std::string>{"always"});
}

TEST_CASE("the sets' order decides: without a mobile set, a mobile engineer of 9 years gets the senior set") {
  std::vector<AutoPick> sets = {{"backend-senior", 1, {"8-years-or-more"}}, {"backend", 2, {"always"}}};
  RulesetPick p = pick_ruleset(roles("iOS Engineer — Acme | 2017 – present\n- Built the app\n"), kToday, sets);
  CHECK(p.id == "backend-senior");
  CHECK(p.because == "9.4 years of experience from entry dates (8 or more)");
}
