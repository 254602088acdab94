#include "parse/parser.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

// The entries of the resume's one section of that kind (the test stops when it has none or several).
const std::vector<Entry>& entries_of(const Resume& r, SectionKind kind) {
  REQUIRE(r.sections_of(kind).size() == 1);
  return r.sections_of(kind).front()->entries;
}

}  // namespace

TEST_CASE("sections, entries, bullets and contacts of a text resume") {
  Resume r = parse_text(strong_resume());
  CHECK(r.contacts.name == "Ana Kovač");
  CHECK(r.headline == "Backend Engineer");
  CHECK(r.contacts.email == "ana.kovac@example.com");
  CHECK(r.contacts.github == "github.com/anakovac");
  CHECK(r.contacts.phone == "+1 415 555 0100");
  REQUIRE(r.sections_of(SectionKind::experience).size() == 1);
  const Section& exp = *r.sections_of(SectionKind::experience).front();
  REQUIRE(exp.entries.size() == 2);
  CHECK(exp.entries[0].title == "Senior Backend Engineer");
  CHECK(exp.entries[0].organisation == "Tidewater Pay");
  CHECK(exp.entries[0].location == "Lisbon");
  CHECK(exp.entries[0].start == "2021-01");
  CHECK(exp.entries[0].end == "present");
  CHECK(exp.entries[0].bullets.size() == 4);
  CHECK(exp.entries[0].bullets[0].at.line == 10);
  CHECK(r.skills.size() == 8);
}

TEST_CASE("heading synonyms and letter case all name the same section") {
  for (std::string heading : {"Work History", "PROFESSIONAL EXPERIENCE", "Employment", "experience:"}) {
    Resume r = parse_text(replace(strong_resume(), "EXPERIENCE\n", heading + "\n"));
    CHECK_MESSAGE(r.sections_of(SectionKind::experience).size() == 1, heading);
  }
  Resume r = parse_text(replace(strong_resume(), "SKILLS\n", "Tech Stack\n"));
  CHECK(r.skills.size() == 8);
}

TEST_CASE("a heading of two things joined is named by the first: SKILLS & SOFTWARE, Skills and Tools:") {
  for (std::string heading : {"SKILLS & SOFTWARE", "Skills and Tools:", "SKILLS / SOFTWARE"}) {
    Resume r = parse_text(replace(strong_resume(), "SKILLS\n", heading + "\n"));
    CHECK_MESSAGE(r.skills.size() == 8, heading);
  }
  // A role's field is not a heading: the first part must end in a section's own word.
  Resume r = parse_text(replace(strong_resume(), "SKILLS\n", "SALES & MARKETING\n"));
  CHECK(r.skills.empty());
  // A job title in title case, or one ending in a person's noun, stays a role line.
  for (std::string role : {"Tools & Infrastructure Engineer", "PROJECT AND PROGRAM MANAGER", "Skills & Software"}) {
    Resume j = parse_text("Jo Park\n\nEXPERIENCE\n" + role + "\nStripe | Jan 2019 - Dec 2020\n- Built the ledger in Go\n"
                          "- Cut query time by 40%\n");
    CHECK_MESSAGE(j.sections.size() == 2, role);
  }
}

TEST_CASE("wrapped bullets are joined and hyphenation repaired") {
  std::string text = "EXPERIENCE\nEngineer — Acme | 2020 – 2022\n- Built the data-\n  base layer for orders,\n  serving 4K requests/day\n- Cut costs by 20%\n";
  Resume r = parse_text(text);
  const auto& bullets = r.sections_of(SectionKind::experience).front()->entries.front().bullets;
  REQUIRE(bullets.size() == 2);
  CHECK(bullets[0].text == "Built the database layer for orders, serving 4K requests/day");
  CHECK(bullets[0].at.line == 3);
}

TEST_CASE("a date inside a sentence that goes on from the point above opens no entry") {
  const auto entries = parse_text(
      "EXPERIENCE\nJunior Developer — Acme | 2021 – 2022\n"
      "Third-year placement for 20 weeks, then kept on as a part-time developer. Re-\n"
      "tained until the 2022 autumn term, building the disease-tracking service in Java.\n"
      "Intern — Contoso | 2020 – 2021\nWrote the billing export in Python.\n").sections_of(SectionKind::experience).front()->entries;
  REQUIRE(entries.size() == 2);
  REQUIRE(entries[0].bullets.size() == 1);
  CHECK(entries[0].bullets[0].text.find("Retained until the 2022 autumn term") != std::string::npos);
  CHECK(entries[1].organisation == "Contoso");
}

