// Line structure recovered before parsing (parse/line_repair.cc): here, date ranges a narrow date column wrapped
// over two or three lines, each beside a line of its entry.
#include <doctest/doctest.h>

#include "extract/markers.h"
#include "parse/dates.h"
#include "parse/line_repair.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

std::vector<std::string> repaired(const std::vector<std::string>& texts) {
  std::vector<TextLine> lines;
  for (const auto& t : texts) {
    TextLine l;
    l.text = t;
    l.bullet = strip_list_marker(l.text);
    lines.push_back(l);
  }
  std::vector<std::string> out;
  for (const auto& l : repair_lines(lines, backend_rules().vocabulary.headings)) out.push_back((l.bullet ? "* " : "") + l.text);
  return out;
}

// A line of text set in by indent.
TextLine line(std::string text, int indent) {
  TextLine l;
  l.text = std::move(text);
  l.indent = indent;
  return l;
}

}  // namespace

TEST_CASE("a date piece opens a line: a month, a year and a dash, a month after a dash, a present word") {
  CHECK(date_piece("November   Northwind, Prof. Ada Lovelace") == 8);
  CHECK(date_piece("2017 -") == 6);
  CHECK(date_piece("2016-January") == 12);
  CHECK(date_piece("Present    { Graph ranking") == 7);
  CHECK(date_piece("Maybe later") == 0);  // a month's letters inside a word are no piece
  CHECK(date_piece("Northwind 2017") == 0);
}

TEST_CASE("a range wrapped over two or three lines of a date column is put back together") {
  CHECK(repaired({"May 2023 - Northwind, Berlin", "Sep 2023   Backend Engineering Intern"}) ==
        std::vector<std::string>{"May 2023 - Sep 2023 Northwind, Berlin", "Backend Engineering Intern"});
  // moderncv: the month, then the year and a dash, then the end; a point set higher than the last piece between.
  CHECK(repaired({"November   Northwind, Prof. Ada Lovelace", "2017 -", "{ Graph ranking at scale", "Present"}) ==
        std::vector<std::string>{"November 2017 - Present Northwind, Prof. Ada Lovelace", "{ Graph ranking at scale"});
  CHECK(repaired({"October Contoso Research, Prof. Grace Hopper", "2016-January", "2017 { Compilers"}) ==
        std::vector<std::string>{"October 2016-January 2017 Contoso Research, Prof. Grace Hopper", "{ Compilers"});
  // The range's dash read as a list marker.
  CHECK(repaired({"January 2017 Technical Cofounder, Percepsense", "- Present"}) ==
        std::vector<std::string>{"January 2017 - Present Technical Cofounder, Percepsense"});
  DateRange dr;
  REQUIRE(find_date_range(repaired({"May 2023 - Northwind, Berlin", "Sep 2023   Intern"})[0], dr));
  CHECK((dr.start == "2023-05" && dr.end == "2023-09" && dr.begin == 0));
}

TEST_CASE("dates on lines of their own that make no one range stay apart") {
  std::vector<std::string> awards = {"2019 - Hackathon winner", "2020 - Dean's list"};
  CHECK(repaired(awards) == awards);
  std::vector<std::string> years = {"2019 Northwind Fellowship", "2020 Contoso Prize"};
  CHECK(repaired(years) == years);
  std::vector<std::string> backwards = {"May 2023 - Northwind", "Sep 2021 Intern"};  // an end before the start
  CHECK(repaired(backwards) == backwards);
  std::vector<std::string> whole = {"Jan 2020 - Present Northwind", "2019 Contoso"};
  CHECK(repaired(whole) == whole);
}

TEST_CASE("a wrapped date column read end to end: each role gets its whole range") {
  Resume r = parse_text(
      "Jo Park\njo@example.com\n\nEMPLOYMENT HISTORY\n"
      "May 2023 - Northwind, Berlin\n"
      "Sep 2023   Backend Engineering Intern\n"
      "           Built the ledger service in Go that handles 2K payments a second.\n\n"
      "Jan 2022 - Contoso, Dublin\n"
      "Sep 2022   Junior Software Developer\n"
      "           Moved nightly billing onto Kafka streams, cutting invoice lag from 1 day to 5 minutes.\n\n"
      "EDUCATION\nB.Sc. Computer Science, State University | 2018 - 2022\n");
  auto exp = r.sections_of(SectionKind::experience);
  REQUIRE(exp.size() == 1);
  REQUIRE(exp[0]->entries.size() == 2);
  const Entry& first = exp[0]->entries[0];
  CHECK(first.start == "2023-05");
  CHECK(first.end == "2023-09");
  CHECK(first.organisation == "Northwind");
  CHECK(first.title == "Backend Engineering Intern");
  CHECK(first.bullets.size() == 1);
  CHECK(exp[0]->entries[1].start == "2022-01");
  CHECK(exp[0]->entries[1].end == "2022-09");
}

