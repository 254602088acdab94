// Layouts real resumes use that bescore's own samples did not: one test per kind (issue 15), each with a resume
// written for the test.
#include <doctest/doctest.h>

#include "extract/page_layout.h"
#include "parse/entry_fields.h"
#include "parse/headings.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

const Section* only(const Resume& r, SectionKind kind) {
  auto s = r.sections_of(kind);
  return s.size() == 1 ? s.front() : nullptr;
}

// The one experience section, which holds `entries` entries.
const Section* experience(const Resume& r, size_t entries) {
  const Section* s = only(r, SectionKind::experience);
  REQUIRE(s);
  REQUIRE(s->entries.size() == entries);
  return s;
}

// The points of the one role of a resume whose experience is that role's header line and then `lines`.
std::vector<Bullet> points_under_role(const std::string& lines) {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\n" + lines);
  return experience(r, 1)->entries[0].bullets;
}

// An entry's title, organisation and location, to check in one line.
std::string fields(const Entry& e) { return e.title + " / " + e.organisation + " / " + e.location; }

std::string heading_of(const std::string& heading) {
  Resume r = parse_text("Jo Park\njo@example.com\n\n" + heading +
                        "\nBackend Engineer | Acme | 2020 - 2022\n- Built the billing service in Go for 3M users\n");
  for (const auto& s : r.sections)
    if (s.kind != SectionKind::header) return std::string(to_string(s.kind)) + ":" + s.heading;
  return "none";
}

// Each experience entry of a Markdown resume, one per line: "title / organisation / place | start - end | points".
std::string roles_of_markdown(const std::string& md) {
  Resume r = parse_text(md, true);
  const Section* s = only(r, SectionKind::experience);
  REQUIRE(s);
  std::string out;
  for (const auto& e : s->entries)
    out += fields(e) + " | " + e.start + " - " + e.end + " | " + std::to_string(e.bullets.size()) + "\n";
  return out;
}

}  // namespace

TEST_CASE("unknown headings take their kind from their head words") {
  CHECK(heading_of("Relevant Employment History") == "experience:Relevant Employment History");
  CHECK(heading_of("SELECTED HACKS") == "projects:SELECTED HACKS");
  CHECK(heading_of("Research Experience") == "experience:Research Experience");
  CHECK(heading_of("Leadership Experience") == "other:Leadership Experience");
  CHECK(heading_of("Technical Toolbox") == "skills:Technical Toolbox");
  CHECK(heading_of("Honors & Awards") == "other:Honors & Awards");
  CHECK(heading_of("Internships:") == "experience:Internships:");
  CHECK(heading_of("H I S TO RY") == "experience:HISTORY");
  CHECK(heading_of("EXPER IENCE") == "experience:EXPERIENCE");
}

TEST_CASE("a job title or a sentence ending in a head word is not a heading") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nProject Manager\nAcme | 2020 - 2022\n- Ran the billing projects\n"
                        "Backend Engineer | Initech | 2018 - 2020\n- Built services for the payments team\n");
  REQUIRE(only(r, SectionKind::experience));
  CHECK(r.sections_of(SectionKind::projects).empty());
  CHECK(only(r, SectionKind::experience)->entries.size() == 2);
}

TEST_CASE("an employer or school in capitals starts an entry, not a section") {
  Resume r = parse_text("Jo Park\njo@example.com\n\nEXPERIENCE\n\nNORTHWIND TRADERS\nSenior Backend Engineer | Jan 2020 - Present\n"
                        "- Cut checkout latency by 40% with a Redis cache\n\nCONTOSO LABS\nBackend Engineer | 2017 - 2019\n"
                        "- Built the order API in Go\n\nEDUCATION\n\nSTATE UNIVERSITY\nB.Sc. Computer Science | 2013 - 2017\n");
  CHECK(r.sections.size() == 3);  // header, experience, education
  const Section* exp = experience(r, 2);
  CHECK(exp->entries[0].title == "Senior Backend Engineer");
  CHECK(exp->entries[0].organisation == "NORTHWIND TRADERS");
  CHECK(exp->entries[1].organisation == "CONTOSO LABS");
}

TEST_CASE("a label column: the heading on the first content line, set off by a wide gap") {
  Resume r = parse_text("Jo Park\njo@example.com\n\nEXPERIENCE      Backend Engineer, Northwind | 2020 - 2023\n"
                        "                - Built the ledger service handling 2K payments/s\n"
                        "                Software Engineer, Contoso | 2017 - 2020\n"
                        "                - Moved batch billing to Kafka streams\n"
                        "SKILLS\tGo, PostgreSQL, Kafka, Redis\n"
                        "EDUCATION\tB.Sc. Computer Science, State University | 2013 - 2017\n");
  const Section* exp = experience(r, 2);
  CHECK(exp->entries[0].title == "Backend Engineer");
  CHECK(exp->entries[0].organisation == "Northwind");
  CHECK(exp->entries[0].bullets.size() == 1);
  CHECK(r.skills.size() == 4);
  CHECK(only(r, SectionKind::education));
}

TEST_CASE("a project named like a minor section, before a bar, is the project, not a label column") {
  Resume r = parse_text("Jo Park\njo@example.com\n\nPROJECTS\nLedger Service | 2022\n"
                        "- Wrote a double-entry ledger in Rust with Postgres\n"
                        "Volunteer Community | Go, Redis\n- Built a food bank's pickup scheduler\n"
                        "SKILLS\nGo, Rust, Postgres\n");
  const Section* projects = only(r, SectionKind::projects);
  REQUIRE(projects);
  REQUIRE(projects->entries.size() == 2);
  CHECK(projects->entries[0].title == "Ledger Service");
  CHECK(projects->entries[0].bullets.size() == 1);
  CHECK(r.sections_of(SectionKind::other).empty());
}