TEST_CASE("a skills line of a name, a dash and what it covers is no heading, whatever its words") {
  std::string text = "Jo Park\n\nSKILLS\nKubernetes - Administration, Deployments\nJenkins - Pipelines, Jobs, Builds\n"
                     "Git - Version Control, Branching\n\nEXPERIENCE\nBackend Engineer — Acme | 2020 – 2022\n- Built APIs in Go\n";
  Resume r = parse_text(text);
  CHECK(r.sections_of(SectionKind::experience).size() == 1);
  REQUIRE(r.sections_of(SectionKind::skills).size() == 1);
  CHECK(r.sections_of(SectionKind::skills).front()->paragraph.size() == 3);
}

TEST_CASE("a project's name and stack set as one list item open the project, its points under it") {
  auto projects = parse_text(
      "PROJECTS\n"
      "- LEDGER SERVICE | Go, PostgreSQL, Kafka\n  - Built a double-entry ledger handling 2K writes/s\n  - Added idempotent retries\n"
      "- Price Tracker | Django, Redis\n  - Scraped 40 stores nightly with Celery\n"
      "- Wrote the release notes | every week\n").sections_of(SectionKind::projects).front()->entries;
  REQUIRE(projects.size() == 2);
  CHECK(projects[0].title == "LEDGER SERVICE");
  CHECK(projects[0].organisation.empty());
  CHECK(projects[0].bullets.size() == 2);
  CHECK(projects[1].title == "Price Tracker");
  CHECK(projects[1].bullets.size() == 2);  // a point that does something, with a bar in it, stays a point
  // Points with a bar and a stack, not nested and not names, stay points of their project.
  auto flat = parse_text("Jo Park\n\nPROJECTS\nLedgerly | 2022\n- Rate limiting | Redis, Lua\n- Caching layer | Redis\n"
                         "- 40% faster builds | Bazel\n- Tech: Go | Redis\n").sections_of(SectionKind::projects).front()->entries;
  REQUIRE(flat.size() == 1);
  CHECK(flat[0].bullets.size() == 3);  // "Tech: Go | Redis" is the project's stack line
}

TEST_CASE("letter-spaced headings of any length; short words before a head word are no letter-spacing") {
  Resume r = parse_text("Jo Park\n\nP R O J E C T S\nLedger | Go\n- Built a ledger in Go\n\nS U M M A R Y\nBackend engineer.\n"
                        "\nGo, C, JS, UI, UX Experience\n");
  CHECK(r.sections_of(SectionKind::projects).size() == 1);
  CHECK(r.sections_of(SectionKind::summary).size() == 1);
  CHECK(r.sections_of(SectionKind::experience).empty());
}

TEST_CASE("a letter-spaced heading of more than five letters is one word: H I S T O RY") {
  Resume r = parse_text("Jo Park\n\nABOUT\nBackend engineer.\n\nH I S T O RY\nNorthwind | Senior Engineer | 2020 - 2024\n"
                        "- Built the billing API in Go\n");
  REQUIRE(r.sections_of(SectionKind::experience).size() == 1);
  CHECK(r.sections_of(SectionKind::experience).front()->entries.size() == 1);
}

TEST_CASE("bullets without markers under a role line") {
  std::string text = "EXPERIENCE\nEngineer — Acme | 2020 – 2022\nBuilt the billing service in Go serving 4K requests/day.\nCut deploy time from 40 to 5 minutes with GitHub Actions.\n";
  Resume r = parse_text(text);
  CHECK(r.sections_of(SectionKind::experience).front()->entries.front().bullets.size() == 2);
}

TEST_CASE("Markdown headings, list items and emphasis") {
  std::string md = "# Ana\n\n## Experience\n\n### Engineer — Acme | 2020 – 2022\n\n* **Built** the [orders API](https://x.dev) serving 4K requests/day\n";
  Resume r = parse_text(md, true);
  const auto& e = r.sections_of(SectionKind::experience).front()->entries.front();
  CHECK(e.organisation == "Acme");
  REQUIRE(e.bullets.size() == 1);
  CHECK(e.bullets[0].text == "Built the orders API (https://x.dev) serving 4K requests/day");
  CHECK(e.bullets[0].at.line == 7);
}

