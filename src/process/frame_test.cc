#include "process/frame.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace bescore;

TEST_CASE("frames come back whole, however the bytes are cut") {
  std::string bytes = frame('R', "first report") + frame('E', "") + frame('R', std::string(70000, 'x'));
  FrameReader reader;
  std::vector<Frame> got;
  for (size_t at = 0; at < bytes.size(); at += 7) {  // as a pipe may hand them over: a few bytes at a time
    reader.feed(bytes.data() + at, std::min<size_t>(7, bytes.size() - at));
    while (auto f = reader.next()) got.push_back(*f);
  }
  REQUIRE(got.size() == 3);
  CHECK(got[0].kind == 'R');
  CHECK(got[0].body == "first report");
  CHECK(got[1].kind == 'E');
  CHECK(got[1].body.empty());
  CHECK(got[2].body.size() == 70000);
  CHECK_FALSE(reader.partial());
}

TEST_CASE("a message cut short is not taken for a whole one") {
  std::string bytes = frame('R', "a report that the crash cut");
  FrameReader reader;
  reader.feed(bytes.data(), bytes.size() - 3);
  CHECK_FALSE(reader.next());
  CHECK(reader.partial());
}