TEST_CASE("a PDF label column is split off by x-position, a two-row label read as one") {
  std::vector<PlacedWord> words;
  auto word = [&](std::string t, double x, double y) { words.push_back({t, x, y, x + 6.0 * t.size(), y + 10, 10}); };
  word("WORK", 30, 100);
  word("Northwind,", 120, 100), word("Berlin", 190, 100);
  word("EXPERIENCE", 30, 112);
  word("Backend", 126, 112), word("Engineer", 180, 112);
  for (int i = 0; i < 8; ++i) word("Built", 135, 124 + 12.0 * i), word("services", 170, 124 + 12.0 * i);
  word("SKILLS", 30, 230), word("Go,", 126, 230), word("Kafka", 150, 230);
  auto lines = layout_lines(words, -1);
  REQUIRE(lines.size() >= 4);
  CHECK(lines[0].text == "WORK EXPERIENCE");
  CHECK(lines[1].text == "Northwind, Berlin");
  CHECK(lines[2].text == "Backend Engineer");
  bool skills_alone = std::any_of(lines.begin(), lines.end(), [](auto& l) { return l.text == "SKILLS"; });
  CHECK(skills_alone);
}

TEST_CASE("an employer set large beside the role set small on one row are two fields") {
  std::vector<PlacedWord> words;
  auto word = [&](std::string t, double x, double y, double size) {
    words.push_back({t, x, y, x + 0.5 * size * t.size(), y + size, size});
  };
  word("Northwind", 100, 100, 22), word("Senior", 204, 108, 11), word("Engineer", 244, 108, 11);
  word("Built", 100, 130, 11), word("services", 134, 130, 11);
  auto lines = layout_lines(words, -1);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Northwind | Senior Engineer");
  CHECK(lines[1].text == "Built services");  // one size: one field
}

TEST_CASE("a justified line's squeezed spaces stay spaces where the PDF read one; small capitals stay one word") {
  std::vector<PlacedWord> words;
  // 10 pt boxes, gaps of a ninth of that (1.1 pt): justified text squeezed tight, the PDF marking each a space.
  auto word = [&](std::string t, double x, double y, double size, bool space_after) {
    words.push_back({t, x, y, x + 0.5 * size * t.size(), y + size, size, space_after});
    return x + 0.5 * size * t.size();
  };
  double x = word("implemented", 100, 100, 10, true);
  x = word("and", x + 1.1, 100, 10, true);
  word("migrated", x + 1.1, 100, 10, false);
  // The same gap without the PDF's space: one word cut in two (a ligature, a kerning pair).
  x = word("Password", 100, 120, 10, false);
  word("manager", x + 1.1, 120, 10, false);
  // Small capitals: a capital set large, the rest small, the PDF calling the step a space.
  x = word("I", 100, 140, 12, true);
  word("SHWAK", x + 1.1, 142, 9.5, false);
  auto lines = layout_lines(words, -1);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == "implemented and migrated");
  CHECK(lines[1].text == "Passwordmanager");
  CHECK(lines[2].text == "ISHWAK");
}

TEST_CASE("flattened text: one line with space runs, and headings glued to the text around them") {
  Resume one = parse_text(
      "Jo Park  jo@example.com  SUMMARY  Backend engineer building payment APIs in Go and PostgreSQL for five years.  "
      "EXPERIENCE  Backend Engineer | Northwind | 2020 - 2023  • Built the ledger service handling 2K payments/s  "
      "• Cut p99 latency from 900 ms to 120 ms  SKILLS  Go, PostgreSQL, Kafka  EDUCATION  B.Sc. Computer Science, State University");
  CHECK(only(one, SectionKind::summary));
  REQUIRE(only(one, SectionKind::experience));
  CHECK(only(one, SectionKind::experience)->entries.at(0).bullets.size() == 2);
  CHECK(only(one, SectionKind::skills));
  CHECK(only(one, SectionKind::education));
  Resume glued = parse_text(
      "Jo Park\nBackend engineer building payment APIs in Go for five years.ExperienceBackend Engineer | Northwind | 2020 - 2023\n"
      "Built the ledger service handling 2K payments/s. • Cut p99 latency from 900 ms to 120 ms with a cache\n"
      "Moved billing to Kafka streams.EducationB.Sc. Computer Science, State University\nSKILLS\nGo, PostgreSQL\n");
  REQUIRE(only(glued, SectionKind::experience));
  CHECK(only(glued, SectionKind::experience)->entries.at(0).bullets.size() == 3);
  CHECK(only(glued, SectionKind::education));
  // Small capitals as a PDF splits them ("E XPERIENCE"), glued to list markers, and direction marks around every
  // run as Google Docs copies them.
  Resume small_caps = parse_text(
      "Jo Park\nBackend engineer, five years of payment APIs in Go.\nE XPERIENCE\u2022Northwind []\n"
      "\u202DMay 2020 - Present\u202CBerlin\u202DBackend Engineer\u202C\n"
      "Built the ledger service handling 2K payments/s\u25E6 Cut p99 latency from 900 ms to 120 ms with a cache\u25E6E DUCATION\n"
      "State University, B.Sc. Computer Science 2016 - 2020\nS KILLS\nGo, PostgreSQL\n");
  CHECK(only(small_caps, SectionKind::experience));
  CHECK(only(small_caps, SectionKind::education));
  CHECK(only(small_caps, SectionKind::skills));
  REQUIRE(only(small_caps, SectionKind::experience));
  const auto& entries = only(small_caps, SectionKind::experience)->entries;  // the dates glued to the place read as a range
  CHECK(std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.start == "2020-05" && e.end == "present"; }));
}

