#include "batch/redact.h"

#include <doctest/doctest.h>

#include "report/json_report.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

TEST_CASE("redaction leaves no name, email, phone, handle or contact URL anywhere in the report") {
  std::string text = replace(strong_resume(), "- Built a job-queue REST API", "- Ana Kovač built a job-queue REST API (ana@other.org)");
  nlohmann::ordered_json j = report_to_json(score_text(text));
  REQUIRE(j["document"]["name"] == "Ana Kovač");
  redact_report(j, 3);
  std::string all = j.dump();
  for (const char* secret : {"Ana", "Kovač", "ana.kovac", "anakovac", "415 555 0100", "shipyard-demo.fly.dev", "ana@other.org"})
    CHECK_MESSAGE(all.find(secret) == std::string::npos, secret);
  CHECK(j["file"] == "resume-3.txt");
  CHECK(j["document"]["name"] == "Person 3");
  CHECK(j["document"]["contacts"]["email"] == "email-3@redacted");
  CHECK(j["document"]["contacts"]["phone"] == "phone-3");
  CHECK(j["document"]["contacts"]["github"] == "github.com/user-3");
  CHECK(j["document"]["contacts"]["urls"][0] == "url-3-1.redacted");
  CHECK(all.find("Person 3 built a job-queue REST API (email-3@redacted)") != std::string::npos);
  // What is not personal stays: the work, the rules, the scores.
  CHECK(all.find("Tidewater Pay") != std::string::npos);
  CHECK(j["document"]["contacts"]["urls"][1] == "url-3-2.redacted");  // the project's repository, under the handle
}

TEST_CASE("a name's words are matched as whole words, in their own case") {
  nlohmann::ordered_json j = {{"file", "/cv/grace-hopper.pdf"},
                              {"document", {{"name", "Grace Hopper"}, {"contacts", nlohmann::ordered_json::object()}}},
                              {"text", {"GRACE HOPPER led it with grace; Graceful degradation by Grace"}}};
  redact_report(j, 12);
  CHECK(j["text"][0] == "Person 12 led it with grace; Graceful degradation by Person 12");
  CHECK(j["file"] == "resume-12.pdf");
}

TEST_CASE("the redacted file name keeps only the position and a plain extension") {
  CHECK(redacted_file_name("/home/hr/Jane Doe CV.pdf", 1) == "resume-1.pdf");
  CHECK(redacted_file_name("jane", 2) == "resume-2");
  CHECK(redacted_file_name("x.t<x", 4) == "resume-4");
}

TEST_CASE("the names of files a LaTeX resume included are redacted too, in notes and locations") {
  nlohmann::ordered_json j = {
      {"file", "cv/main.tex"},
      {"document", {{"name", "Ana Kovač"}, {"contacts", nlohmann::ordered_json::object()},
                    {"notes", {"included cv/ana-kovac-555-0100.tex"}}}},
      {"findings", {{{"at", {{"file", "cv/ana-kovac-555-0100.tex"}, {"line", 2}}}}}}};
  redact_report(j, 5);
  CHECK(j["document"]["notes"][0] == "included resume-5-include-1.tex");
  CHECK(j["findings"][0]["at"]["file"] == "resume-5-include-1.tex");
  CHECK(j.dump().find("kovac") == std::string::npos);
}
