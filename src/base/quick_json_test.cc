// The quick JSON reader against nlohmann's parser: the same document (compared as nlohmann dumps it, so that an
// integer read as a float differs) on every built-in rule file, on examples, on random documents; and on random
// token soup, never a document nlohmann's parser refuses.
#include "base/quick_json.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_random_strings.h"

using bescore::quick_json;
using nlohmann::json;

namespace {

// What nlohmann's parser makes of text, dumped, or "refused".
std::string by_nlohmann(const std::string& text) {
  try {
    return json::parse(text).dump();
  } catch (const json::exception&) {
    return "refused";
  }
}

std::string by_quick(const std::string& text) {
  auto doc = quick_json(text);
  return doc ? doc->dump() : "refused";
}

// A random value: containers up to depth 4, strings of ASCII, escapes' characters and multi-byte characters.
json random_value(std::mt19937& random, int depth) {
  std::uniform_int_distribution<int> kind(0, depth >= 4 ? 5 : 7), small(0, 6);
  static const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f",
                                                  "\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "{", "]", ":", ","};
  auto text = [&] {
    std::string s;
    for (int n = small(random); n > 0; --n) s += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(random)];
    return s;
  };
  switch (kind(random)) {
    case 0: return nullptr;
    case 1: return small(random) % 2 == 0;
    case 2: return std::uniform_int_distribution<int64_t>(INT64_MIN, INT64_MAX)(random);
    case 3: return std::uniform_int_distribution<uint64_t>(0, UINT64_MAX)(random);
    case 4: return std::uniform_real_distribution<double>(-1e6, 1e6)(random) * std::pow(10.0, small(random) * 40 - 120);
    case 5: return text();
    case 6: {
      json a = json::array();
      for (int n = small(random); n > 0; --n) a.push_back(random_value(random, depth + 1));
      return a;
    }
    default: {
      json o = json::object();
      for (int n = small(random); n > 0; --n) o[text()] = random_value(random, depth + 1);
      return o;
    }
  }
}

}  // namespace

TEST_CASE("quick_json reads every built-in rule file as nlohmann's parser does") {
  int files = 0;
  for (const auto& f : std::filesystem::directory_iterator(std::string(BESCORE_SOURCE_DIR) + "/rules")) {
    if (f.path().extension() != ".json") continue;
    std::ifstream in(f.path());
    std::stringstream text;
    text << in.rdbuf();
    CAPTURE(f.path().string());
    REQUIRE(quick_json(text.str()).has_value());
    CHECK(by_quick(text.str()) == by_nlohmann(text.str()));
    ++files;
  }
  CHECK(files >= 6);
}

TEST_CASE("quick_json: values, escapes and numbers as nlohmann types them") {
  CHECK(by_quick(R"({"b": [1, -2, 3.0, 1e2, -0, 0, 18446744073709551615, 18446744073709551616, -9223372036854775809]})") ==
        R"({"b":[1,-2,3.0,100.0,0,0,18446744073709551615,1.8446744073709552e+19,-9.223372036854776e+18]})");
  CHECK(quick_json("-0")->is_number_integer());
  CHECK(quick_json("7")->is_number_unsigned());
  CHECK(quick_json("7.5")->is_number_float());
  static const char kDecoded[] = "a\"b\\c/d\b\f\n\r\t\xc3\xa9\xe2\x80\x94\xf0\x9f\x98\x80\0";
  CHECK(quick_json(R"("a\"b\\c\/d\b\f\n\r\t\u00e9\u2014\ud83d\ude00\u0000")")->get<std::string>() ==
        std::string(kDecoded, sizeof kDecoded - 1));
  CHECK(by_quick(R"( {"k": 1, "k": 2, "a": {}, "z": []} )") == R"({"a":{},"k":2,"z":[]})");
  CHECK(by_quick(" \t\r\n true \n") == "true");
  CHECK(by_quick("null") == "null");
  // Refused, as nlohmann's parser refuses them.
  for (std::string bad : {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1", "tru", "nul", "[1 2]",
                          "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\x01\"", "\"\xff\"",
                          "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "{\"a\" 1}", "{1:2}", "[] []",
                          "1e999", "\"unterminated"}) {
    CAPTURE(bad);
    CHECK(by_quick(bad) == "refused");
    CHECK(by_nlohmann(bad) == "refused");
  }
  // Read by nlohmann's parser, left to it: a byte order mark, a number that underflows to zero.
  CHECK_FALSE(quick_json("\xef\xbb\xbf{}").has_value());
  CHECK_FALSE(quick_json("1e-400").has_value());
  std::string deep = std::string(600, '[') + std::string(600, ']');
  CHECK_FALSE(quick_json(deep).has_value());
  CHECK(quick_json(std::string(500, '[') + std::string(500, ']')).has_value());
}

TEST_CASE("quick_json reads random documents as nlohmann's parser does") {
  std::mt19937 random(20261205);
  for (int i = 0; i < 3000; ++i) {
    json value = random_value(random, 0);
    for (int indent : {-1, 2})
      for (bool ascii : {false, true}) {
        std::string text = value.dump(indent, ' ', ascii);
        CAPTURE(text);
        REQUIRE(quick_json(text).has_value());
        CHECK(by_quick(text) == by_nlohmann(text));
      }
  }
}

TEST_CASE("quick_json never takes what nlohmann's parser refuses, and reads what it takes the same") {
  std::vector<std::string> tokens = {"{", "}", "[", "]", ":", ",", " ", "\n", "\"a\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"",
                                     "\"\\ud800\"", "\"\\n\"", "\"\\q\"", "\"\x01\"", "\"\xc3\xa9\"", "\"\xc3\"", "\"",
                                     "1", "-0", "0.5", "1e3", "01", "-", "true", "false", "null", "nul", "\\"};
  int taken = 0;
  bescore::testing::for_random_strings(tokens, 9, 40000, [&](const std::string& text, int) {
    std::string quick = by_quick(text);
    if (quick == "refused") return;
    ++taken;
    CAPTURE(text);
    CHECK(quick == by_nlohmann(text));
  });
  CHECK(taken > 1000);  // the soup holds documents too, not only refusals
}
