// The word-list reader against RE2: on examples, and on every pattern of the built-in rule sets that it reads, on
// random strings of the pattern's own words, the leftmost match and every replacement must be RE2's.
#include "base/word_list.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "test_random_strings.h"

using bescore::WordList;

namespace {

std::optional<std::pair<size_t, size_t>> by_re2(const RE2& re, const std::string& text) {
  re2::StringPiece m;
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) return std::nullopt;
  return std::pair{size_t(m.data() - text.data()), size_t(m.data() - text.data()) + m.size()};
}

std::optional<std::pair<size_t, size_t>> by_list(const WordList& w, const std::string& text) {
  return w.find(w.folds_case() ? bescore::lower(text) : text);
}

void collect_patterns(const nlohmann::json& j, std::set<std::string>& out) {
  if (j.is_object() || j.is_array()) {
    for (const auto& v : j) collect_patterns(v, out);
  } else if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    if (s.find("\\b") != std::string::npos) out.insert(s);
  }
}

// A list's spellings (40 at most, spread over the list), each also without its last letter and in capitals, and the signs and
// endings that may stand around them.
std::vector<std::string> pieces_of(const WordList& w) {
  std::set<std::string> pieces = {" ", "  ", "-", ".", "s", "es", "ing", "x", "_", "1", "/", ",", "'", "\t"};
  auto spellings = w.spellings();
  size_t step = spellings.size() / 40 + 1;  // 40 of them at most, from the whole list
  for (size_t k = 0; k < spellings.size(); k += step) {
    const auto& word = spellings[k];
    pieces.insert(word);
    if (word.size() > 1) pieces.insert(word.substr(0, word.size() - 1));
    std::string caps = word;
    for (char& ch : caps) ch = bescore::is_ascii_lower(ch) ? char(ch - 32) : ch;
    pieces.insert(caps);
  }
  return {pieces.begin(), pieces.end()};
}

}  // namespace

TEST_CASE("what reads as a word list") {
  for (const char* yes : {"(?i)\\b(back-?end|servers?|deploy\\w*)\\b", "\\bI\\b", "\\bU\\.?S\\.?\\b",
                          "(?i)\\bhard[- ]?working\\b", "(?i)\\b(rest(ful)?|api)\\b", "(?i)\\bp(50|99|999)\\b"})
    CHECK_MESSAGE(WordList::of(yes).has_value(), yes);
  for (const char* no : {"(?i)\\bfoo|bar\\b", "(?i)\\bFoo\\b", "\\bfoo\\s+bar\\b", "\\bfoo\\d+\\b", "\\b(a|b)+\\b",
                         "\\bfo{2}\\b", "\\b[a-z]x\\b", "\\b[^a]x\\b", "\\bdeploy\\w*s\\b", "\\b\\w*\\b", "\\bfoo",
                         "\\b(?i:foo)\\b", "\\bfoo.bar\\b", "\\bx??\\b", "(?i)\\b()\\b", "\\bx\\\\b", "\\b(x\\b",
                         "\\b(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?(a|b)?\\b",
                         "\\bnode\\.\\w*?\\b"})
    CHECK_FALSE_MESSAGE(WordList::of(no).has_value(), no);
  // Spellings of 64 KB in all, or more than 256 opening with the same byte, are left to RE2.
  std::string long_list = "\\b(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)" + std::string(300, 'x') + "\\b";
  CHECK(WordList::of("\\b(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)x\\b").has_value());
  CHECK_FALSE(WordList::of(long_list).has_value());
  CHECK_FALSE(WordList::of("\\ba(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)\\b").has_value());
}

TEST_CASE("a word list finds what RE2 finds, where RE2 finds it") {
  auto w = WordList::of("(?i)\\b(data|data streams?|deploy\\w*|servers?)\\b");
  REQUIRE(w);
  CHECK(w->find("our data streams") == std::pair<size_t, size_t>{4, 8});  // the first alternative that matches
  CHECK(w->find("redeployed; deployments") == std::pair<size_t, size_t>{12, 23});
  CHECK(w->find("the servers_ x") == std::nullopt);
  CHECK(w->find("a server", 2) == std::pair<size_t, size_t>{2, 8});
  CHECK(w->find("aserver", 1) == std::nullopt);  // the character before from is read: no boundary there
  auto us = WordList::of("\\bU\\.?S\\.?\\b");
  REQUIRE(us);
  CHECK(us->find("in the U.S. army") == std::pair<size_t, size_t>{7, 10});  // "\b" after a "." needs a word after it
  CHECK(us->find("U.S.Army") == std::pair<size_t, size_t>{0, 4});
  std::string text = "Deployed servers, then SERVERS";
  CHECK(w->replace_all(text, bescore::lower(text), " ") == 3);
  CHECK(text == "   , then  ");
}

TEST_CASE("a word list anchored at the start finds a spelling there only, with no boundary asked before it") {
  auto w = WordList::of("(?i)^(built|re-?wrote|-x)\\b");
  REQUIRE(w);
  CHECK(w->find("built an api") == std::pair<size_t, size_t>{0, 5});
  CHECK(w->find("we built an api") == std::nullopt);   // not at the start
  CHECK(w->find("builtin") == std::nullopt);           // the end's boundary is still asked
  CHECK(w->find("built it", 1) == std::nullopt);       // "^" holds at the text's start only
  CHECK(w->find("-x y") == std::pair<size_t, size_t>{0, 2});
  CHECK(w->find("rewrote x") == std::pair<size_t, size_t>{0, 7});
  CHECK(WordList::from(w->encoded()).find("re-wrote") == std::pair<size_t, size_t>{0, 8});
  CHECK(WordList::from(w->encoded()).find("a re-wrote") == std::nullopt);
  std::string text = "Built built";
  CHECK(w->replace_all(text, bescore::lower(text), " ") == 1);  // as RE2::GlobalReplace: the start matches once
  CHECK(text == "  built");
  CHECK_FALSE(WordList::of("^built|wrote\\b").has_value());  // "^built" or "wrote\b": not one list
  CHECK_FALSE(WordList::of("^(built)").has_value());
}

TEST_CASE("every word list of the built-in rule sets agrees with RE2 on random strings of its words") {
  std::set<std::string> patterns;
  for (const auto& f : std::filesystem::directory_iterator(std::string(BESCORE_SOURCE_DIR) + "/rules"))
    if (f.path().extension() == ".json") collect_patterns(nlohmann::json::parse(std::ifstream(f.path())), patterns);
  int lists = 0;
  for (const auto& p : patterns) {
    auto w = WordList::of(p);
    if (!w) continue;
    ++lists;
    RE2 re(p);
    REQUIRE_MESSAGE(re.ok(), p);
    int matched = 0;
    bescore::testing::for_random_strings(pieces_of(*w), 5, 2000, [&](const std::string& text, int) {
      auto want = by_re2(re, text);
      matched += want.has_value();
      REQUIRE_MESSAGE(by_list(*w, text) == want, p << " on [" << text << "]");
      std::string a = text, b = text;
      RE2::GlobalReplace(&a, re, " ");
      w->replace_all(b, w->folds_case() ? bescore::lower(text) : text, " ");
      REQUIRE_MESSAGE(a == b, p << " on [" << text << "]");
    });
    CHECK_MESSAGE(matched >= 10, p);
  }
  CHECK(lists >= 50);
}
