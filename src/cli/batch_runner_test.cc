#include "cli/batch_runner.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <map>

using namespace bescore;

namespace {

std::map<size_t, std::string> run(size_t count, int jobs, int timeout, const ChildWork& work) {
  std::map<size_t, std::string> got;
  run_isolated(count, {jobs, timeout}, work, [&](size_t i, Result<std::string> r) {
    CHECK(got.count(i) == 0);
    got[i] = r ? "ok:" + *r : "error:" + r.error();
  });
  return got;
}

}  // namespace

TEST_CASE("every item runs once in its own process and hands back its bytes or its error") {
  pid_t parent = getpid();
  auto got = run(20, 3, 10, [&](size_t i) -> Result<std::string> {
    if (getpid() == parent) return Error{"ran in the parent"};
    if (i % 5 == 0) return Error{"bad " + std::to_string(i)};
    return std::string(100000 + i, char('a' + i % 26));  // larger than a pipe's buffer
  });
  REQUIRE(got.size() == 20);
  CHECK(got[0] == "error:bad 0");
  CHECK(got[5] == "error:bad 5");
  CHECK(got[7] == "ok:" + std::string(100007, 'h'));
}

TEST_CASE("a crash or a hang costs one item, reported in one line") {
  auto start = std::chrono::steady_clock::now();
  auto got = run(4, 2, 1, [](size_t i) -> Result<std::string> {
    if (i == 1) std::abort();
    if (i == 2)
      for (;;) pause();
    if (i == 3) std::_Exit(3);
    return std::string("fine");
  });
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(got[0] == "ok:fine");
  CHECK(got[1] == "error:crashed (signal " + std::to_string(SIGABRT) + ")");
  CHECK(got[2] == "error:timed out after 1s");
  CHECK(got[3] == "error:crashed (exit status 3)");
  CHECK(seconds < 3);
}

TEST_CASE("an exception in the work is an error, not a crash") {
  auto got = run(1, 1, 10, [](size_t) -> Result<std::string> { throw std::runtime_error("boom"); });
  CHECK(got[0] == "error:internal error: boom");
}