TEST_CASE("flattened text: a page break between a page's last line and the next page's first is a line break") {
  // pdftotext puts "\f" before each page's first line; a flattening that joins lines can leave it mid-line.
  Resume r = parse_text("Jo Park\n\nSKILLS\nGo, Kafka, VirtualBox\fEDUCATION & PUBLICATIONS\n"
                        "B.Sc. Computer Science, State University, 2015\n\fEXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\n"
                        "- Built the ledger in Go\n");
  REQUIRE(only(r, SectionKind::skills));
  CHECK(only(r, SectionKind::education));
  CHECK(only(r, SectionKind::experience));
  CHECK(r.skills.size() == 3);
  const Section* e = only(r, SectionKind::education);
  REQUIRE(e);
  CHECK(e->at.line == 4);  // the same source line as the skills it was glued to: annotations keep the file's lines
}

TEST_CASE("a heading typed in sentence case is read and shown as written") {
  Resume r = parse_text("Jo Park\nBackend engineer.\n\nPet projects\nLedgerly | github.com/jo/ledgerly\n- Built a ledger in Go\n\n"
                        "Key skills\nGo, Kafka\n");
  REQUIRE(only(r, SectionKind::projects));
  CHECK(only(r, SectionKind::projects)->heading == "Pet projects");
  REQUIRE(only(r, SectionKind::skills));
  CHECK(only(r, SectionKind::skills)->heading == "Key skills");
}

TEST_CASE("entry headers: fields by what they name, in any order") {
  Resume r = parse_text(
      "Jo Park\n\nEXPERIENCE\nNorthwind Traders | Berlin, Germany\nSenior Backend Engineer | Jan 2020 - Present\n- Built the ledger\n"
      "• Contoso, Inc. | Austin, TX\nSoftware Engineer | 2017 - 2019\nResponsibilities:\n- Moved billing to Kafka\n"
      "Environment: Java, Kafka, PostgreSQL\nFabrikam Labs . . . . . . . 2015\n- Wrote the data loader\n");
  const Section* exp = experience(r, 3);
  CHECK(fields(exp->entries[0]) == "Senior Backend Engineer / Northwind Traders / Berlin, Germany");
  CHECK(fields(exp->entries[1]) == "Software Engineer / Contoso, Inc. / Austin, TX");
  CHECK(exp->entries[1].bullets.size() == 1);
  CHECK(exp->entries[2].organisation == "Fabrikam Labs");
  CHECK(exp->entries[2].start == "2015");
}

TEST_CASE("GitHub as people write it") {
  CHECK(parse_text("Jo Park\nGitHub: @jopark | jo@example.com\n").contacts.github == "github.com/jopark");
  CHECK(parse_text("Jo Park\njo@example.com | github/jo-park | in/jopark\n").contacts.github == "github.com/jo-park");
  CHECK(parse_text("Jo Park\nBerlin | \xC2\xA7 jo-park | jo@example.com\n").contacts.github == "github.com/jo-park");
  // A project's site is not a profile, and GitHub Actions is a tool.
  CHECK(parse_text("Jo Park\njo@example.com\n\nSKILLS\nGitHub Actions, Docker\nGitHub: jopark.dev\n").contacts.github.empty());
}

TEST_CASE("not English: a resume in another language is refused with the language named") {
  std::string spanish =
      "Ana Pérez\nana@example.com\n\nEXPERIENCIA\nIngeniera de software en la empresa de pagos | 2020 - 2023\n";
  for (int i = 0; i < 8; ++i)
    spanish += "- Desarrollé los servicios de la plataforma de pagos con Go y PostgreSQL para los clientes del banco\n";
  auto doc = extract_bytes(spanish, "cv.txt");
  REQUIRE_FALSE(doc);
  CHECK(doc.error() == "written in Spanish; bescore reads resumes in English");
  std::string russian = "Анна Петрова\n\nОПЫТ РАБОТЫ\n";
  for (int i = 0; i < 6; ++i) russian += "- Разработала сервисы платёжной платформы на Go и PostgreSQL для клиентов банка\n";
  auto ru = extract_bytes(russian, "cv.txt");
  REQUIRE_FALSE(ru);
  CHECK(ru.error().find("Cyrillic") != std::string::npos);
  // English with a name in another script, and terse English bullets, are read.
  std::string english = "Анна Петрова (Anna Petrova)\nanna@example.com\n\nEXPERIENCE\nBackend Engineer | Acme | 2020 - 2023\n";
  for (int i = 0; i < 10; ++i) english += "- Built payment services in Go, PostgreSQL, Kafka; cut p99 latency 40%\n";
  CHECK(extract_bytes(english, "cv.txt"));
}

TEST_CASE("an organisation with its tenure, then the role held there with its own dates, is one entry") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nNorthwind Group ~ 7 years (2015 - Present)\nJunior Linux Engineer (2022 - Present)\n"
                        "- Patched 300 servers a month with Ansible\n");
  const Section* exp = experience(r, 1);
  CHECK(exp->entries[0].title == "Junior Linux Engineer");
  CHECK(exp->entries[0].organisation == "Northwind Group");
  CHECK(exp->entries[0].start == "2022");
}

