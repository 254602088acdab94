#include <doctest/doctest.h>

#include "extract/extract.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

const char* kResume = R"({
  "basics": {
    "name": "Ana Kovač",
    "label": "Backend Engineer",
    "email": "ana@example.com",
    "profiles": [{ "network": "GitHub", "username": "anakovac" }]
  },
  "work": [
    {
      "name": "Tidewater Pay",
      "position": "Senior Backend Engineer",
      "location": "Lisbon",
      "startDate": "2021-01-15",
      "highlights": [
        "Built a REST payments API in Go serving 40K requests/day",
        "Cut average query time by 65%",
        "Responsible for database management"
      ]
    },
    {
      "name": "Lumen Freight",
      "position": "Backend Engineer",
      "startDate": "2018-06",
      "endDate": "2020-12",
      "summary": "Responsible for database management"
    }
  ],
  "skills": [{ "name": "Data", "keywords": ["PostgreSQL", "Redis"] }]
})";

Document json_resume(const std::string& text) {
  auto doc = read_json_resume(text, "resume.json");
  if (!doc) throw std::runtime_error(doc.error());
  return *doc;
}

}  // namespace

TEST_CASE("a JSON Resume highlight is a bullet at its JSON line with its pointer") {
  Document doc = json_resume(kResume);
  CHECK(doc.format == "jsonresume");
  Resume r = parse_resume(doc, backend_rules().vocabulary);
  const Section& exp = *r.sections_of(SectionKind::experience).front();
  REQUIRE(exp.entries.size() == 2);
  const Bullet& duty = exp.entries[0].bullets.at(2);
  CHECK(duty.text == "Responsible for database management");
  CHECK(duty.at.line == 17);
  CHECK(duty.at.pointer == "/work/0/highlights/2");
  // The same words in the next job's summary are found at their own line, not the first match.
  REQUIRE(exp.entries[1].bullets.size() == 1);
  CHECK(exp.entries[1].bullets[0].at.line == 25);
  CHECK(exp.entries[1].bullets[0].at.pointer == "/work/1/summary");

  Report rep = score_resume(r, backend_rules());
  auto flagged = findings_of(rep, "phrasing/responsibility");
  REQUIRE(!flagged.empty());
  CHECK(flagged.front().at.pointer == "/work/0/highlights/2");
}

TEST_CASE("JSON Resume entries become title lines the parser splits") {
  Document doc = json_resume(kResume);
  std::vector<std::string> texts;
  for (const auto& l : doc.lines) texts.push_back(l.text);
  CHECK(texts == std::vector<std::string>{
                     "Ana Kovač", "Backend Engineer", "ana@example.com | github.com/anakovac", "EXPERIENCE",
                     "Senior Backend Engineer — Tidewater Pay, Lisbon | Jan 2021 – Present",
                     "Built a REST payments API in Go serving 40K requests/day", "Cut average query time by 65%",
                     "Responsible for database management", "Backend Engineer — Lumen Freight | Jun 2018 – Dec 2020",
                     "Responsible for database management", "SKILLS", "Data: PostgreSQL, Redis"});
  CHECK(doc.lines[4].at.line == 10);  // the entry's first field in the file
  CHECK(doc.lines[4].at.pointer == "/work/0");
  Resume r = parse_resume(doc, backend_rules().vocabulary);
  CHECK(r.contacts.name == "Ana Kovač");
  CHECK(r.contacts.github == "github.com/anakovac");
  const Entry& e = r.sections_of(SectionKind::experience).front()->entries[1];
  CHECK(e.organisation == "Lumen Freight");
  CHECK(e.start == "2018-06");
  CHECK(e.end == "2020-12");
  CHECK(r.skills.size() == 2);
}

TEST_CASE("invalid JSON and non-resume JSON are one-line errors with the line") {
  auto bad = read_json_resume("{\n  \"basics\": {\n    \"name\": \"Ana\",\n  }\n}\n", "resume.json");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().rfind("not valid JSON Resume (line 4: ", 0) == 0);
  CHECK(bad.error().find('\n') == std::string::npos);

  auto other = read_json_resume("[1, 2]", "resume.json");
  REQUIRE_FALSE(other);
  CHECK(other.error() == "not valid JSON Resume (line 1: expected an object with \"basics\" or \"work\")");
}

TEST_CASE("JSON Resume is told by content, or by a .json name") {
  CHECK(detect_format("{\n  \"work\": []\n}", "resume") == "jsonresume");
  CHECK(detect_format("{\"basics\": {\"name\": \"Ana\"", "resume.txt") == "jsonresume");
  CHECK(detect_format("not json at all", "resume.json") == "jsonresume");
  CHECK(detect_format("Worked at {\"work\" co}\n", "resume.txt") == "text");
}

TEST_CASE("JSON Resume's older 'website' is read like 'url': a GitHub address there is the person's GitHub") {
  std::string text = kResume;
  text.replace(text.find(R"("profiles": [{ "network": "GitHub", "username": "anakovac" }])"),
               std::string(R"("profiles": [{ "network": "GitHub", "username": "anakovac" }])").size(),
               R"("website": "https://github.com/anakovac")");
  Resume r = parse_resume(json_resume(text), backend_rules().vocabulary);
  CHECK(r.contacts.github == "https://github.com/anakovac");
}
