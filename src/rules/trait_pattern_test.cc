// A built-in rule set loaded by name compiles a trait pattern only when a text first passes its required
// literals; loaded from its file it compiles them all at load. Both must give every trait the same answers,
// evidence and positions on every line of the sample resumes (required_literals_test checks the literals
// themselves against RE2).
#include "rules/trait_pattern.h"

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "rules/embedded.h"
#include "check/ruleset.h"
#include "rules/trait.h"

using namespace bescore;

namespace {

std::shared_ptr<const RuleSet> from_file(const std::string& name) {
  auto set = load_ruleset_json(nlohmann::json::parse(embedded_rule_file((name + ".json").c_str())), name + ".json",
                               std::string(BESCORE_SOURCE_DIR) + "/rules");
  REQUIRE_MESSAGE(set.ok(), (set.ok() ? std::string() : set.error()));
  return *set;
}

}  // namespace

TEST_CASE("a built-in set loaded by name compiles none of its trait patterns at load") {
  PatternBudget by_name(size_t(1) << 40);
  REQUIRE(load_ruleset("backend").ok());
  size_t deferred = by_name.used();
  PatternBudget by_file(size_t(1) << 40);
  from_file("backend");
  CHECK(deferred + 10000 < by_file.used());  // the trait patterns are most of the set's 17,000-18,000
}

TEST_CASE("deferred and skipped trait patterns answer exactly as compiled ones, on every sample line") {
  std::vector<std::string> lines = {"I was responsible for the back-end", "Served 2.5M requests/day at p99 < 40 ms",
                                    "Passionate self-starter", "\xE2\x84\xAA" "afka and \xC5\xBF" "ql"};
  for (const char* name : {"strong-backend.txt", "weak-backend.txt", "new-grad.txt", "senior-backend.txt", "platform.txt",
                           "mobile-to-backend.txt"}) {
    std::ifstream in(std::string(BESCORE_SOURCE_DIR) + "/samples/" + name);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  for (const auto& set_name : builtin_rulesets()) {
    auto lazy = *load_ruleset(set_name);
    auto eager = from_file(set_name);
    REQUIRE(lazy->vocabulary.traits.size() == eager->vocabulary.traits.size());
    for (const auto& [trait, t] : lazy->vocabulary.traits) {
      const Trait& e = eager->vocabulary.traits.at(trait);
      for (const auto& line : lines) {
        auto terms = lazy->vocabulary.lexicon->find(line);
        INFO(set_name << " " << trait << ": " << line);
        CHECK(t.test(line, terms) == e.test(line, eager->vocabulary.lexicon->find(line)));
        CHECK(t.evidence(line) == e.evidence(line));
        CHECK(t.first_position(line, *lazy->vocabulary.lexicon) == e.first_position(line, *eager->vocabulary.lexicon));
        CHECK(t.all_evidence(line) == e.all_evidence(line));
      }
    }
  }
}

TEST_CASE("a pattern run on the text in lower case answers as RE2 runs the pattern as written") {
  std::vector<std::string> patterns = {"(?i)[A-Z]+x", "(?i)\\x41b", "(?i)(?-i:Go)\\b", "(?i)x*", "(?i)\\bi\\b",
                                       "(?i)[[:upper:]]{2}", "(?i)\\p{Lu}", "(?i)\\Qa.B\\E", "(?i)[^a-z]s", "(?i)\\S+ops",
                                       "(?i)[0-_]x", "(?i)[9-a]+", "(?i)[\xC3\x97-\xC3\xBF]", "(?i)[\\t-~]b",
                                       "(?i)[]a-c]+", "(?i)[^]-a]", "(?i)\xE2\x89\x88\\d", "(?i)[[:alpha:]-]+s",
                                       "(?i)\xC2\xB5s", "(?i)[x\xCE\xBC]s", "(?i)[[:^upper:]]+",
                                       // word lists of no built-in file: read when first used (base/word_list.h)
                                       "(?i)\\b(kafka|sql|data streams?|deploy\\w*|ops)\\b", "\\b(Kafka|SQL|I)s?\\b"};
  for (const auto& set_name : builtin_rulesets()) {
    auto j = nlohmann::json::parse(embedded_rule_file((set_name + ".json").c_str()));
    if (j.contains("traits"))
      for (const auto& [name, trait] : j["traits"].items())
        for (const char* key : {"strip", "match", "unless"})
          if (trait.contains(key))
            for (const auto& p : trait[key]) patterns.push_back(p.get<std::string>());
    for (const auto& rule : j.value("rules", nlohmann::json::array()))  // a fix's "when"
      for (const auto& fix : rule.value("fixes", nlohmann::json::array()))
        if (fix.contains("when")) patterns.push_back(fix["when"].get<std::string>());
  }
  std::vector<std::string> lines = {"Built KAFKA Streams on Go at 40% LESS cost", "\xE2\x84\xAA" "afka and \xC5\xBF" "ql",
                                    "AB ab Ab a.B A.b", "XXx x", "I led DevOps; I Was Responsible For ops", "",
                                    "Responsible for 3 teams. Worked on Payments API", "ÉCOLE Systems s S",
                                    "Cut p99 \xE2\x89\x88" "40 ms, ]ABC] [x] _X \xC3\x97 \xC3\x9F\xC3\x80 5\xCE\xBCs \xCE\x9Cs 7\xC2\xB5s",
                                    "bad \x80 bytes \xC3 \xE2\x82 end\xF0\x9F", "overlong \xC0\xAF and \xE0\x80\xAF"};
  std::ifstream in(std::string(BESCORE_SOURCE_DIR) + "/samples/strong-backend.txt");
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  PatternDeferral built_in(true);  // only a built-in set's patterns run in lower case
  for (const auto& pattern : patterns) {
    auto p = TraitPattern::make(pattern);
    REQUIRE_MESSAGE(p.ok(), pattern);
    RE2 written("(" + pattern + ")");
    REQUIRE(written.ok());
    for (const auto& line : lines) {
      INFO(pattern << " on: " << line);
      re2::StringPiece m;
      bool found = written.Match(line, 0, line.size(), RE2::UNANCHORED, &m, 1);
      CHECK((*p)->matches(line) == found);
      auto f = (*p)->find(line);
      REQUIRE(f.has_value() == found);
      if (found) CHECK(f->data() - line.data() == m.data() - line.data());
      if (found) CHECK(f->size() == m.size());
      std::string blanked = line, expected = line;
      (*p)->blank_out(blanked);
      RE2::GlobalReplace(&expected, written, " ");
      CHECK(blanked == expected);
    }
  }
}

TEST_CASE("a rule file's pattern must compile as written, not only inside the group it runs in") {
  for (const char* bad : {"a)|(b", ")(", "(a", "a)"}) {
    auto p = TraitPattern::make(bad);
    INFO(bad);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().rfind("invalid regular expression: ", 0) == 0);
  }
  auto good = TraitPattern::make("(?i)\\b(kafka|sqs)\\b");
  REQUIRE(good.ok());
  CHECK((*good)->matches("moved to SQS"));
  CHECK_FALSE((*good)->matches("moved to RabbitMQ"));
}
