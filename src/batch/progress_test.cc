#include "batch/progress.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace bescore;

TEST_CASE("the progress line shows done/total, the rate and the time left") {
  CHECK(progress_line(0, 40, 0) == "[........................]  0/40");
  CHECK(progress_line(10, 40, 2.0) == "[######..................]  10/40  5.0 files/s  ETA 6s");
  CHECK(progress_line(10, 1000, 10.0) == "[........................]  10/1000  1.0 files/s  ETA 16m30s");
  CHECK(progress_line(40, 40, 8.0) == "[########################]  40/40  5.0 files/s  ETA 0s");
}

TEST_CASE("off a terminal the bar is silent but errors are still printed") {
  std::ostringstream err;
  Progress p(err, 2, false);
  p.advance();
  p.note("bescore: a.pdf: file is empty");
  p.advance();
  p.finish();
  CHECK(err.str() == "bescore: a.pdf: file is empty\n");
}