TEST_CASE("traits: quantified, responsibility, action verb, backend") {
  struct Case { const char* text; bool quantified; bool responsibility; };
  for (auto c : {Case{"Cut p99 latency from 900 ms to 140 ms", true, false},
                 Case{"Built a REST API serving 1.2M users", true, false},
                 Case{"Saved $300K a year in cloud spend", true, false},
                 Case{"Tripled throughput of the ingest service", true, false},
                 Case{"Migrated auth to OAuth 2.0 and Python 3.11 on S3", false, false},
                 Case{"Responsible for database management", false, true},
                 Case{"Worked on 3 projects using 5 tools", false, true},
                 Case{"Helped with deployments 24/7", false, true}}) {
    std::string text = std::string("EXPERIENCE\nEngineer — Acme | 2020 – 2022\n- ") + c.text + "\n- Built X\n";
    Resume r = parse_text(text);
    const auto& b = r.sections_of(SectionKind::experience).front()->entries.front().bullets.front();
    CHECK_MESSAGE(b.traits.count("quantified") == size_t(c.quantified), c.text);
    CHECK_MESSAGE(b.traits.count("responsibility") == size_t(c.responsibility), c.text);
  }
}

TEST_CASE("a skill's examples in parentheses are skills listed too, the item stays one") {
  auto r = parse_text("Ana Kovac\nana@example.com\n\nSKILLS\nSQL (MySQL, PostgreSQL), Python (Django), Go\n");
  REQUIRE(r.skills.size() == 3);
  CHECK(r.skills[0].text == "SQL");
  CHECK(r.skills[0].term == "SQL");
  std::vector<std::string> names;
  for (const Term* t : r.skills[0].terms) names.push_back(t->name);
  CHECK(names == std::vector<std::string>{"SQL", "MySQL", "PostgreSQL"});
  CHECK(r.skills[1].terms.size() == 2);
  CHECK(r.skills[1].terms[1]->name == "Django");
}

TEST_CASE("skills set as tags, with no separator, are one skill each; a phrase naming technologies stays one") {
  auto r = parse_text("Ana Kovac\nana@example.com\n\nSKILLS\nGo Kafka PostgreSQL Spring Boot Redis Scrum\n"
                      "Python Data Analysis Libraries\n");
  std::vector<std::string> texts;
  for (const Skill& s : r.skills) texts.push_back(s.text);
  CHECK(texts == std::vector<std::string>{"Go", "Kafka", "PostgreSQL", "Spring Boot", "Redis", "Scrum",
                                          "Python Data Analysis Libraries"});
  auto phrase = parse_text("Ana Kovac\nana@example.com\n\nSKILLS\nREST services in Go with PostgreSQL and Redis\n");
  REQUIRE(phrase.skills.size() == 1);
  CHECK(phrase.skills[0].terms.size() >= 3);
  // A list's joint is no skill; names grouped in brackets or by a slash are left to the item reader.
  auto joint = parse_text("Ana Kovac\nana@example.com\n\nSKILLS\nGo Python Java and Rust\nPython (Django Flask FastAPI) Kafka\n");
  texts.clear();
  for (const Skill& s : joint.skills) texts.push_back(s.text);
  CHECK(texts == std::vector<std::string>{"Go", "Python", "Java", "Rust", "Python"});  // the bracketed line: its head
}

