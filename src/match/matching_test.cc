#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

namespace {

JobMatch match(const std::string& posting_text, const std::string& resume_text) {
  return testing::match_of(posting_text, resume_text);
}

const SkillMatch* skill(const JobMatch& m, const std::string& name) {
  for (const auto& s : m.skills) if (s.skill.name == name) return &s;
  return nullptr;
}

const char* kResume = R"(Ana Kovač
Backend Engineer
ana@example.com | github.com/ana

EXPERIENCE
Backend Engineer — Tidewater Pay, Lisbon | Jan 2021 – Present
- Built a payments API in Go on PostgreSQL serving 40K requests/day at p99 < 150 ms
- Deployed 12 services to Kubernetes with GitHub Actions, raising releases to 10/day

SKILLS
Languages: Go, SQL
Data: PostgreSQL, Redis
)";

}  // namespace

TEST_CASE("a posting saying Postgres and k8s matches a resume saying PostgreSQL and Kubernetes, at their lines") {
  auto m = match("# Backend Engineer\n## Requirements\n- Postgres\n- k8s\n", kResume);
  REQUIRE(skill(m, "PostgreSQL"));
  CHECK(skill(m, "PostgreSQL")->shown == Shown::evidenced);
  CHECK(skill(m, "PostgreSQL")->resume_at.line == 7);
  CHECK(skill(m, "Kubernetes")->shown == Shown::evidenced);
  CHECK(skill(m, "Kubernetes")->resume_at.line == 8);
  CHECK(m.percentage == 100);
}

TEST_CASE("evidenced in a bullet, listed in skills only, or missing; missing first") {
  auto m = match("# Backend Engineer\n## Requirements\n- Go\n- Redis\n- Kafka\n", kResume);
  REQUIRE(m.skills.size() == 3);
  CHECK(m.skills[0].skill.name == "Kafka");
  CHECK(m.skills[0].shown == Shown::missing);
  CHECK(m.skills[1].skill.name == "Redis");
  CHECK(m.skills[1].shown == Shown::listed);
  CHECK(m.skills[1].resume_at.line == 12);
  CHECK(m.skills[2].shown == Shown::evidenced);
  // 2 x 1 + 2 x 0.5 + 2 x 0 of 6
  CHECK(m.percentage == 50);
}

TEST_CASE("required weighs twice preferred: moving Kafka from preferred to required moves the percentage by 10") {
  auto preferred = match("# Backend Engineer\n## Requirements\n- Go\n- Redis\n## Nice to have\n- Kafka\n", kResume);
  auto required = match("# Backend Engineer\n## Requirements\n- Go\n- Redis\n- Kafka\n", kResume);
  // (2 + 1 + 0) / 5 = 60%, (2 + 1 + 0) / 6 = 50%
  CHECK(preferred.percentage == 60);
  CHECK(required.percentage == 50);
  CHECK(preferred.required == 2);
  CHECK(preferred.preferred == 1);
}

TEST_CASE("a family word is evidenced by any technology of the family, and says which") {
  auto m = match("# Backend Engineer\n## Requirements\n- CI/CD\n- message queues\n", kResume);
  REQUIRE(skill(m, "CI/CD"));
  CHECK(skill(m, "CI/CD")->shown == Shown::evidenced);
  CHECK(skill(m, "CI/CD")->resume_term == "GitHub Actions");
  CHECK(skill(m, "message queues")->shown == Shown::missing);
}

TEST_CASE("a posting without known technologies has no percentage") {
  CHECK(match("# Backend Engineer\nGreat team, great snacks.\n", kResume).percentage == -1);
  CHECK(match_percentage({}) == -1);
}

TEST_CASE("a tool the lexicon does not know is shown where the resume names it as written") {
  auto posting = "# Backend Engineer\n## Requirements\n- Kafka, QuorumDB and SkyLattice\n";
  auto m = testing::match_of(posting, "EXPERIENCE\nEngineer — Acme | 2020 – 2022\n- Moved 40 services onto QuorumDB\n"
                                      "SKILLS\nKafka, skylattice\n");
  const SkillMatch* quorum = nullptr;
  const SkillMatch* lattice = nullptr;
  for (const auto& s : m.skills) {
    if (s.skill.name == "QuorumDB") quorum = &s;
    if (s.skill.name == "SkyLattice") lattice = &s;
  }
  REQUIRE(quorum);
  REQUIRE(lattice);
  CHECK(quorum->shown == Shown::evidenced);
  CHECK(quorum->resume_at.line == 3);
  CHECK(lattice->shown == Shown::missing);  // named so, as the posting writes it; "skylattice" is another word
}
