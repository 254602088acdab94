#include "report/cohort_match.h"

#include <doctest/doctest.h>

#include "report/cohort_summary.h"

using namespace bescore;

namespace {

CohortEntry matched(int percentage, std::vector<std::string> shown, std::string verdict = "yes") {
  CohortEntry e;
  e.file = "r" + std::to_string(percentage) + ".txt";
  e.score = 80;
  ResumeMatch m;
  m.percentage = percentage;
  m.title_verdict = std::move(verdict);
  const char* names[] = {"Go", "PostgreSQL", "Kafka"};
  const char* asks[] = {"required", "required", "preferred"};
  for (size_t i = 0; i < shown.size(); ++i) m.skills.push_back({names[i], asks[i], shown[i]});
  e.match = m;
  return e;
}

const CohortPosting kPosting{"Backend Engineer", "job.md", {{"Go", "required", ""}, {"Kafka", "preferred", ""},
                                                            {"PostgreSQL", "required", ""}}};

}  // namespace

TEST_CASE("a resume fits at 70% or more with no required skill missing") {
  CHECK(matched(75, {"evidenced", "listed", "missing"}).match->fits());
  CHECK_FALSE(matched(69, {"evidenced", "evidenced", "missing"}).match->fits());
  ResumeMatch strong_but_missing = *matched(90, {"evidenced", "missing", "evidenced"}).match;
  CHECK_FALSE(strong_but_missing.fits());
  CHECK(strong_but_missing.missing_required() == std::vector<std::string>{"PostgreSQL"});
}

TEST_CASE("the cohort's gaps count each skill and list required skills first, most missing first") {
  std::vector<CohortEntry> entries = {matched(100, {"evidenced", "evidenced", "evidenced"}),
                                      matched(50, {"evidenced", "missing", "missing"}, "partial"),
                                      matched(75, {"listed", "listed", "missing"}, "no"),
                                      failed_entry("x.pdf", "file is empty")};
  CohortMatch c = summarise_match(entries, kPosting);
  CHECK(c.matched == 3);
  CHECK(c.fitting == 2);
  CHECK(c.median == 75);
  CHECK((c.min == 50 && c.max == 100));
  CHECK((c.title_yes == 1 && c.title_partial == 1 && c.title_no == 1));
  REQUIRE(c.skills.size() == 3);
  CHECK(c.skills[0].name == "PostgreSQL");  // required, 1 missing
  CHECK((c.skills[0].missing == 1 && c.skills[0].listed == 1 && c.skills[0].evidenced == 1));
  CHECK(c.skills[1].name == "Go");  // required, none missing, 1 listed only
  CHECK(c.skills[2].name == "Kafka");  // preferred: after every required skill though most missed
  CHECK(c.skills[2].missing == 2);
  std::string text = match_summary_to_text(c);
  CHECK(text.find("fit: 2 of 3 (match 70% or more") != std::string::npos);
  CHECK(text.find("  PostgreSQL  required   33% / 33% / 33%  (1 / 1 / 1 of 3)\n") != std::string::npos);
  std::string html = match_section_html(c);
  CHECK(html.find("data-skill=\"Kafka\" data-asked=\"preferred\" data-missing=\"2\"") != std::string::npos);
}

TEST_CASE("a posting without known skills says so instead of counting") {
  CohortMatch c = summarise_match({matched(-1, {})}, CohortPosting{"Chef", "chef.md", {}});
  CHECK(c.matched == 0);
  CHECK(match_summary_to_text(c).find("names no technology bescore knows") != std::string::npos);
}