TEST_CASE("a role's prose before its marked points says what the employer is: read apart, not judged, and no date") {
  std::string text = "EXPERIENCE\nSenior Engineer — Northwind | 2021 – 2024\n"
                     "Northwind was founded in 2009 as the simplest way to ship parcels across the\n"
                     "country. Now it runs a whole network of depots.\n"
                     "- Built the routing service in Go\n- Cut label printing time by 40%\n"
                     "Engineer — Quay Labs | 2018 – 2021\n"
                     "Implemented the billing pipeline in Kotlin, from invoices to ledger.\n"
                     "- Moved the ledger to PostgreSQL\n";
  Resume r = parse_text(text);
  const auto& roles = entries_of(r, SectionKind::experience);
  REQUIRE(roles.size() == 2);
  REQUIRE(roles[0].about.size() == 1);
  CHECK(roles[0].about[0].text.rfind("Northwind was founded in 2009", 0) == 0);
  CHECK(roles[0].bullets.size() == 2);
  CHECK(roles[0].start == "2021");
  // Prose opening with a past-tense verb is an accomplishment whose marker was lost: it stays a point.
  CHECK(roles[1].about.empty());
  CHECK(roles[1].bullets.size() == 2);
  // So does prose about the person's own part, duty or not: only what says what the employer is goes apart.
  Resume duty = parse_text("EXPERIENCE\nEngineer — Quay Labs | 2018 – 2021\n"
                           "Responsible for the payments backend in Java and Kafka serving 2M users.\n"
                           "- Moved the ledger to PostgreSQL\n- Cut fees by 3%\n");
  CHECK(entries_of(duty, SectionKind::experience).at(0).about.empty());
  // A role named in a sentence keeps its date.
  Resume freelance = parse_text("EXPERIENCE\nFreelance backend developer for local shops in 2019 and later remote teams\n"
                                "- Built order APIs in Go\n- Cut hosting costs by 30%\n");
  CHECK(entries_of(freelance, SectionKind::experience).at(0).start == "2019");
}

TEST_CASE("an employer '& Co.' on its own line after a point opens the next role") {
  std::string text = "EXPERIENCE\nEngineer — Quay Labs | 2021 – 2024\n- Built the ledger in Go\n"
                     "HARBOR TRADING & CO.\nAssociate, Software Engineering\nJan 2019 - Aug 2021 | Leeds\n"
                     "- Delivered the order chatbot\n";
  Resume r = parse_text(text);
  const auto& roles = entries_of(r, SectionKind::experience);
  REQUIRE(roles.size() == 2);
  CHECK(roles[0].bullets.size() == 1);
  CHECK(roles[1].organisation == "HARBOR TRADING & CO.");
  // "& Co-ordination" names no company.
  Resume point = parse_text("EXPERIENCE\nEngineer — Quay Labs | 2021 – 2024\n- Built the ledger in Go\n"
                            "- Release Planning & Co-ordination\n");
  CHECK(entries_of(point, SectionKind::experience).size() == 1);
}

TEST_CASE("project cards: name, tagline, a description that wraps, then the technology line") {
  std::string text = "PROJECTS\nLedgerly\nA tiny bookkeeping app\n"
                     "A web service where small shops record their sales,\nreturns and stock in one place.\n"
                     "Flask, PostgreSQL\nTripwire\nA link checker for static sites\n"
                     "A command-line tool that crawls a site and reports\nbroken links with their pages.\nGo, Redis\n";
  Resume r = parse_text(text);
  const auto& projects = entries_of(r, SectionKind::projects);
  REQUIRE(projects.size() == 2);
  CHECK(projects[0].title == "Ledgerly");
  REQUIRE(projects[0].bullets.size() == 1);
  CHECK(projects[0].bullets[0].text == "A web service where small shops record their sales, returns and stock in one place.");
  CHECK(projects[0].stack == "Flask, PostgreSQL");
  CHECK(projects[1].title == "Tripwire");
  CHECK(projects[1].stack == "Go, Redis");
}

TEST_CASE("an entry whose header names no role takes the role its first line names") {
  std::string text = "EXPERIENCE\nHarbor Tools Inc., Leeds | March 2022 - May 2023\n"
                     "Worked as a Junior Developer at Harbor Tools, keeping the billing service running.\n"
                     "Bayside Books Ltd. | 2020 - 2021\nServed as the shop's unofficial helpdesk at weekends.\n"
                     "Quay Labs Inc. | 2019 - 2020\nWorked as a member of the payments team at Quay Labs.\n";
  Resume r = parse_text(text);
  REQUIRE(r.sections_of(SectionKind::experience).size() == 1);
  const Section& exp = *r.sections_of(SectionKind::experience).front();
  REQUIRE(exp.entries.size() == 3);
  CHECK(exp.entries[0].title == "Junior Developer");
  CHECK(exp.entries[0].organisation == "Harbor Tools Inc.");
  CHECK(exp.entries[1].title == "");  // "served as the shop's unofficial helpdesk" names no role
  CHECK(exp.entries[2].title == "");  // "a member of the payments team" is a team, not a role
}

