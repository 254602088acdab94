#include "rules/advice.h"

#include <doctest/doctest.h>

#include <cctype>

#include "rules/embedded.h"

using namespace bescore;

TEST_CASE("a rule's source names each article by its title, beside the point it enforces") {
  auto lines = source_lines("A1 'Quantified impact'; A0 'Frame mobile experience in backend terms'");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "A1 How to get a backend engineering job (skills, portfolio, resume, interviews): 'Quantified impact'");
  CHECK(lines[1] == "A0 How to Transition from Mobile to Backend Engineering: 'Frame mobile experience in backend terms'");
  CHECK(source_lines("A2 market requirements")[0] == "A2 Backend engineer: the role in practice: market requirements");
  CHECK(source_lines("the team's own rule") == std::vector<std::string>{"the team's own rule"});
  auto nested = source_lines("A4 path 1 step 3 (an internship; it counts most); general resume structure");
  CHECK(nested == std::vector<std::string>{"A4 How to become a Backend Developer: path 1 step 3 (an internship; it counts most)",
                                           "general resume structure"});
}

TEST_CASE("every article a built-in rule cites is known") {
  for (const auto& file : embedded_rule_files()) {
    std::string text = file.content;
    for (size_t at = text.find("\"source\": \""); at != std::string::npos; at = text.find("\"source\": \"", at + 1)) {
      std::string source = text.substr(at + 11, text.find('"', at + 11) - at - 11);
      for (const auto& line : source_lines(source)) {
        INFO(file.name << ": " << source);
        bool cites = line.size() > 2 && line[0] == 'A' && std::isdigit(static_cast<unsigned char>(line[1]));
        if (!cites) continue;  // a part naming no article ("general resume structure") is kept as written
        bool known = false;
        for (const auto& a : advice_articles()) known = known || line.starts_with(std::string(a.id) + " " + a.title);
        CHECK(known);
      }
    }
  }
}