TEST_CASE("a GitHub Pages site counts as the code host until a github.com profile is found") {
  CHECK(parse_text("Jo Park\njo@example.com | jopark.github.io\n").contacts.github == "jopark.github.io");
  Resume r = parse_text("Jo Park\njo@example.com | jopark.github.io | github.com/jopark\n");
  CHECK(r.contacts.github == "github.com/jopark");
  CHECK(std::find(r.contacts.urls.begin(), r.contacts.urls.end(), "jopark.github.io") != r.contacts.urls.end());
}

TEST_CASE("a short line opening with a past-tense verb under a role is an accomplishment whose marker was lost") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\nImplemented the ledger in Go\n"
                        "Migrated billing to Kafka streams\nEmbedded Systems Engineer | Contoso | 2017 - 2020\nPissed Consumer | Kharkiv, Ukraine\n");
  const Section* exp = experience(r, 2);
  CHECK(exp->entries[0].bullets.size() == 2);
  CHECK(exp->entries[1].title == "Embedded Systems Engineer");
  CHECK(exp->entries[1].bullets.empty());
}

TEST_CASE("names and words that only look like headings, handles or organisations stay what they are") {
  // A camel-case name or an all-caps word that starts with a heading is not a glued heading.
  Resume r = parse_text("Jo Park\nEXPERIENCED BACKEND ENGINEER\njo@example.com\n\nEXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\n"
                        "- Built the FullStack Developer portal's OrderSummary service with Chrome DevTools profiling\n");
  CHECK(r.sections.size() == 2);
  REQUIRE(only(r, SectionKind::experience));
  CHECK(only(r, SectionKind::experience)->entries.at(0).bullets.size() == 1);
  // Tools named after a slash are not a GitHub handle; an employer named like a heading above a dated role is an entry.
  Resume tools = parse_text("Jo Park\njo@example.com\n\nSKILLS\nGit/GitHub/GitLab, Docker\n\nEXPERIENCE\nInfosys Technologies\n"
                            "Software Engineer | 2019 - 2021\n- Tutored at Northwind Academy for new hires\n- Built the ledger in Go\n");
  CHECK(tools.contacts.github.empty());
  const Section* exp = only(tools, SectionKind::experience);
  REQUIRE(exp);
  REQUIRE(exp->entries.size() == 1);
  CHECK(exp->entries[0].organisation == "Infosys Technologies");
  CHECK(exp->entries[0].bullets.size() == 2);
  // "AI" is not a place, and a degree line is not a heading.
  Resume degree = parse_text("Jo Park\n\nEDUCATION\nMaster of Social Work\nState University | 2015 - 2017\n");
  CHECK(degree.sections_of(SectionKind::experience).empty());
}

TEST_CASE("points whose marker was drawn are marked bullets; prose sentences flush with the role line are unmarked") {
  Resume r = parse_text(
      "Jo Park\njo@example.com\n\nEXPERIENCE\n"
      "Backend Engineer | Acme | 2020 - 2022\n"
      "Owned the billing platform end to end for the payments group.\n"
      "    Built the invoice service in Go for 3M users\n"
      "    Cut p99 latency from 900 ms to 120 ms\n"
      "- Moved the ledger to PostgreSQL\n");
  const Section* s = experience(r, 1);
  const auto& b = s->entries[0].bullets;
  REQUIRE(b.size() == 4);
  CHECK_FALSE(b[0].marked);  // prose under the role line
  CHECK(b[1].marked);        // set in: a dot drawn, not written
  CHECK(b[2].marked);
  CHECK(b[3].marked);        // a written marker
}

TEST_CASE("a heading is named without the icon or punctuation set before it") {
  CHECK(undecorated("♡ Interests") == "Interests");
  CHECK(undecorated("**-Online Courses") == "Online Courses");
  CHECK(undecorated("\xEF\x80\x87 EXPERIENCE") == "EXPERIENCE");  // a Font Awesome glyph (private use)
  CHECK(undecorated("Éducation") == "Éducation");
  CHECK(undecorated("2023 Projects") == "2023 Projects");
  CHECK(heading_of("♡ Interests") == "other:Interests");
}

TEST_CASE("a stack line set as a point (\"Technologies used: …\") is the entry's stack, not one of its points") {
  auto points = points_under_role("- Cut ledger latency 40% by caching in Redis\n- Technologies used: Go, Redis, PostgreSQL\n"
                                  "- Tech stack: Kafka\n- Stacked the on-call rota for 6 teams\n");
  REQUIRE(points.size() == 2);
  CHECK(points[1].text == "Stacked the on-call rota for 6 teams");
}

TEST_CASE("an organisation on the line under a role that names none is that role's, marked as a point or not") {
  for (const char* marker : {"- ", "   "}) {
    Resume r = parse_text(std::string("Jo Park\n\nEXPERIENCE\nProcess Control Intern | May 2017 - Dec 2017\n") + marker +
                          "United States Steel Corporation, Pittsburgh, PA\n- Wrote plant software in C# and SQL\n");
    const Section* exp = experience(r, 1);
    CHECK(exp->entries[0].organisation.find("United States Steel Corporation") == 0);
    CHECK(exp->entries[0].bullets.size() == 1);
  }
}

