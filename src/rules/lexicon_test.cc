#include "rules/lexicon.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;

TEST_CASE("aliases map to canonical terms") {
  const Lexicon& lex = *testing::backend_rules().lexicon;
  CHECK(lex.lookup("Postgres")->name == "PostgreSQL");
  CHECK(lex.lookup("k8s")->name == "Kubernetes");
  CHECK(lex.lookup("Golang")->name == "Go");
  CHECK(lex.terms().size() >= 300);
}

TEST_CASE("terms are found with their punctuation and not inside other words") {
  const Lexicon& lex = *testing::backend_rules().lexicon;
  auto found = lex.find("Built services in C++, C# and Node.js on Kubernetes (k8s), cached in Redis");
  std::vector<std::string> names;
  for (auto* t : found) names.push_back(t->name);
  CHECK(std::find(names.begin(), names.end(), "C++") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Kubernetes") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Redis") != names.end());
  CHECK(lex.find("I go to the gym").empty());  // "Go" is case-sensitive
}
