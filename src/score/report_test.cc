#include "score/report.h"

#include <doctest/doctest.h>

#include "score/reading.h"
#include "test_support.h"

using namespace bescore::testing;

TEST_CASE("a resume that follows the advice scores 85 or more") {
  auto r = score_text(strong_resume());
  CHECK(r.score >= 85);
  CHECK(r.categories.size() == 6);
  int weights = 0;
  for (const auto& c : r.categories) weights += c.weight;
  CHECK(weights == 100);
}

TEST_CASE("a responsibility bullet is flagged at its line with a fix from its words") {
  auto r = score_text(replace(strong_resume(), "- Redesigned the ledger schema with composite indexes, cutting average query time by 65% across 12 endpoints",
                              "- Responsible for database management"));
  auto f = findings_of(r, "phrasing/responsibility");
  REQUIRE(f.size() == 1);
  CHECK(f[0].at.line == 11);
  CHECK(f[0].excerpt == "Responsible for database management");
  CHECK(f[0].fix.find("database management") != std::string::npos);
  CHECK(f[0].points == 3);
}

TEST_CASE("findings are ordered by points lost") {
  auto r = score_text(replace(strong_resume(), "Backend engineer specialising in payment APIs and event-driven systems in Go and PostgreSQL; 6 years building services that handle 50M requests/day.",
                              "Passionate developer seeking new opportunities."));
  for (size_t i = 1; i < r.findings.size(); ++i)
    if (!r.findings[i - 1].lead) CHECK(r.findings[i - 1].points >= r.findings[i].points);
  CHECK(points_lost(r, "summary/generic") >= 4);
}

TEST_CASE("template placeholder text is not read as the person's words") {
  using bescore::is_placeholder;
  CHECK(is_placeholder("Sample text with Emphasis!"));
  CHECK(is_placeholder("Your text here"));
  CHECK(is_placeholder("Lorem ipsum dolor sit amet"));
  CHECK_FALSE(is_placeholder("Classified sample text from 40K support tickets with a fine-tuned BERT model"));
  CHECK_FALSE(is_placeholder("Sample text classifier serving 3K requests/s"));
  CHECK_FALSE(is_placeholder("Sample text with a classifier trained on 40K support tickets"));
}

TEST_CASE("placeholder prose about a template's employer is dropped like its placeholder points") {
  auto r = score_text("Ana Kovac\nana@example.com\n\nEXPERIENCE\nJob Title — Company | 2019 – 2021\n"
                      "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n- Lorem ipsum dolor sit amet\n"
                      "- Built the billing API in Go serving 4K requests/day\n");
  CHECK(r.reading.placeholders == 2);
}

TEST_CASE("one bullet is too little to judge phrasing by: its rules award nothing and say why") {
  std::string text = "Ana Kovac\nana@example.com\n\nEXPERIENCE\nBackend Engineer — Lumen Freight | 2019 – 2021\n"
                     "- Built the billing API in Go serving 4K requests/day\n\nEDUCATION\nB.Sc. Computer Science — Uni | 2015 – 2019\n";
  auto r = score_text(text);
  bool phrasing_unjudged = false;
  for (const auto& u : r.unjudged)
    if (u.rule == "phrasing/action-verb") phrasing_unjudged = u.why == "only one bullet was found in experience or projects";
  CHECK(phrasing_unjudged);
  auto two = score_text(replace(text, "requests/day\n", "requests/day\n- Cut deploy time from 40 to 5 minutes\n"));
  for (const auto& u : two.unjudged) CHECK(u.rule != "phrasing/action-verb");
}

TEST_CASE("a backend resume whose fit holds a few points back says why, among the other findings, not first") {
  auto r = score_text(R"(Priya Nair
Software Engineer
priya.nair@example.com | github.com/priyanair

EXPERIENCE
Software Engineer — Tallyhouse, Leeds | Jan 2021 – Present
- Built the invoice REST API in Python and Flask, serving 2M requests a day at p99 under 120 ms
- Cut report generation from 40 to 6 minutes by moving it to PostgreSQL materialised views
- Moved the nightly billing jobs to Celery workers on Redis, cutting failed runs from 9 to 0 a month
- Added Docker builds and a GitHub Actions pipeline that deploys the API to AWS in 8 minutes
- Rebuilt the customer dashboard in React, cutting its load time from 4.1 to 1.3 seconds
- Added an accessible settings page in React with TypeScript, used by 30K customers each month

SKILLS
Python, Flask, PostgreSQL, Redis, Celery, React, TypeScript
)");
  REQUIRE(r.fit.kind == "backend");
  REQUIRE(r.fit.factor < 1.0);
  REQUIRE(r.fit.factor >= 0.8);
  auto fit = findings_of(r, "backend/fit");
  REQUIRE(fit.size() == 1);
  CHECK(fit[0].points == r.quality - r.score);
  CHECK(fit[0].points > 0);
  CHECK_FALSE(fit[0].lead);
  CHECK(fit[0].message.find("part of the score is held back") != std::string::npos);
  CHECK(r.findings.front().rule != "backend/fit");  // a larger finding comes before it
  for (size_t i = 1; i < r.findings.size(); ++i) CHECK(r.findings[i - 1].points >= r.findings[i].points);
}
