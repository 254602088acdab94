// Headings set with a drop cap, as text flattened from the PDF carries them (parse/drop_caps.cc).
#include "parse/drop_caps.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;
using Texts = std::vector<std::string>;

namespace {

Texts restored(const Texts& texts, bool boxes = false) {
  std::vector<TextLine> lines;
  for (const auto& t : texts) {
    TextLine l;
    l.text = t;
    if (boxes) l.box = {10, 10, 200, 20, 612, 792};
    lines.push_back(l);
  }
  Texts out;
  for (const auto& l : restore_drop_caps(lines, backend_rules().vocabulary.headings).value_or(lines)) out.push_back(l.text);
  return out;
}

}  // namespace

TEST_CASE("a drop-capped heading's first letter is put back from the next line's start or the line's end") {
  // The letter glued to the next line's first word.
  CHECK(restored({"Dana Whitfield | Portland, OR | dana@example.com DUCATION", "EWillamette State University, BS"}) ==
        Texts{"Dana Whitfield | Portland, OR | dana@example.com", "EDUCATION", "Willamette State University, BS"});
  // The letter right after the heading, at the end of its line.
  CHECK(restored({"Coursework: Operating Systems, Networks ORK EXPERIENCEW", "Harbor Freight Labs | Backend Intern"}) ==
        Texts{"Coursework: Operating Systems, Networks", "WORK EXPERIENCE", "Harbor Freight Labs | Backend Intern"});
  CHECK(restored({"KILLSS", "Go, PostgreSQL, Kafka"}) == Texts{"SKILLS", "Go, PostgreSQL, Kafka"});
  CHECK(restored({"Led the on-call rotation ERTIFICATIONC"}) == Texts{"Led the on-call rotation", "CERTIFICATION"});
  // Capitals that end the text before the heading are not part of it.
  CHECK(restored({"Certified Kubernetes Administrator, level II WARDSA"}) ==
        Texts{"Certified Kubernetes Administrator, level II", "AWARDS"});
  // A heading whose capitals, short of their first letter, still end in a head word: the synonym wins.
  CHECK(restored({"First place in a hackathon OLUNTEER EXPERIENCE", "VCoding Club, New York"}) ==
        Texts{"First place in a hackathon", "VOLUNTEER EXPERIENCE", "Coding Club, New York"});
  // A heading on a line of its own, whole, at the end of the text.
  CHECK(restored({"built the billing service in Go ROJECTSP"}) == Texts{"built the billing service in Go", "PROJECTS"});
}

TEST_CASE("capitals that spell no heading, or spell one already, are left alone") {
  Texts whole = {"EXPERIENCE", "EAcme Corp"};
  CHECK(restored(whole) == whole);  // a heading as it stands: the next line's capital is its own
  Texts acronyms = {"Deployed services on AWS and GCP", "SRE rotation twice a quarter"};
  CHECK(restored(acronyms) == acronyms);
  Texts headword = {"Home lab CLOUD PROJECTS", "IPhone app for the lab"};  // a heading by its head word already
  CHECK(restored(headword) == headword);
  // Capitals ending in a plural whose last letter, put first, leaves a head word: employers, a portfolio heading.
  for (const Texts& plural : {Texts{"Software Engineer, TATA CONSULTANCY SERVICES"}, Texts{"SELECTED WORKS"},
                              Texts{"Moved billing to AMAZON WEB SERVICES", "Cut costs by 30%"}, Texts{"EXPERIENCED"}})
    CHECK(restored(plural) == plural);
  // Capitals before a line opening with a capital glued to a word: no heading with that letter put first.
  Texts shouting = {"Migrated the ledger to POSTGRES", "AWorkflow engine in Go"};
  CHECK(restored(shouting) == shouting);
  Texts glued = {"Kafka consumersDUCATION", "EState University"};  // no space before: not a run of its own
  CHECK(restored(glued) == glued);
  // A PDF's lines have boxes: its letters are placed by position before lines are made.
  Texts pdf = {"Networks ORK EXPERIENCEW"};
  CHECK(restored(pdf, true) == pdf);
}

TEST_CASE("the lines come back only when a heading was restored, and a line that gave its letter can hold one too") {
  std::vector<TextLine> plain(2);
  plain[0].text = "EXPERIENCE";
  plain[1].text = "Backend Engineer, Acme";
  CHECK_FALSE(restore_drop_caps(plain, backend_rules().vocabulary.headings).has_value());
  CHECK(restored({"Ada Example DUCATION", "EState University KILLSS", "Go, Kafka"}) ==
        Texts{"Ada Example", "EDUCATION", "State University", "SKILLS", "Go, Kafka"});
}
