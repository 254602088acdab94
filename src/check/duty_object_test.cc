#include "check/duty_object.h"

#include <doctest/doctest.h>

namespace bescore {

TEST_CASE("duty_object: the words a duty is about, without its preposition, adverb or trailing clause") {
  CHECK(duty_object("Responsible for database management across 3 teams", "Responsible for") ==
        "database management across 3 teams");
  CHECK(duty_object("Worked in Cloud Storage as a founding member of Insights", "Worked") ==
        "Cloud Storage");
  CHECK(duty_object("Working in the Reliability team.", "Working") == "the Reliability team");
  CHECK(duty_object("Worked remotely and part-time to maintain the app", "Worked") == "");
  CHECK(duty_object("Managed and maintained 3D printers, troubleshooting hardware", "Managed") == "3D printers");
  CHECK(duty_object("DRI of ingestion pipelines for partners", "DRI") == "ingestion pipelines for partners");
  CHECK(duty_object("Taught logic, paradoxes, and history", "Taught") == "logic");
  CHECK(duty_object("Worked on building a tool for exploring historic maps from 1880 to 1930", "Worked on") ==
        "building a tool for exploring historic maps…");  // cut at eight words: said so
  CHECK(duty_object("Handled MongoDB databases using aggregations", "Handled") == "MongoDB databases");
  CHECK(duty_object("Support, design, develop and install systems", "Support") == "");
}

TEST_CASE("duty_object: a duty about people, or cut inside a word, has its object found or none") {
  CHECK(duty_object("Collaborated with the design team to implement interfaces", "Collaborated") == "");
  CHECK(duty_object("Worked closely with PMs to plan releases", "Worked") == "");
  CHECK(duty_object("Worked with AWS Lambda and DynamoDB", "Worked") == "AWS Lambda and DynamoDB");
  CHECK(duty_object("Senior interviewer & junior mentor", "Senior interviewer & j") == "mentor");
  CHECK(duty_object("Senior interviewer & junior mentor", "Senior interviewer") == "junior mentor");
  CHECK(duty_object("Owned the billing service (Go)", "Owned") == "the billing service");
  CHECK(duty_object("Worked as a backend engineer on the billing service", "Worked") == "");  // a role, not an object
  CHECK(duty_object("Responsible for — the ingestion pipeline", "Responsible for") == "the ingestion pipeline");
}

TEST_CASE("opening_words: eight words, an ellipsis when the text goes on") {
  CHECK(opening_words("Worked remotely to maintain the app.") == "Worked remotely to maintain the app");
  CHECK(opening_words("one two three four five six seven eight nine") == "one two three four five six seven eight…");
}

}  // namespace bescore
