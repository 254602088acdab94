#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

namespace {

std::string resume_as(const std::string& headline, const std::string& role = "Software Engineer") {
  return "Ana Kovač\n" + headline + "\nana@example.com | github.com/ana\n\nEXPERIENCE\n" + role +
         " — Tidewater Pay, Lisbon | Jan 2021 – Present\n- Built a payments API in Go on PostgreSQL with React and "
         "TypeScript screens, serving 40K requests/day\n";
}

std::string kind_of(const std::string& posting_text) {
  Posting p = testing::posting_of(posting_text, false);
  std::string from;
  std::string k = posting_kind(p, asked_skills(p, testing::lexicon()), testing::lexicon(), &from);
  return k + " from " + from;
}

}  // namespace

TEST_CASE("the posting's kind: its title, a qualifier when the title is general, or what it asks") {
  CHECK(kind_of("Title: Senior Backend Engineer - Payments\nRequirements\n- React\n") == "backend from title");
  CHECK(kind_of("Title: Senior Software Engineer - Mobile Apps (Hybrid)\nRequirements\n- Go\n") ==
        "mobile from title qualifier");
  CHECK(kind_of("Title: Full Stack Engineer (Backend) - Billing\nRequirements\n- React\n") ==
        "backend from title qualifier");
  CHECK(kind_of("Title: Software Engineer (Full-Stack, Frontend-leaning)\nRequirements\n- Go\n") ==
        "frontend from title qualifier");
  // A full-stack title keeps its kind when the qualifier names the stack, not a focus.
  CHECK(kind_of("Title: Full Stack Engineer – Cloud / Java / React\nRequirements\n- Java\n") ==
        "fullstack from title");
  // A general title: the families of the asks, required asks weighing twice.
  CHECK(kind_of("Title: Software Engineer\nRequirements\n- React, TypeScript and CSS\n- Figma\nNice to have\n- Go\n") ==
        "frontend from asks");
  CHECK(kind_of("Title: Software Engineer\nRequirements\n- Go and PostgreSQL\n- Kafka\nNice to have\n- React\n") ==
        "software from title");
}

TEST_CASE("the resume's kind: its headline, else its latest role; a general one fits any posting") {
  CHECK(resume_kind(testing::parse_text(resume_as("Senior Backend Engineer"))) == "backend");
  CHECK(resume_kind(testing::parse_text(resume_as("Software Engineer", "Senior iOS Engineer"))) == "software");
  CHECK(resume_kind(testing::parse_text("Ana Kovač\nana@example.com\n\nEXPERIENCE\nFrontend Developer — Tidewater Pay, "
                                        "Lisbon | Jan 2021 – Present\n- Built React screens for 40K users\n")) ==
        "frontend");
}

TEST_CASE("a backend resume keeps its skills match for a backend posting, less for a neighbour, least for another kind") {
  const std::string asks = "\nRequirements\n- Go\n- PostgreSQL\n- React\n";
  auto same = testing::match_of("Title: Backend Engineer" + asks, resume_as("Backend Engineer"));
  auto neighbour = testing::match_of("Title: Full Stack Engineer" + asks, resume_as("Backend Engineer"));
  auto other = testing::match_of("Title: Frontend Engineer" + asks, resume_as("Backend Engineer"));
  auto general = testing::match_of("Title: Frontend Engineer" + asks, resume_as("Software Engineer"));
  CHECK(same.skills_percentage == 100);
  CHECK(same.percentage == 100);
  CHECK(neighbour.skills_percentage == 100);
  CHECK(neighbour.role.fit == doctest::Approx(kNeighbourFit));
  CHECK(neighbour.percentage == 80);
  CHECK(other.role.fit == doctest::Approx(kOtherKindFit));
  CHECK(other.percentage == 60);
  CHECK(other.role.why == "a backend resume for a frontend posting");
  CHECK(general.percentage == 100);
}

TEST_CASE("a posting for another profession fits no engineer fully; engineering managers and DevSecOps stay engineering") {
  CHECK(kind_of("Title: Partnerships Development Manager\nRequirements\n- Salesforce\n- REST APIs\n") == "other from title");
  CHECK(kind_of("Title: Engineering Manager\nRequirements\n- Go and PostgreSQL\n") == "software from ");  // a general title
  CHECK(kind_of("Title: Technical Account Manager\nRequirements\n- Go and PostgreSQL\n") == "software from ");  // a general title
  CHECK(kind_of("Title: DevSecOps Engineer\nRequirements\n- Terraform\n") == "platform from title");
  auto m = testing::match_of("Title: Provider Network Manager\nRequirements\n- Go\n- PostgreSQL\n",
                             resume_as("Backend Engineer"));
  CHECK(m.role.fit == doctest::Approx(kOtherKindFit));
  CHECK(m.role.why == "the posting's title names no engineering role");
  CHECK(m.percentage == 60);
}

TEST_CASE("a posting for an engineer of another discipline fits a software engineer as another kind") {
  CHECK(kind_of("Title: Mechatronics Engineer\nRequirements\n- SolidWorks\n- fault tolerance\n") == "other from title");
  auto m = testing::match_of("Title: Mechanical Engineer\nRequirements\n- Go\n- PostgreSQL\n", resume_as("Backend Engineer"));
  CHECK(m.role.fit == doctest::Approx(kOtherKindFit));
  CHECK(m.role.why == "the posting's title names another engineering discipline");
  CHECK(m.title.verdict == "no");
  CHECK(kind_of("Title: Firmware Engineer\nRequirements\n- C\n") != "other from title");
}

TEST_CASE("a technology in a consultant's or specialist's title makes it a technical posting") {
  CHECK(kind_of("Title: Golang Consultant\nRequirements\n- Go and PostgreSQL\n") == "software from ");
  CHECK(kind_of("Title: Solutions Architect\nRequirements\n- AWS\n") != "other from title");
}
