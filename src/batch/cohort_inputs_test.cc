#include "batch/cohort_inputs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace bescore;

namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("--exclude: a glob on the whole path, the file name or a folder; paths from stdin too") {
  fs::path dir = fs::temp_directory_path() / ("bescore-inputs-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  for (const char* f : {"a.txt", "b.pdf", "drafts/c.txt", "d/drafts/e.md", "cover-letter.md"}) write(dir / f, "x");
  std::istringstream in((dir / "f.txt").string() + "\n" + (dir / "g.pdf").string() + "\n");
  auto got = collect_inputs({dir.string(), "-"}, in, {"*.pdf", "drafts/*", "cover-*"});
  std::vector<std::string> expected = {(dir / "a.txt").string(), (dir / "f.txt").string()};
  CHECK(got.files == expected);
  fs::remove_all(dir);
}

TEST_CASE("a LaTeX file another input pulls in is a part; commented includes and files outside the batch are not") {
  fs::path dir = fs::temp_directory_path() / ("bescore-parts-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  write(dir / "cv/main.tex", "\\documentclass{article}\n\\input{sections/work}\n% \\input{old}\n\\include{extra.tex}\n");
  write(dir / "cv/sections/work.tex", "\\section{Experience}\n");
  write(dir / "cv/old.tex", "\\section{Old}\n");
  write(dir / "cv/extra.tex", "\\section{Extra}\n");
  std::istringstream none;
  auto got = collect_inputs({dir.string()}, none);
  REQUIRE(got.files.size() == 4);
  std::string main = (dir / "cv/main.tex").string();
  CHECK(got.parts.size() == 2);
  CHECK(got.parts[(dir / "cv/sections/work.tex").string()] == "a part of " + main + " (\\input), not a resume on its own");
  CHECK(got.parts.count((dir / "cv/extra.tex").string()) == 1);
  CHECK(got.parts.count((dir / "cv/old.tex").string()) == 0);
  CHECK(got.parts.count(main) == 0);
  fs::remove_all(dir);
}
