// The point arithmetic every rule shares: capping and saturating what its findings cost.
#include <doctest/doctest.h>

#include <numeric>

#include "check/rule.h"

using namespace bescore;

namespace {

std::vector<Finding> costing(std::vector<int> points) {
  std::vector<Finding> out;
  for (int p : points) {
    Finding f;
    f.points = p;
    out.push_back(f);
  }
  return out;
}

int total(const std::vector<Finding>& f) {
  return std::accumulate(f.begin(), f.end(), 0, [](int s, const Finding& x) { return s + x.points; });
}

}  // namespace

TEST_CASE("cap_points: biggest first, the sum never beyond the cap") {
  auto f = costing({2, 5, 3});
  cap_points(f, 6);
  CHECK(f[0].points == 5);
  CHECK(f[1].points == 1);
  CHECK(f[2].points == 0);
  CHECK(total(f) == 6);
}

TEST_CASE("saturate_points: each finding fixed still raises the score, the sum stays under the cap") {
  auto one = costing({2}), two = costing({2, 2}), many = costing(std::vector<int>(40, 2));
  saturate_points(one, 10);
  saturate_points(two, 10);
  saturate_points(many, 10);
  CHECK(total(one) == 2);   // 10 * (1 - e^-0.2) = 1.81, rounded
  CHECK(total(two) == 3);   // 10 * (1 - e^-0.4) = 3.30
  CHECK(total(many) == 10); // 10 * (1 - e^-8) = 9.997
  CHECK(total(one) < total(two));
}

TEST_CASE("saturate_points: a huge number of costly findings neither overflows nor passes the cap") {
  auto f = costing(std::vector<int>(100000, 100));  // 1e7 nominal points
  saturate_points(f, 24);
  CHECK(total(f) == 24);
  for (const auto& x : f) CHECK(x.points >= 0);
  auto none = costing({0, 0});
  saturate_points(none, 24);
  CHECK(total(none) == 0);
}