TEST_CASE("a line introducing a list (\"These include things such as:\") leaves the items set in below it as points") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nJunior Linux Engineer (2022 - Present)\nI support the Linux team and its estate.\n"
                        "These include things such as:\n    Managing Linux servers\n    Automation with Ansible\n    IaC (Terraform)\n");
  const Section* exp = experience(r, 1);
  CHECK(exp->entries[0].bullets.size() == 4);  // the sentence of prose, then three points
  CHECK(exp->entries[0].bullets[3].text == "IaC (Terraform)");
  CHECK(exp->entries[0].bullets[3].marked);
}

TEST_CASE("a point that stops on a word no sentence ends with wraps onto the next line, whatever that line starts with") {
  auto points = points_under_role("- Cut manual reporting effort by over\n30% with a Go job\n- Wrote the ledger\n");
  REQUIRE(points.size() == 2);
  CHECK(points[0].text == "Cut manual reporting effort by over 30% with a Go job");
}

TEST_CASE("page two of a sidebar layout: the main column continues the previous page's section before the sidebar") {
  auto line = [](std::string text, int column, double size = 10) {
    PlacedLine l;
    l.text = std::move(text);
    l.column = column;
    l.size = size;
    return l;
  };
  std::vector<PlacedLine> page = {line("LANGUAGES", 0), line("English, Hindi", 0),
                                  line("Engineer | Vodafone | 2012 - 2014", 1), line("Built monitoring scripts for 40 nodes", 1)};
  continue_main_column(page, 10);
  CHECK(page[0].text == "Engineer | Vodafone | 2012 - 2014");
  CHECK(page[2].text == "LANGUAGES");
  // Opening with a heading, the main column starts a section of its own: the order stays.
  std::vector<PlacedLine> headed = {line("LANGUAGES", 0), line("English, Hindi", 0), line("PROJECTS", 1),
                                    line("Built monitoring scripts for 40 nodes", 1)};
  continue_main_column(headed, 10);
  CHECK(headed[0].text == "LANGUAGES");
}

TEST_CASE("a heading with one slip of the keys inside a word is still named; a last letter changed is another word") {
  CHECK(heading_of("EXPERIANCE") == "experience:EXPERIANCE");
  CHECK(heading_of("EDUCATOIN") == "education:EDUCATOIN");
  CHECK(heading_of("ACTIVITES") == "other:ACTIVITES");
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\n- Built the ledger in Go\nEXPERIENCED\n"
                        "- Cut latency by 40%\n");
  CHECK(r.sections_of(SectionKind::experience).size() == 1);
}

TEST_CASE("a numbered list of projects named before a colon: one project per item, its description prose") {
  Resume r = parse_text("Jo Park\n\nPROJECTS\n1. ChannelX: Anonymous messaging application using WebSockets.\n"
                        "2. PyDDoZ: A load testing tool for web applications. It has logging\nand proxying.\n"
                        "3. Ledger: Double-entry ledger service in Go\n- Cut reconciliation time by 80%\n\nSKILLS\nGo\n");
  const Section* p = only(r, SectionKind::projects);
  REQUIRE(p);
  REQUIRE(p->entries.size() == 3);
  CHECK(p->entries[1].title == "PyDDoZ");
  REQUIRE(p->entries[1].bullets.size() == 1);
  CHECK(p->entries[1].bullets[0].text == "A load testing tool for web applications. It has logging and proxying.");
  CHECK_FALSE(p->entries[1].bullets[0].marked);
  REQUIRE(p->entries[2].bullets.size() == 2);  // a marked point under the last one is its point
  CHECK(p->entries[2].bullets[1].marked);
}

TEST_CASE("a sidebar's phone read on one row with the main column's heading: the heading stands alone, the phone is contact") {
  Resume r = parse_text("Jo Park\njo@example.com\n\n(202)-469-9782   Education\nB.Sc. Computer Science, State University, 2016 - 2020\n"
                        "EXPERIENCE\nBackend Engineer | Northwind | 2020 - 2023\n- Built the ledger in Go\n");
  const Section* edu = only(r, SectionKind::education);
  REQUIRE(edu);
  CHECK(edu->heading == "Education");
  CHECK(r.contacts.phone == "(202)-469-9782");
  CHECK(heading_of("Extra Curricular Activities") == "other:Extra Curricular Activities");  // typed words keep their spacing
}

TEST_CASE("entry headers seen in the wild: dot and dash leaders, an employer in capitals run into the role, a qualified role") {
  Resume r = parse_text(
      "Jo Park\n\nPersonal Profile\nBackend engineer, five years of payment APIs in Go.\n\nEXPERIENCE\n"
      "Mahsan Co.. . . . . . . . . . . . . . . . . . . . .\nSenior Software Engineer   2022/10-2024/07\n- Built the ledger service in Go\n"
      "2019-2021   NORTHWIND Staff SE ---------------------------- Boston MA\n- Moved billing to Kafka\n"
      "Frontend Developer (Freelance, Part-time) | Contoso | 2017 - 2019\n- Shipped the shop in React\n"
      "Fabrikam Hosting - 2015-2016.\n- Ran the racks\n"
      "MEAN Stack Developer at Tailspin | 2014 - 2015\n- Wrote Angular screens\n");
  CHECK(only(r, SectionKind::summary));
  const Section* exp = experience(r, 5);
  REQUIRE(exp);
  CHECK(exp->entries[0].title == "Senior Software Engineer");
  CHECK(exp->entries[0].organisation == "Mahsan Co");  // the leader takes the abbreviation's full stop with it
  CHECK(exp->entries[1].title == "Staff SE");
  CHECK(exp->entries[1].organisation == "NORTHWIND");
  CHECK(exp->entries[1].location == "Boston MA");
  CHECK(exp->entries[2].title == "Frontend Developer (Freelance, Part-time)");
  CHECK(exp->entries[2].organisation == "Contoso");
  CHECK(exp->entries[3].title == "Fabrikam Hosting");
  CHECK(exp->entries[3].organisation.empty());  // no "." left of the sentence as a field
  CHECK(exp->entries[4].title == "MEAN Stack Developer");
}

