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
