// The required-literal test must never say "cannot match" of a text RE2 matches: checked here against RE2
// on every trait pattern of the built-in rule files and the lines of the sample resumes, plus look-alikes
// (case, hyphens, apostrophes, non-ASCII, the characters (?i) folds to ASCII letters); and the same on every
// pattern the parser and scorer gate (base/gated_pattern.h).
#include "base/required_literals.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/gated_pattern.h"
#include "base/lower_case_form.h"
#include "rules/builtin_literals.h"
#include "rules/embedded.h"
#include "test_support.h"

using namespace bescore;

namespace {

using Literals = std::optional<std::vector<std::string>>;

Literals lits(std::initializer_list<const char*> l) { return std::vector<std::string>(l.begin(), l.end()); }

// The strictest set of literals a pattern requires.
Literals strictest(const char* pattern) {
  auto r = required_literals(pattern);
  if (!r) return std::nullopt;
  return r->front();
}

std::vector<std::string> builtin_trait_patterns() {
  std::vector<std::string> out;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() != "traits") { walk(it.value()); continue; }
        for (const auto& trait : it.value())
          for (const char* key : {"strip", "match", "unless"})
            for (const auto& p : trait.value(key, nlohmann::json::array())) out.push_back(p.get<std::string>());
      }
    } else if (j.is_array()) {
      for (const auto& x : j) walk(x);
    }
  };
  for (const auto& f : embedded_rule_files())
    if (std::string(f.name) != "lexicon.json" && std::string(f.name) != "ruleset.schema.json") walk(nlohmann::json::parse(f.content));
  return out;
}

