// Plain text and Markdown: read_text → parse_resume → score_resume with the built-in rules.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  for (bool markdown : {false, true})
    fuzz::read_and_score(data, size, [&](std::string_view b) { return read_text(b, "fuzz.txt", markdown); });
  return 0;
}