TEST_CASE("a label set in from the last heading is a field; a label column's heading is found beside a sidebar") {
  std::vector<TextLine> set_in = {line("Education", 40), line("2019 - 2023 B.Sc. Computer Science, TU Dublin", 40),
                                  line("Final Year Project: | Sentiment analysis", 110)};
  auto out = repair_lines(set_in, backend_rules().vocabulary.headings);
  REQUIRE(out.size() == 3);
  CHECK(out[2].text == "Final Year Project: | Sentiment analysis");
  std::vector<TextLine> column = {line("Projects | Sentiment analysis in Rust", 40), line("Built the tokenizer", 110)};
  out = repair_lines(column, backend_rules().vocabulary.headings);
  REQUIRE(out.size() == 3);
  CHECK(out[0].text == "Projects");
  // A line further left (a sidebar's name) does not make the label column's rows fields.
  std::vector<TextLine> page = {line("Jo Park", 0), line("Skills | Go, PostgreSQL, Kafka", 30),
                                line("Education | B.Sc. Computer Science, State University", 30)};
  out = repair_lines(page, backend_rules().vocabulary.headings);
  REQUIRE(out.size() == 5);
  CHECK(out[1].text == "Skills");
  CHECK(out[3].text == "Education");
}

TEST_CASE("a heading glued to the text around it is found past an icon font's glyph before it") {
  // Font Awesome's glyphs (Unicode's private use area) before headings, as text flattened from a PDF keeps them.
  CHECK(repaired({"\uF0C0 Work ExperienceNorthwind Inc., Berlin"}) ==
        std::vector<std::string>{"Work Experience", "Northwind Inc., Berlin"});
  CHECK(repaired({"Graduation date: 06/2019 \uF121 Open Source Project"}) ==
        std::vector<std::string>{"Graduation date: 06/2019 \uF121", "Open Source Project"});  // one heading, not two
  // A glyph of ordinary text (a dash, a dot) and a space keep the words together.
  CHECK(repaired({"Led the team \u2014 Open Source Project"}) == std::vector<std::string>{"Led the team \u2014 Open Source Project"});
}

TEST_CASE("a glued internship or technical expertise heading is a section of its own") {
  Resume r = parse_text("Jo Park jo@example.com github.com/joparkTECHNICAL EXPERTISE\nGo, PostgreSQL, Kafka\n"
                        "B.Sc. Computer Science, State University, 2016Internship\n"
                        "Backend Intern, Northwind | Jun 2016 - Aug 2016\n- Built the billing API in Go\n");
  CHECK(r.sections_of(SectionKind::skills).size() == 1);
  REQUIRE(r.sections_of(SectionKind::experience).size() == 1);
  CHECK(r.sections_of(SectionKind::experience).front()->entries.size() == 1);
}

TEST_CASE("a capitals heading no synonym spells is found glued to the text by its head word") {
  CHECK(repaired({"Thesis: Sleep and memory 9/2012-7/2016RESEARCH EXPERIENCE"}) ==
        std::vector<std::string>{"Thesis: Sleep and memory 9/2012-7/2016", "RESEARCH EXPERIENCE"});
  CHECK(repaired({"Personal website: https://jo.example.org/EDUCATION"}) ==
        std::vector<std::string>{"Personal website: https://jo.example.org/", "EDUCATION"});
  CHECK(repaired({"SOFTWARE PROJECTSLedgerly: a double-entry ledger in Go"}) ==
        std::vector<std::string>{"SOFTWARE PROJECTS", "Ledgerly: a double-entry ledger in Go"});
  // Capitals that head nothing stay in their sentence: an acronym, a title.
  std::vector<std::string> acronyms = {"Moved billing onto AWS ECS and GCP", "Served as SENIOR ENGINEER for two years"};
  CHECK(repaired(acronyms) == acronyms);
}

