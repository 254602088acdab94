#include "batch/worker_pool.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <set>

using namespace bescore;

namespace {

std::map<size_t, std::string> run(size_t count, int jobs, int timeout, const ChildWork& work) {
  std::map<size_t, std::string> got;
  run_pool(count, {jobs, timeout}, work, [&](size_t i, Result<std::string> r) {
    CHECK(i == got.size());  // in index order, whichever worker finished first
    got[i] = r ? "ok:" + *r : "error:" + r.error();
  });
  return got;
}

}  // namespace

TEST_CASE("every item runs once in a worker process and hands back its bytes or its error, in index order") {
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

TEST_CASE("a crash or a hang costs one item, reported in one line; the worker is replaced") {
  auto got = run(4, 2, 1, [](size_t i) -> Result<std::string> {
    if (i == 1) std::abort();
    if (i == 2)
      for (;;) pause();
    if (i == 3) std::_Exit(3);
    return std::string("fine");
  });
  CHECK(got[0] == "ok:fine");
  CHECK(got[1] == "error:crashed (signal " + std::to_string(SIGABRT) + ")");
  CHECK(got[2] == "error:timed out after 1s");
  CHECK(got[3] == "error:crashed (exit status 3)");
}

TEST_CASE("an exception in the work is an error, not a crash") {
  auto got = run(1, 1, 10, [](size_t) -> Result<std::string> { throw std::runtime_error("boom"); });
  CHECK(got[0] == "error:internal error: boom");
}

TEST_CASE("more jobs than cores: a child waiting its turn is not timed out, one spinning on the CPU still is") {
  // 6 children on a declared 1 core with a 1 s limit: each may take 6 s of wall-clock time, 1 s of CPU time.
  std::map<size_t, std::string> got;
  run_pool(6, {6, 1, 1}, [](size_t i) -> Result<std::string> {
    if (i == 0) {
      volatile unsigned long n = 0;
      for (;;) { n = n + 1; }
    }
    usleep(1500 * 1000);  // 1.5 s of waiting, no CPU: more than the limit in wall-clock time
    return std::string("fine");
  }, [&](size_t i, Result<std::string> r) { got[i] = r ? "ok:" + *r : "error:" + r.error(); });
  CHECK(got[0] == "error:timed out after 1s");  // by CPU time
  for (size_t i = 1; i < 6; ++i) CHECK(got[i] == "ok:fine");
}

TEST_CASE("the workers are forked once, each scoring many items") {
  std::map<size_t, std::string> got;
  run_pool(40, {2, 10, 0}, [](size_t) -> Result<std::string> { return std::to_string(getpid()); },
           [&](size_t i, Result<std::string> r) { got[i] = r ? *r : "error"; });
  std::set<std::string> pids;
  for (const auto& [i, pid] : got) pids.insert(pid);
  CHECK(got.size() == 40);
  CHECK(pids.size() <= 2);
  CHECK(pids.count(std::to_string(getpid())) == 0);
}

TEST_CASE("after a crash, the replacement worker goes on with the next items") {
  std::map<size_t, std::string> got;
  run_pool(10, {1, 10, 0}, [](size_t i) -> Result<std::string> {
    if (i == 3) std::abort();
    return std::to_string(i);
  }, [&](size_t i, Result<std::string> r) { got[i] = r ? *r : "error:" + r.error(); });
  CHECK(got[2] == "2");
  CHECK(got[3] == "error:crashed (signal " + std::to_string(SIGABRT) + ")");
  CHECK(got[9] == "9");
}