TEST_CASE("technologies beside an entry's name are its stack, not its organisation or its place") {
  Resume r = parse_text(
      "Jo Park\njo@example.org\n\nEXPERIENCE\nBackend Engineer | Acme Corp | Go, Kafka | Jan 2021 - Present\n"
      "- Built the billing API serving 2,000 requests/s\nSoftware Engineer | MongoDB | 2018 - 2020\n"
      "- Sped up the query planner by 30%\nSoftware Engineer | Salesforce, Slack | 2016 - 2018\n"
      "- Moved the message search to Elasticsearch\n\nEDUCATION\nM.Sc. (Distributed Systems, Kafka) | University of Porto\n\n"
      "PROJECTS\nRate Limiter | Go, Redis\n- Wrote a token-bucket limiter\n"
      "Reckoner (PHP | MySQL)\n- Built a price tracker\nLedger | GitHub\n- Built a double-entry ledger\n");
  const auto& jobs = entries_of(r, SectionKind::experience);
  REQUIRE(jobs.size() == 3);
  CHECK(jobs[0].title == "Backend Engineer");
  CHECK(jobs[0].organisation == "Acme Corp");
  CHECK(jobs[0].stack == "Go, Kafka");
  CHECK(jobs[1].organisation == "MongoDB");  // one technology's name beside a role may be the employer's
  CHECK(jobs[1].stack == "");
  CHECK(jobs[2].organisation == "Salesforce");  // and so may two, when no other part names the employer
  CHECK(jobs[2].stack == "");
  REQUIRE(entries_of(r, SectionKind::education).size() == 1);
  const Entry& degree = entries_of(r, SectionKind::education)[0];
  CHECK(degree.stack == "");  // a degree's field in brackets is no stack
  CHECK((degree.title + degree.organisation).find("Distributed Systems") != std::string::npos);
  const auto& projects = entries_of(r, SectionKind::projects);
  REQUIRE(projects.size() == 3);
  CHECK(projects[0].title == "Rate Limiter");
  CHECK(projects[0].organisation == "");
  CHECK(projects[0].location == "");
  CHECK(projects[0].stack == "Go, Redis");
  CHECK(projects[1].title == "Reckoner");
  CHECK(projects[1].stack == "PHP, MySQL");
  CHECK(projects[2].organisation == "");  // "GitHub": where the project lives, not who made it
  CHECK(projects[2].stack == "");
}

TEST_CASE("a project set as a list item with its stack after a bar keeps the stack") {
  Resume r = parse_text(
      "Jo Park\njo@example.org\n\nPROJECTS\n- Queue Service | Go, Kafka\n  - Built a durable job queue\n"
      "  - Added retries with backoff\n");
  const auto& projects = entries_of(r, SectionKind::projects);
  REQUIRE(projects.size() == 1);
  CHECK(projects[0].title == "Queue Service");
  CHECK(projects[0].stack == "Go, Kafka");
  CHECK(projects[0].bullets.size() == 2);
}

TEST_CASE("a stack is decided over the entry's whole header, and lists only technologies") {
  Resume r = parse_text(
      "Jo Park\njo@example.org\n\nEXPERIENCE\nBackend Engineer | Go, Kafka | 2021 - Present\nAcme Corp, Berlin\n"
      "- Built the billing API serving 2,000 requests/s\nGlobex Inc, Lisbon\nPlatform Engineer | Rust, Redis | 2019 - 2021\n"
      "- Cut deploy time by 40%\n\nPROJECTS\nRate Limiter | Go,, Redis, GitHub\n- Wrote a token-bucket limiter\n"
      "Ledger | GitHub, Codeberg\n- Built a double-entry ledger\n- Mailer | GitHub\n  - Sent 10,000 mails a day\n");
  const auto& jobs = entries_of(r, SectionKind::experience);
  REQUIRE(jobs.size() == 2);
  CHECK(jobs[0].organisation == "Acme Corp");  // named on the line after the role's
  CHECK(jobs[0].stack == "Go, Kafka");
  CHECK(jobs[1].organisation == "Globex Inc");  // named on the line before
  CHECK(jobs[1].stack == "Rust, Redis");
  const auto& projects = entries_of(r, SectionKind::projects);
  REQUIRE(projects.size() == 3);
  CHECK(projects[0].stack == "Go, Redis");  // no empty item, no code host
  CHECK(projects[1].organisation == "");    // code hosts only: where it lives
  CHECK(projects[1].location == "");
  CHECK(projects[2].title == "Mailer");
  CHECK(projects[2].stack == "");
}