TEST_CASE("a point that is only a technology's name is the entry's stack, not an accomplishment to judge") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nFrontend Developer | Contoso | 2019 - 2021\n- Java\n- React\n- Angular 2+\n- Python 3.x\n"
                        "- Built the checkout in React for 40K users\n");
  const Section* exp = experience(r, 1);
  REQUIRE(exp);
  REQUIRE(exp->entries[0].bullets.size() == 1);
  CHECK(exp->entries[0].bullets[0].text == "Built the checkout in React for 40K users");
}

TEST_CASE("entry headers: a country code is no role, a technology in capitals stays in the title, a dotted rule is nothing") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nSpotify, Stockholm, SE\nBackend Engineer   2017 - 2019\n- Built the ledger\n"
                        "....................\nASP.NET Developer | Contoso | 2015 - 2016\n- Shipped the shop\n"
                        "SENIOR Software Engineer | Fabrikam | 2013 - 2014\n- Ran the racks\n");
  const Section* exp = experience(r, 3);
  REQUIRE(exp);
  CHECK(exp->entries[0].title == "Backend Engineer");
  CHECK(exp->entries[0].organisation.rfind("Spotify", 0) == 0);
  CHECK(exp->entries[1].title == "ASP.NET Developer");
  CHECK(exp->entries[1].organisation == "Contoso");
  CHECK(exp->entries[2].title == "SENIOR Software Engineer");
}

TEST_CASE("entry headers: a team of an organisation and a degree's university are not places; a month with a comma, a year and month with a dot") {
  Resume r = parse_text(
      "Jo Park\n\n## Experience\n\n### Payments Team, Northwind Group Inc\nNov 2020 -- Present\n- Built the ledger service in Go\n\n"
      "### Contoso Ltd (part time job)\nOct, 2017- Mar, 2018\n- Shipped the shop in Rails\n\n"
      "### Backend Engineer, Fabrikam\n2015.01 - 2016.06\n- Ran the racks\n\n## Education\n\n"
      "BSc Computer Science, University of Leeds | 2011 - 2014\n",
      true);
  const Section* edu = only(r, SectionKind::education);
  REQUIRE(edu);
  REQUIRE(edu->entries.size() == 1);
  CHECK(fields(edu->entries[0]) == "BSc Computer Science / University of Leeds / ");
  const Section* exp = experience(r, 3);
  REQUIRE(exp);
  CHECK(fields(exp->entries[0]) == " / Payments Team, Northwind Group Inc / ");
  CHECK(exp->entries[1].start == "2017-10");
  CHECK(exp->entries[1].end == "2018-03");
  CHECK(exp->entries[1].title.empty());  // not "Oct"
  CHECK(exp->entries[2].start == "2015-01");
  CHECK(exp->entries[2].end == "2016-06");
}

TEST_CASE("a site generator's page: front matter settings and template tags are not the resume; a dated list item over nested items is a role") {
  Resume r = parse_text(
      "---\nlayout: archive\ntitle: \" \"\npermalink: /cv/\nredirect_from:\n  - /resume\nname: Jo Park\n---\n\n"
      "{% include base_path %}\n\n_Education_\n======\n* **_B.S. in Computer Science, Example University_**, **_2016.09 -2020.06_**\n\n"
      "_Work experience_\n======\n* **2021.01 – present**  \n   **Northwind** (Toronto, ON, Canada) **Backend engineer intern**,\n"
      "   * Built the billing service in Go for 3M users\n   * Moved the ledger to PostgreSQL\n\n"
      "* **2020.05 – 2020.08**  \n   **Contoso** (Austin, TX) **Software engineer intern**,\n   * Wrote the search API in Java\n\n"
      "_Publications_\n======\n{% for post in site.publications %}\n  {% include archive-single-cv.html %}\n{% endfor %}\n",
      true);
  CHECK(r.contacts.name == "Jo Park");
  CHECK(r.contacts.phone.empty());  // "2016.09 -2020.06" is a pair of dates
  const Section* exp = experience(r, 2);
  REQUIRE(exp);
  CHECK(fields(exp->entries[0]) == "Backend engineer intern / Northwind / Toronto, ON, Canada");
  CHECK(exp->entries[0].start == "2021-01");
  CHECK(exp->entries[0].bullets.size() == 2);
  CHECK(fields(exp->entries[1]) == "Software engineer intern / Contoso / Austin, TX");
  for (const auto& s : r.sections) {
    for (const auto& l : s.paragraph) CHECK(l.text.find("{%") == std::string::npos);
    for (const auto& e : s.entries) CHECK(e.title.find("{%") == std::string::npos);
  }
}

TEST_CASE("a place is three parts only as a city, a state's code and a place") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nSenior Software Engineer | NORTHWIND, Waltham, MA | 2020 - 2022\n- Built the ledger\n");
  const Section* exp = experience(r, 1);
  REQUIRE(exp);
  CHECK(exp->entries[0].organisation.rfind("NORTHWIND", 0) == 0);  // not taken into the place
}

