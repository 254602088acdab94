// LaTeX: read_latex with includes served from memory (one that includes the other, and back: a cycle), then
// parse and score what it read.
#include <map>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  static const std::map<std::string, std::string> files = {
      {"cv/a.tex", "\\section{Projects}\n\\begin{itemize}\n\\item Built a queue in Go\n\\end{itemize}\n\\input{b}\n"},
      {"cv/b.tex", "\\section*{Skills}\nGo, SQL\n\\input{a}\n"}};
  SourceLoader load = [](const std::string& path) -> Result<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return Error{"no such file"};
    return it->second;
  };
  fuzz::read_and_score(data, size, [&](std::string_view b) { return read_latex(b, "cv/main.tex", load); });
  return 0;
}