std::vector<std::string> sample_lines() {
  std::vector<std::string> out = {
      "Passionate, HARD-WORKING team player", "hard working", "Don't stop: we’re 10x faster", "naïve Bayes in 30 µs",
      "Cut p99 latency 120ms → 40ms", "served 2.5M requests/day", "\xE2\x84\xAA" "afka streams at 3k msg/s",
      "\xC5\xBF" "calable \xC5\xBF" "ervices", "Stand-ups and SPRINT planning", "~$40K saved", "I", "U.S.", "",
      "maintenance of the back-end", "Responsible for APIs", "K8S and S3", "in 2019", "Jan. 2020", "99.95% uptime"};
  for (const char* name : {"strong-backend.txt", "weak-backend.txt", "new-grad.txt", "senior-backend.txt", "platform.txt",
                           "mobile-to-backend.txt"}) {
    std::ifstream in(std::string(BESCORE_SOURCE_DIR) + "/samples/" + name);
    for (std::string line; std::getline(in, line);) out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("required literals of word patterns, alternations and figures") {
  // "\1" at either end of a literal: \b, a word boundary that must hold there.
  CHECK(strictest("(?i)\\bpassionate\\b") == lits({"\1passionate\1"}));
  CHECK(strictest("(?i)\\b(fast|quick) learner\\b") == lits({"\1fast learner\1", "\1quick learner\1"}));
  CHECK(strictest("(?i)\\bhard[- ]?working\\b") == lits({"\1hard working\1", "\1hard-working\1", "\1hardworking\1"}));
  CHECK(strictest("\\d+(\\.\\d+)?\\s?%") == lits({"%"}));
  CHECK(strictest("(?i)\\bthink(ing)? outside the box\\b") ==
        lits({"\1think outside the box\1", "\1thinking outside the box\1"}));
  CHECK(strictest("(?i)\\bseeking (new |a )?(opportunit\\w*|role)") == lits({"\1seeking "}));
  CHECK(strictest("(?i)\\b(api|apis?)s") == lits({"\1apis"}));       // "apiss" starts with "apis"
  CHECK(strictest("(?i)\\b(x\\b|y)z") == lits({"\1xz", "\1yz"}));  // a boundary inside is not kept
  CHECK(strictest("\\bI\\b") == lits({"\1i\1"}));
}

TEST_CASE("a sequence requires a literal of each of its parts: a digit and a unit") {
  auto r = required_literals("(?i)\\b\\d+\\s?(gb|tb)\\b");
  REQUIRE(r);
  CHECK(*r == RequiredLiterals{{"gb", "tb"}, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}});
  CHECK(may_match("Stored 40 TB of logs", *r));
  CHECK_FALSE(may_match("Stored terabytes of logs in the TB cluster", *r));  // no digit
  CHECK_FALSE(may_match("Stored 40 terabytes of logs", *r));                // a digit, but no unit
  auto alt = required_literals("(?i)(\\d+ users|\\d+ customers)");      // both branches need a digit
  REQUIRE(alt);
  CHECK(alt->size() == 2);
}

TEST_CASE("no required literals where a match needs none or the syntax is not known") {
  CHECK_FALSE(required_literals("\\w*"));
  CHECK_FALSE(required_literals("(?i)(foo|\\w+)"));
  CHECK_FALSE(required_literals("(?i)(foo)?"));
  CHECK_FALSE(required_literals("[$€£¥]\\s?\\w"));  // only non-ASCII characters and classes
  CHECK_FALSE(required_literals("\\Qa.b\\E"));
  CHECK_FALSE(required_literals("a|"));
  CHECK(strictest("^([^,.]+,\\s*){11,}[^,.]+$") == lits({","}));
}

TEST_CASE("a text is ruled out only when it lacks every literal, in any ASCII case") {
  auto l = *required_literals("(?i)\\b(kafka|sqs)\\b");
  CHECK(may_match("Moved to KAFKA", l));
  CHECK(may_match("uses sqs", l));
  CHECK_FALSE(may_match("uses RabbitMQ", l));
  CHECK_FALSE(may_match("kafkaesque sqs_queue", l));  // no word boundary after either
  CHECK(may_match("(kafka)", l));
  CHECK(may_match("kafka", l));
  CHECK(may_match("sqs-fifo", l));
  CHECK(may_match("na\xC3\xAFve sqs\xE2\x80\x99s", l));  // a non-ASCII byte is not a word character
  CHECK(may_match("\xE2\x84\xAA" "afka", l));  // the Kelvin sign, which (?i)k matches
  CHECK(may_match("\xC5\xBF" "qs", l));        // the long s
  // Every two adjacent letters of "kafka" are there, the word is not: the index of pairs only rules texts out.
  CHECK_FALSE(may_match("ka af fk ka", l));
  // Asked about one text after another (the index is of the last text asked about).
  CHECK(may_match("x sqs", l));
  CHECK_FALSE(may_match("x sq s", l));
  CHECK(may_match("x sqs", l));
  CHECK_FALSE(may_match("", l));
}

// Every pattern with required literals: RE2 never matches a line they rule out. Returns how many have literals.
static size_t check_sound(const std::vector<std::string>& patterns, const std::vector<std::string>& lines) {
  size_t filtered = 0, ruled_out = 0;
  for (const auto& p : patterns) {
    auto l = required_literals(p);
    if (!l) continue;
    ++filtered;
    RE2 re(p);
    REQUIRE(re.ok());
    for (const auto& line : lines) {
      bool may = may_match(line, *l);
      CHECK_MESSAGE((may || !RE2::PartialMatch(line, re)), p << " matches but was ruled out: " << line);
      ruled_out += !may;
    }
  }
  MESSAGE(filtered << " of " << patterns.size() << " patterns have required literals; " << ruled_out << " texts ruled out");
  return filtered;
}

TEST_CASE("every built-in trait pattern: RE2 never matches a text the literals rule out") {
  auto patterns = builtin_trait_patterns();
  auto lines = sample_lines();
  REQUIRE(patterns.size() > 100);
  REQUIRE(lines.size() > 100);
  CHECK(check_sound(patterns, lines) * 2 > patterns.size());
}

TEST_CASE("every gated pattern of the parser and scorer: RE2 never matches a text its literals rule out") {
  namespace fs = std::filesystem;
  std::vector<std::string> lines = sample_lines();
  for (const char* l : {"Remote", "Waltham, MA", "Lorem ipsum dolor sit amet", "Job Title | Company Name", "GitHub: @someone",
                        "§ someone | x", "Responsibilities:", "2 yrs 3 mos", "Acme — Berlin", "I worked as a data analyst at Acme",
                        "Python 3.x", "Tech stack:", "\xE2\x84\xAA" "ey results:", "\xC5\xBF" "tack:", "Senior SE", "Ph.D. candidate"})
    lines.push_back(l);
  // Scoring every sample and judgement text makes the parser and scorer build their gated patterns.
  std::vector<fs::path> files;
  for (const char* dir : {"samples", "tests/judgement/people", "tests/judgement/unusual", "tests/judgement/not-resumes"})
    for (const auto& e : fs::directory_iterator(fs::path(BESCORE_SOURCE_DIR) / dir))
      if (e.path().extension() == ".txt" || e.path().extension() == ".md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    try {
      (void)testing::score_text(text, f.extension() == ".md");
    } catch (const std::exception&) {  // a text the reader refuses still ran the patterns it reached
    }
    std::istringstream ls(text);
    for (std::string line; std::getline(ls, line);) lines.push_back(line);
  }
  auto sources = GatedPattern::all_sources();
  REQUIRE(sources.size() > 20);
  REQUIRE(lines.size() > 500);
  CHECK(check_sound(sources, lines) * 2 > sources.size());
  // Each answers as RE2 does with the pattern as written, through its lower-case form where it has one.
  for (const char* odd : {"Senior \xE2\x84\xAA" "afka Engineer", "Univer\xC5\xBF" "ity of Leeds, 3 years", "bad \x80 \xC3"})
    lines.push_back(odd);
  size_t folded = 0;
  for (const auto& source : sources) {
    GatedPattern gated(source);
    RE2 written(source);
    folded += lower_case_form(source).has_value();
    for (const auto& line : lines) {
      INFO(source << " on: " << line);
      CHECK(gated.partial_match(line) == RE2::PartialMatch(line, written));
      CHECK(gated.full_match(line) == RE2::FullMatch(line, written));
      std::string replaced = line, expected = line;
      CHECK(gated.replace_all(replaced, " | ") == RE2::GlobalReplace(&expected, written, " | "));
      CHECK(replaced == expected);
      std::string slashed = line, slashed_expected = line;  // a rewrite is taken literally, backslashes too
      CHECK(gated.replace_all(slashed, "\\1") == RE2::GlobalReplace(&slashed_expected, written, "\\\\1"));
      CHECK(slashed == slashed_expected);
    }
  }
  CHECK(folded >= 10);
}

TEST_CASE("the built-in patterns' literals and lower-case forms computed at build time are what a run works out") {
  auto patterns = builtin_trait_patterns();
  REQUIRE(patterns.size() > 100);
  size_t with_literals = 0, folded = 0;
  for (const auto& p : patterns) {
    auto built = builtin_pattern_facts(p);
    REQUIRE_MESSAGE(built, "no build-time entry for " << p);
    CHECK_MESSAGE((built->literals == required_literals(p)), p);
    CHECK_MESSAGE((built->lower_case == lower_case_form(p)), p);
    with_literals += built->literals.has_value();
    folded += built->lower_case.has_value();
  }
  CHECK(with_literals * 2 > patterns.size());
  CHECK(folded * 2 > patterns.size());
  CHECK_FALSE(builtin_pattern_facts("(?i)\\bnot a built-in pattern\\b"));
}
