#include "base/text.h"

#include <doctest/doctest.h>

#include <vector>

#include "base/format.h"
#include "base/result.h"

namespace bescore {

TEST_CASE("a word is a run between spaces, tabs or line breaks") {
  CHECK(count_words("") == 0);
  CHECK(count_words("Built the  orders API") == 4);
  CHECK(count_words("Go\tKafka\nPostgreSQL ") == 3);
}

TEST_CASE("UTF-16 as UTF-8, ending at a surrogate without its pair as poppler's iconv does") {
  auto utf8 = [](std::vector<std::uint16_t> units) { return utf16_to_utf8(units); };
  CHECK(utf8({}) == "");
  CHECK(utf8({'a', 'b'}) == "ab");
  CHECK(utf8({0xE9, 0x7FF, 0x800, 0x20AC}) == "\xC3\xA9\xDF\xBF\xE0\xA0\x80\xE2\x82\xAC");
  CHECK(utf8({0xFEFF, 'a'}) == "\xEF\xBB\xBF" "a");
  CHECK(utf8({0xD83D, 0xDE00, 'x'}) == "\xF0\x9F\x98\x80x");
  CHECK(utf8({0xDBFF, 0xDFFF}) == "\xF4\x8F\xBF\xBF");
  CHECK(utf8({'a', 0, 'b'}) == std::string("a\0b", 3));
  CHECK(utf8({'a', 0xD83D, 'b'}) == "a");
  CHECK(utf8({'a', 0xDE00, 'b'}) == "a");
  CHECK(utf8({'a', 0xD83D}) == "a");
  CHECK(utf8({0xFFFE, 0xFFFF}) == "\xEF\xBF\xBE\xEF\xBF\xBF");
  // Before a bad surrogate, text that needed more than two bytes a unit is lost too (poppler's second iconv fails).
  CHECK(utf8({0x4E2D, 0x6587, 0x5B57, 0xD800}) == "");
  CHECK(utf8({0x4E2D, 0x6587, 'a', 0xD800}) == "\xE4\xB8\xAD\xE6\x96\x87" "a");
  CHECK(utf8({0x4E2D, 0x6587, 0x5B57, 0x5B57}) == "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE5\xAD\x97");
}

TEST_CASE("joining skills and checking a file's extension") {
  CHECK(join({"Go", "Kafka", "gRPC"}) == "Go, Kafka, gRPC");
  CHECK(join({"a", "b"}, " | ") == "a | b");
  CHECK(join({}) == "");
  CHECK(ends_with("resume.pdf", ".pdf"));
  CHECK_FALSE(ends_with("pdf", "resume.pdf"));
}

TEST_CASE("formatting: percent, a shortened quote, HTML escaping") {
  CHECK(percent(1, 3) == "33");
  CHECK(percent(5, 0) == "0");
  CHECK(shorten("Reduced checkout latency by forty percent", 20) == "Reduced checkout…");
  CHECK(html_escape("<b>\"R&D\"</b>") == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;");
}

TEST_CASE("a status is ok until it carries an error") {
  Status fine;
  CHECK(fine.ok());
  Status failed = Error{"cannot write the summary"};
  CHECK_FALSE(failed.ok());
  CHECK(failed.error() == "cannot write the summary");
}

}  // namespace bescore