TEST_CASE("review: an accomplishment with a date and nested points stays a point; acronyms are no state; a company in parentheses is no school") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nBackend Engineer | Acme Inc | Jan 2020 - Present\n"
                        "- Led the migration (Jan 2021 - Mar 2021) to Kubernetes, cutting deploy time by 70%\n"
                        "   - Wrote Helm charts for 40 services\n- Trained 12 engineers\n"
                        "Software Engineer, IBM, India | 2017 - 2019\n- Built a crawler in Python\n"
                        "Software Engineer | Meta (formerly Facebook Inc) | 2015 - 2016\n- Built the feed\n");
  const Section* exp = experience(r, 3);
  REQUIRE(exp);
  CHECK(exp->entries[0].bullets.size() == 3);
  CHECK(fields(exp->entries[1]) == "Software Engineer / IBM / India");
  CHECK(fields(exp->entries[2]) == "Software Engineer / Meta (formerly Facebook Inc) / ");
}

TEST_CASE("review: a rule drawn at the top is no front matter; a quoted name and a page title") {
  Resume drawn = parse_text("---\n# Jo Park\nBackend Engineer\nType: Full-time\n---\n\n## Experience\n\n"
                            "### Backend Engineer, Acme Inc\nJan 2020 - Present\n- Built the ledger in Go\n", true);
  bool kept = false;
  for (const auto& s : drawn.sections)
    for (const auto& l : s.paragraph) kept = kept || l.text == "Type: Full-time";
  CHECK(kept);
  Resume page = parse_text("---\nlayout: single\ntitle: \"CV\"\nname: \"Jo Park\"\n---\n\n## Experience\n\n"
                           "### Backend Engineer, Acme Inc\nJan 2020 - Present\n- Built the ledger in Go\n", true);
  CHECK(page.contacts.name == "Jo Park");
}

TEST_CASE("a work history under the name with no heading is read as experience; one dated line or schools are not") {
  Resume r = parse_text("Jo Park\njo@example.com | +1 415 555 0100\n\nNorthwind Inc\nBackend Engineer\nJan 2020 - Present\n"
                        "- Built the billing service in Go for 3M users\n\nContoso Ltd\nSoftware Developer\n2017 - 2019\n"
                        "- Wrote the search API in Java\n\nPROJECTS\nLedger\n- Built a ledger in Rust\n");
  const auto& roles = experience(r, 2)->entries;  // experience() requires the section and its two roles
  CHECK(fields(roles[0]) == "Backend Engineer / Northwind Inc / ");
  CHECK(roles[1].organisation == "Contoso Ltd");
  CHECK(only(r, SectionKind::projects));

  Resume one = parse_text("Jo Park\njo@example.com\nBackend Engineer at Northwind Inc\n2020 - Present\n\nEXPERIENCE\n"
                          "Backend Engineer | Northwind Inc | 2020 - Present\n- Built the billing service\n");
  CHECK(experience(one, 1)->heading == "EXPERIENCE");
  Resume schools = parse_text("Jo Park\njo@example.com\n\nExample University\nBSc Computer Science\n2014 - 2018\n\n"
                              "Example College\nA-levels\n2012 - 2014\n\nEXPERIENCE\nBackend Engineer | Acme Inc | 2018 - 2020\n- Built it\n");
  CHECK(experience(schools, 1)->heading == "EXPERIENCE");
}

TEST_CASE("review: roles with no heading are never referees, a letter's employers or a document with an experience heading") {
  auto headless = [](const std::string& text, bool markdown = false) {
    Resume r = parse_text(text, markdown);
    return std::any_of(r.notes.begin(), r.notes.end(), [](const std::string& n) { return n.find("no heading") != std::string::npos; });
  };
  CHECK(headless("# Jo Park\n\njo@example.com\n\n### Senior Backend Engineer, Acme Inc\n*2019 - Present*\n\n- Built the billing service\n\n"
                 "### Software Engineer, Globex Corp\n*2016 - 2019*\n\n- Wrote the search API\n", true));
  // A point about a cover letter is no letter: only a letter's opening and closing words are.
  CHECK(headless("# Jo Park\n\njo@example.com\n\n### Senior Backend Engineer, Acme Inc\n*2019 - Present*\n\n"
                 "- Built an AI cover letter generator for the hiring manager's team\n\n"
                 "### Software Engineer, Globex Corp\n*2016 - 2019*\n\n- Wrote the search API\n", true));
  CHECK_FALSE(headless("Jo Park\njo@example.com\nBackend engineer with eight years of payments work in Go and Java.\n\n"
                       "Recommendations\nAnna Lee\nEngineering Manager, Acme Inc\nWorked together 2019 - 2023\n"
                       "Tom Reyes\nDirector of Engineering, Globex Corp\nWorked together 2016 - 2019\n"));
  CHECK_FALSE(headless("Jo Park\njo@example.com\n\nDear Hiring Manager,\n\nSenior Backend Engineer, Acme Inc\n2019 - Present\n"
                       "At Acme I built the billing service that serves three million users.\nSoftware Engineer, Globex Corp\n"
                       "2016 - 2019\nAt Globex I wrote the search API in Java for the whole catalogue.\n\nSincerely,\nJo Park\n"));
  CHECK_FALSE(headless("Jo Park\njo@example.com\nSenior Backend Engineer at Acme Inc\n2019 - Present\nPreviously Software Engineer at Globex Corp\n"
                       "2016 - 2019\n\nEXPERIENCE\nSenior Backend Engineer | Acme Inc | 2019 - Present\n- Built the billing service\n"));
}

