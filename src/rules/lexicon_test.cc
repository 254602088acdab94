#include "rules/lexicon.h"

#include <doctest/doctest.h>

#include <tuple>

#include "base/text.h"
#include "rules/builtin_lexicon.h"
#include "rules/embedded.h"
#include "test_support.h"

using namespace bescore;

TEST_CASE("aliases map to canonical terms") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  CHECK(lex.lookup("Postgres")->name == "PostgreSQL");
  CHECK(lex.lookup("k8s")->name == "Kubernetes");
  CHECK(lex.lookup("Golang")->name == "Go");
  CHECK(lex.terms().size() >= 300);
}

TEST_CASE("terms are found with their punctuation and not inside other words") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto found = lex.find("Built services in C++, C# and Node.js on Kubernetes (k8s), cached in Redis");
  std::vector<std::string> names;
  for (auto* t : found) names.push_back(t->name);
  CHECK(std::find(names.begin(), names.end(), "C++") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Kubernetes") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Redis") != names.end());
  CHECK(lex.find("I go to the gym").empty());  // "Go" is case-sensitive
}

TEST_CASE("the lexicon built from the build's tables is the one read from its JSON document") {
  std::string text = embedded_rule_file("lexicon.json");
  REQUIRE(builtin_lexicon("lexicon.json"));
  CHECK_FALSE(builtin_lexicon("other.json"));
  const Lexicon table = Lexicon::from_table(*builtin_lexicon("lexicon.json"));
  const Lexicon* plain = &table;
  auto doc = Lexicon::from_json(nlohmann::json::parse(text));
  REQUIRE(doc);
  REQUIRE(plain->families().size() == doc->families().size());
  for (size_t i = 0; i < doc->families().size(); ++i) {
    const TechFamily &a = plain->families()[i], &b = doc->families()[i];
    CHECK(std::tie(a.id, a.label, a.backend, a.area) == std::tie(b.id, b.label, b.backend, b.area));
  }
  REQUIRE(plain->terms().size() == doc->terms().size());
  for (size_t i = 0; i < doc->terms().size(); ++i) {
    CHECK(plain->terms()[i].name == doc->terms()[i].name);
    CHECK(plain->terms()[i].family->id == doc->terms()[i].family->id);
    CHECK(plain->terms()[i].not_before_year == doc->terms()[i].not_before_year);
  }
  // Every name and alias of every term finds the same term both ways, as written and in any letter case (the three
  // key lists), and so does a sentence of them.
  auto document = nlohmann::json::parse(text);
  std::string sentence;
  // The same term: the same place in both term lists (or neither finds one).
  auto same = [&](const Term* p, const Term* d) {
    return p && d ? p - plain->terms().data() == d - doc->terms().data() : p == nullptr && d == nullptr;
  };
  for (const auto& t : document["terms"]) {
    std::vector<std::string> names{t["name"].get<std::string>()};
    for (const auto& alias : t.value("aliases", nlohmann::json::array()))
      if (alias.is_string()) names.push_back(alias.get<std::string>());
    for (const auto& a : names) {
      std::string upper = a;
      for (char& c : upper) if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
      CHECK_MESSAGE((plain->lookup(a) && same(plain->lookup(a), doc->lookup(a))), a);
      CHECK_MESSAGE((plain->lookup_any_case(a) && same(plain->lookup_any_case(a), doc->lookup_any_case(a))), a);
      CHECK_MESSAGE(same(plain->lookup(upper), doc->lookup(upper)), upper);
      CHECK_MESSAGE(same(plain->lookup_any_case(upper), doc->lookup_any_case(upper)), upper);
      CHECK_MESSAGE(same(plain->lookup(lower(a)), doc->lookup(lower(a))), a);
      sentence += a + ", ";
    }
  }
  auto names = [](const std::vector<std::pair<size_t, const Term*>>& found) {
    std::vector<std::pair<size_t, std::string>> out;
    for (const auto& [pos, term] : found) out.emplace_back(pos, term->name);
    return out;
  };
  CHECK(names(plain->find_at(sentence)) == names(doc->find_at(sentence)));
  CHECK(plain->find("I go to the gym").empty());  // case-sensitive terms stay so
}

TEST_CASE("a lexicon file's faults are named by their JSON path") {
  const char* family = R"({"id": "db", "label": "Databases", "backend": true, "area": "databases"})";
  auto with = [&](const std::string& terms) {
    return nlohmann::json::parse("{\"version\": \"1\", \"families\": [" + std::string(family) + "], \"terms\": [" + terms + "]}");
  };
  auto lex = Lexicon::from_json(with(R"({"name": "Postgres", "family": "db", "aliases": ["pg", 3]})"));
  REQUIRE(lex);
  CHECK(lex->lookup("PG")->name == "Postgres");  // a non-string alias is ignored
  CHECK(lex->families()[0].area == "databases");
  CHECK(Lexicon::from_json(with(R"({"name": "X", "family": "nope"})")).error() == "terms[0].family: unknown family 'nope'");
  CHECK(Lexicon::from_json(with(R"({"name": 7, "family": "db"})")).error() == "terms[0].name: expected a string");
  CHECK(Lexicon::from_json(with(R"({"name": "X", "family": "db", "not_before": "month"})")).error() ==
        "terms[0].not_before: expected \"year\"");
  CHECK(Lexicon::from_json(nlohmann::json::parse(R"({"families": []})")).error() == "terms: expected an array");
}

