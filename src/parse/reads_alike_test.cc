// The built-in sets share their heading words and lexicon, so `--rules auto` reads each file once, with the backend
// set, and only tags the bullets' traits again for the set it picks: that must give what reading with it gives.
#include <doctest/doctest.h>

#include "check/ruleset.h"
#include "parse/parser.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

std::vector<std::set<std::string>> traits_of(const Resume& r) {
  std::vector<std::set<std::string>> out;
  for (const auto& s : r.sections)
    for (const auto& e : s.entries)
      for (const auto& b : e.bullets) out.push_back(b.traits);
  return out;
}

}  // namespace

TEST_CASE("a resume read with the backend set and tagged for another built-in set is the one that set reads") {
  std::string text = replace(strong_resume(), "- Built a REST payments API",
                             "- Built React dashboards in TypeScript for the dispatch team\n"
                             "- Responsible for the on-call rota of the platform team\n- Built a REST payments API");
  auto doc = read_text(text, "test.txt", false);
  REQUIRE(doc);
  const Vocabulary& backend = backend_rules().vocabulary;
  for (const auto& name : builtin_rulesets()) {
    auto set = load_ruleset(name);
    REQUIRE(set);
    const Vocabulary& other = (*set)->vocabulary;
    REQUIRE_MESSAGE(reads_alike(backend, other), name);
    Resume retagged = parse_resume(*doc, backend);
    tag_traits(retagged, other);
    Resume direct = parse_resume(*doc, other);
    CHECK_MESSAGE(traits_of(retagged) == traits_of(direct), name);
    CHECK(retagged.sections.size() == direct.sections.size());
  }
}

TEST_CASE("a set with its own lexicon does not read alike, so --rules auto reads the file again with it") {
  auto own = load_ruleset_json({{"extends", "backend"}, {"id", "own"}, {"lexicon", "lexicon.json"}}, "own.json",
                               std::string(BESCORE_SOURCE_DIR) + "/rules");
  REQUIRE_MESSAGE(own, (own ? "" : own.error()));
  CHECK_FALSE(reads_alike(backend_rules().vocabulary, (*own)->vocabulary));
}