TEST_CASE("two columns' capitals headings run together are two headings; a longer capitals word is not") {
  using Texts = std::vector<std::string>;
  CHECK(repaired({"EDUCATIONPROJECTS"}) == Texts{"EDUCATION", "PROJECTS"});
  CHECK(repaired({"Cloud-based ledger serviceSKILLSEXPERIENCE"}) == Texts{"Cloud-based ledger service", "SKILLS", "EXPERIENCE"});
  CHECK(repaired({"SKILLSPROJECTSLedgerly in Go"}) == Texts{"SKILLS", "PROJECTS", "Ledgerly in Go"});
  CHECK(repaired({"EDUCATIONSKILLS:Go, Kafka"}) == Texts{"EDUCATION", "SKILLS:", "Go, Kafka"});
  CHECK(repaired({"KEY SKILLSEXPERIENCE"}) == Texts{"KEY SKILLS", "EXPERIENCE"});
  // A heading and capitals that only start another heading's form, or a word of capitals, are not a pair.
  for (const Texts& whole : {Texts{"EDUCATIONAL PROJECTS FUND"}, Texts{"Moved to AWSEDUCATIONAL"}})
    CHECK(repaired(whole) == whole);
}

TEST_CASE("a heading glued to a one-letter word or a phone number after it is a heading of its own") {
  using Texts = std::vector<std::string>;
  CHECK(repaired({"ABOUTA backend engineer of ten years"}) == Texts{"ABOUT", "A backend engineer of ten years"});
  CHECK(repaired({"SUMMARYI build payment systems in Go"}) == Texts{"SUMMARY", "I build payment systems in Go"});
  CHECK(repaired({"About Me+44 20 7946 0000 jo@example.com"}) == Texts{"About Me", "+44 20 7946 0000 jo@example.com"});
  // A sum after a heading's word, and a heading word in a sentence before a one-letter word, stay.
  for (const Texts& whole : {Texts{"Experience+5 years in Go"}, Texts{"Led the PROJECTSA team of five"}})
    CHECK(repaired(whole) == whole);
}

TEST_CASE("a heading glued to the words after it ends at its colon; a label with a space after its colon stays") {
  CHECK(repaired({"Aspiring Web DeveloperCAREER OBJECTIVE:Seeking an entry-level role"}) ==
        std::vector<std::string>{"Aspiring Web Developer", "CAREER OBJECTIVE:", "Seeking an entry-level role"});
  CHECK(repaired({"EXPERIENCE:The Umonics Method"}) == std::vector<std::string>{"EXPERIENCE:", "The Umonics Method"});
  std::vector<std::string> label = {"Technologies: Go, Kafka, PostgreSQL"};
  CHECK(repaired(label) == label);
}

TEST_CASE("more of flattened text's glue: an acronym, a lead-in, a dash, a rule after a heading") {
  CHECK(repaired({"EDUCATIONBS/MS in Software Engineering"}) ==
        std::vector<std::string>{"EDUCATION", "BS/MS in Software Engineering"});
  std::vector<std::string> word = {"EXPERIENCED backend engineer"};  // an English ending makes one word
  CHECK(repaired(word) == word);
  CHECK(repaired({"Independent ProjectsAnki add-ons"}) == std::vector<std::string>{"Independent Projects", "Anki add-ons"});
  CHECK(repaired({"Projects & Awards2019 Ledger"}) == std::vector<std::string>{"Projects & Awards", "2019 Ledger"});
  // Headings in sentence case, as Canva and HTML templates set them.
  CHECK(repaired({"Work experienceAcme Corp, Berlin"}) == std::vector<std::string>{"Work experience", "Acme Corp, Berlin"});
  CHECK(repaired({"Shipped the billing API.Technical skillsGo, PostgreSQL"}) ==
        std::vector<std::string>{"Shipped the billing API.", "Technical skills", "Go, PostgreSQL"});
  for (std::vector<std::string> in_a_sentence : {std::vector<std::string>{"Strong Technical skills in Go and PostgreSQL"},
                                                 {"Led the team.Technical skills include Go and Kafka"},
                                                 {"Led the team.Skills & tools include Go and Kafka"},
                                                 {"Led the team.Skills and tools include Go and Kafka"}})
    CHECK(repaired(in_a_sentence) == in_a_sentence);
  CHECK(repaired({"EDUCATION- Electrical Design"}) == std::vector<std::string>{"EDUCATION", "* Electrical Design"});
  std::vector<std::string> sub_label = {"Key Achievements- Collaborated with designers"};  // a role's sub-label
  CHECK(repaired(sub_label) == sub_label);
  CHECK(repaired({"EDUCATION \u2014\u2014\u2014\u2014\u2014\u2014"}) == std::vector<std::string>{"EDUCATION"});
}