TEST_CASE("review: a state code outside North America; a YAML comment inside front matter") {
  Resume r = parse_text("Jo Park\n\nEXPERIENCE\nAtlassian (Sydney, NSW, Australia) Backend Engineer | 2019 - 2021\n- Built the billing service\n");
  CHECK(fields(experience(r, 1)->entries[0]) == "Backend Engineer / Atlassian / Sydney, NSW, Australia");
  Resume fm = parse_text("---\nlayout: resume\n# personal details\nname: \"Jo Park\"\n---\n\n## Experience\n\n"
                         "### Backend Engineer, Acme Inc\nJan 2020 - Present\n- Built the ledger in Go\n", true);
  CHECK(fm.contacts.name == "Jo Park");
}

TEST_CASE("roles held, one list item each, are entries under experience; a dated accomplishment stays a point") {
  Resume r = parse_text("Jo Park\njo@example.com\n\nWORK EXPERIENCE\n"
                        "* 2 years as Front-End Lead at Synthesio from 2014 to today\n"
                        "* 9 years as Software Developer at Northwind from 2005 to 2014\n"
                        "- Data Engineer, Contoso (2003-2005)\n");
  const Section* s = experience(r, 3);
  CHECK(fields(s->entries[0]) == "Front-End Lead / Synthesio / ");
  CHECK(s->entries[0].start == "2014");
  CHECK(s->entries[1].start == "2005");
  CHECK(s->entries[2].title == "Data Engineer");
  CHECK(s->entries[2].organisation == "Contoso");
  auto points = points_under_role("- Mentored 3 interns from Jan 2020 to Jun 2020\n- Promoted to Team Lead in 2021 - 2022\n"
                                  "- Became Senior Engineer (2021 - 2023)\n- Tech lead of the billing rewrite, 2021 - 2022\n"
                                  "- Acting Engineering Manager (Jan 2022 - Jun 2022) while my manager was on leave\n"
                                  "- Engineer as of 2020\n- Designed the Django REST APIs\n");
  CHECK(points.size() == 7);  // under a dated role they are its points, not roles of their own
  CHECK(roles_of_markdown("Jo Park\n\n## Experience\n- As Backend Lead at Acme from 2016 to 2018\n- 2 years as Engineer at Globex since 2018\n") ==
        "Backend Lead / Acme /  | 2016 - 2018 | 0\nEngineer / Globex /  | 2018 -  | 0\n");
  // Under a label after a dated role ("Earlier:"), such items are roles again.
  CHECK(roles_of_markdown("Jo Park\n\n## Experience\nBackend Engineer | Contoso | 2018 - 2023\n- Built the billing API\n\nEarlier:\n"
                          "- 2 years as Front-End Lead at Synthesio from 2014 to 2016\n- 3 years as Developer at Globex from 2011 to 2014\n") ==
        "Backend Engineer / Contoso /  | 2018 - 2023 | 1\nFront-End Lead / Synthesio /  | 2014 - 2016 | 0\n"
        "Developer / Globex /  | 2011 - 2014 | 0\n");
}

TEST_CASE("an academic site's CV: a dated role item, its employer nested first, then what was done there") {
  CHECK(roles_of_markdown("Jo Park\n\nWork experience\n======\n* 2022/2024: Firmware Engineer\n  * Qubika\n"
                          "  * Duties included: power management and C code for a GPU controller\n\n"
                          "* Spring 2020: Research Assistant\n  * Northwind Labs\n  * Duties included: merged pull requests\n") ==
        "Firmware Engineer / Qubika /  | 2022 - 2024 | 1\nResearch Assistant / Northwind Labs /  | 2020 -  | 1\n");
}

TEST_CASE("a role's list item with its dates on the line below and its points nested under it is one entry") {
  CHECK(roles_of_markdown("Jo Park\n\n#### Work Experience\n- **Northwind - Test Engineering Intern**  \n  May 2025 - August 2025\n"
                          "  - Designed a glue dispensing robot which cut technician time by 87%\n  - Built a thermal test fixture\n\n"
                          "- **Contoso - Design Intern**  \n  June 2024 - August 2024\n  - Redrew the harness drawings\n") ==
        "Test Engineering Intern / Northwind /  | 2025-05 - 2025-08 | 2\nDesign Intern / Contoso /  | 2024-06 - 2024-08 | 1\n");
  // Only when the dates come first (the academic-site layout) is the first nested item the employer: here it is a
  // point naming a project.
  CHECK(roles_of_markdown("Jo Park\n\n## Experience\n- Backend Engineer (2020 - 2022)\n  - Payments Platform Rewrite\n"
                          "  - Built Go services handling 3 million requests a day\n") ==
        "Backend Engineer /  /  | 2020 - 2022 | 2\n");
}

TEST_CASE("beside the tools of the trade, a heading's languages are programming languages; else they are spoken ones") {
  CHECK(heading_of("Frameworks, Languages, & Tools") == "skills:Frameworks, Languages, & Tools");
  CHECK(heading_of("LANGUAGES & TOOLS") == "skills:LANGUAGES & TOOLS");
  CHECK(heading_of("Languages").rfind("other:", 0) == 0);
  CHECK(heading_of("LANGUAGE SKILLS").rfind("other:", 0) == 0);
}
