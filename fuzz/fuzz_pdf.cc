// PDF through poppler-cpp: read_pdf (the default limits), then parse and score what it read.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  fuzz::read_and_score(data, size, [](std::string_view b) { return read_pdf(b, "fuzz.pdf"); });
  return 0;
}