TEST_CASE("ordinary lines stay whole: labels with a colon, capitals in a sentence, words ending in a heading") {
  for (std::vector<std::string> kept : {std::vector<std::string>{"Technologies:Go, PostgreSQL, Kafka"},
                                        {"Portfolio:https://jopark.dev"},
                                        {"3D PRINTING PROJECT | 2021"},
                                        {"Implemented a TCP/IP STACK in Rust for the router"},
                                        {"Wrote the CI/CD TOOLS used by 30 engineers"},
                                        {"SKILLSET"},
                                        {"TOOLSET"}}) {
    CAPTURE(kept[0]);
    CHECK(repaired(kept) == kept);
  }
}

TEST_CASE("in a text file a date and a dash over a line opening with a date make no range by themselves") {
  std::vector<std::string> prose = {"Sep 2019 \u2013 Founded Ledgerly, a payments startup", "Now serving 2K merchants in three countries"};
  CHECK(repaired(prose) == prose);
  std::vector<std::string> awards = {"2019 \u2013 Hackathon winner, HackZurich", "2021 Finalist, Google Hash Code"};
  CHECK(repaired(awards) == awards);
}

TEST_CASE("second review: glued headings that must split, and lines that must stay whole") {
  CHECK(repaired({"SKILLS:Python, Go, Kafka"}) == std::vector<std::string>{"SKILLS:", "Python, Go, Kafka"});
  CHECK(repaired({"Built it in GoEXPERIENCEIBM Research | Engineer | 2020 - 2024"}) ==
        std::vector<std::string>{"Built it in Go", "EXPERIENCE", "IBM Research | Engineer | 2020 - 2024"});
  CHECK(repaired({"B.Sc. 9/2012-7/2016RESEARCH EXPERIENCE Graduate Research Assistant, Systems Lab"}) ==
        std::vector<std::string>{"B.Sc. 9/2012-7/2016", "RESEARCH EXPERIENCE", "Graduate Research Assistant, Systems Lab"});
  std::vector<std::string> name = {"Designed the 3D PRINTING PROJECT"};  // after a digit, a one-letter word is no heading
  CHECK(repaired(name) == name);
  // An en dash before the month waiting for its year.
  CHECK(repaired({"October 2016\u2013January Acme, Backend Engineer", "2017 Compilers team"}) ==
        std::vector<std::string>{"October 2016\u2013January 2017 Acme, Backend Engineer", "Compilers team"});
}

TEST_CASE("label rows beside sidebar headings split; a label set in under a dated line is the entry's field") {
  std::vector<TextLine> sidebar = {line("CONTACT", 0), line("LANGUAGES", 0), line("Skills | Go, Kafka", 6),
                                   line("Experience | Acme, Backend Engineer, 2020 - 2024", 6), line("Education | B.Sc.", 6)};
  auto out = repair_lines(sidebar, backend_rules().vocabulary.headings);
  REQUIRE(out.size() == 8);
  CHECK((out[2].text == "Skills" && out[4].text == "Experience" && out[6].text == "Education"));
  std::vector<TextLine> centred = {line("EDUCATION", 20), line("State University | 2016 - 2020", 0),
                                   line("Final Year Project | Distributed cache in Go", 4)};
  out = repair_lines(centred, backend_rules().vocabulary.headings);
  REQUIRE(out.size() == 3);
  CHECK(out[2].text == "Final Year Project | Distributed cache in Go");
}

TEST_CASE("a heading set with a drop cap is whole again before the other repairs read the lines") {
  CHECK(repaired({"Skills: Kafka, Redis ORK EXPERIENCEW", "Acme Logistics | Backend Engineer"}) ==
        std::vector<std::string>{"Skills: Kafka, Redis", "WORK EXPERIENCE", "Acme Logistics | Backend Engineer"});
}
