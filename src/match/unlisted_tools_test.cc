#include "match/unlisted_tools.h"

#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

TEST_CASE("a tool's shape: a capital inside a word, letters with digits, an acronym that is not an everyday one") {
  for (const char* w : {"SkyLattice", "QuorumDB", "iNEWS", "Vexa3", "ZQX", "EMR"}) CHECK_MESSAGE(tool_shaped(w), w);
  for (const char* w : {"Kafka", "streaming", "SaaS", "PhD", "AI", "QA", "USA", "FinTech", "eCommerce", "P99", "5G",
                        "III", "B2B", "A"})
    CHECK_MESSAGE(!tool_shaped(w), w);
}

TEST_CASE("only tool-shaped names listed beside a known technology are unlisted tools") {
  const Lexicon& lex = testing::lexicon();
  auto tools = [&](const std::string& text) { return unlisted_tools(text, lex.find_mentions(text), lex); };
  CHECK(tools("Experience with Kafka, QuorumDB and SkyLattice") == std::vector<std::string>{"QuorumDB", "SkyLattice"});
  CHECK(tools("Kafka/ZQX") == std::vector<std::string>{"ZQX"});
  CHECK(tools("Kafka/ZQX pipelines").empty());  // a tool's name, not a phrase about one
  CHECK(tools("Experience with QuorumDB").empty());                // no known technology beside it
  CHECK(tools("Agile, QuorumDB and code review").empty());         // practices are not technologies
  CHECK(tools("Experience with Kafka, SaaS products and AI").empty());  // everyday words, however written
  CHECK(tools("Kafka, the QuorumDB engine").empty());              // three words: a description, not a name
  CHECK(tools("Kafka, RabbitMQ or QuorumDB").empty());             // a choice: Kafka and RabbitMQ stand for it
}