TEST_CASE("widely used tools beyond the seed postings are known, and common words among them only as written") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto names = [&](const std::string& text) {
    std::vector<std::string> out;
    for (auto* t : lex.find(text)) out.push_back(t->name);
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(names("Streams through Apache NiFi and JMS into DuckDB, keys in AWS KMS") ==
        std::vector<std::string>{"AWS KMS", "DuckDB", "JMS", "NiFi"});
  CHECK(lex.lookup("Apache NiFi")->family->id == "messaging");
  CHECK(names("Packages with npm and Yarn, tests in Chai") == std::vector<std::string>{"Chai", "Yarn", "npm"});
  CHECK(names("Knitted yarn and drank chai tea").empty());  // case-sensitive: the common words are not the tools
  // Frontend, mobile and data tools tell the backend fit what kind of engineer a resume shows.
  CHECK(lex.lookup("Espresso")->family->id == "mobile");
  CHECK(lex.lookup("ggplot2")->family->id == "data");
  CHECK(lex.lookup("ESLint")->family->id == "frontend");
  CHECK(names("Ordered an espresso with a detox juice").empty());
}

TEST_CASE("a technology with a modifier hyphenated to it is found; a hyphenated name of its own stays whole") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto names = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : lex.find_mentions(text)) out.push_back(m.term->name + "@" + std::to_string(m.pos) + "+" + std::to_string(m.len));
    return out;
  };
  CHECK(names("a Kanban-like approach") == std::vector<std::string>{"Kanban@2+6"});
  CHECK(names("Docker-based deployment, Kafka-backed queues") == std::vector<std::string>{"Docker@0+6", "Kafka@25+5"});
  CHECK(names("Redis-ish stores").empty());  // not a modifier: no guess
  CHECK(lex.lookup("continuous delivery")->name == "continuous delivery");
}

TEST_CASE("a hyphenated name is looked up whole first; a one-letter base with a modifier names nothing") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto m = lex.find_mentions("3+ years of React-Native and C-like languages");
  REQUIRE(m.size() == 1);
  CHECK(m[0].term->name == "React Native");
}

TEST_CASE("a name that starts on the last word of another is found too: 'RESTful API design', 'big data pipelines'") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto names_in = [&](const std::string& text) {
    std::vector<std::string> names;
    for (auto* t : lex.find(text)) names.push_back(t->name);
    return names;
  };
  auto has = [](const std::vector<std::string>& v, const std::string& n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  auto rest = names_in("Experience with RESTful API design");
  CHECK(has(rest, lex.lookup("RESTful API")->name));
  CHECK(has(rest, "API design"));
  auto data = names_in("built big data pipelines");
  CHECK(has(data, lex.lookup("big data")->name));
  CHECK(has(data, lex.lookup("data pipelines")->name));
  // One word alone after a name is not re-read: "Spring Boot" names Spring Boot, not Spring Boot and "Boot".
  CHECK(names_in("Spring Boot") == std::vector<std::string>{"Spring Boot"});
}

TEST_CASE("a season before a year is a date: 'Spring 2025' names no Spring") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  CHECK(lex.find("Dean's List, Fall 2022 - Spring 2025").empty());
  REQUIRE(lex.find("Built REST APIs in Spring 5").size() == 2);
  CHECK(lex.find("Spring Boot 2023 migration").front()->name == "Spring Boot");  // only the marked name itself
  // The mark is the lexicon's data: a term of a rule set's own lexicon can carry it too.
  auto own = Lexicon::from_json(nlohmann::json::parse(R"({"families": [{"id": "fw"}], "terms": [
      {"name": "Summer", "family": "fw", "not_before": "year"}, {"name": "Spring", "family": "fw"}]})"));
  REQUIRE(own);
  CHECK(own->find("Summer 2024").empty());
  CHECK(own->find("Summer framework").size() == 1);
  CHECK(own->find("Spring 2024").size() == 1);
}

TEST_CASE("a name of several words is found whatever the case of its first word, among words that start no name") {
  auto own = Lexicon::from_json(nlohmann::json::parse(R"({"families": [{"id": "db"}], "terms": [
      {"name": "Google Cloud Spanner", "family": "db", "aliases": ["cloud spanner"]},
      {"name": "TiDB", "family": "db", "case_sensitive": true}]})"));
  REQUIRE(own);
  auto found = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : own->find_mentions(text)) out.push_back(m.term->name + "@" + std::to_string(m.pos));
    return out;
  };
  CHECK(found("moved the ledger to GOOGLE cloud SPANNER") == std::vector<std::string>{"Google Cloud Spanner@20"});
  CHECK(found("ran Cloud Spanner and TiDB") == std::vector<std::string>{"Google Cloud Spanner@4", "TiDB@22"});
  CHECK(found("ran tidb, google spanner and cloud").empty());
}
