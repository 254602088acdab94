// DOCX: read_docx on arbitrary bytes (a ZIP of XML parts, so mostly the unzip and XML paths), then parse and
// score what it read.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  fuzz::read_and_score(data, size, [](std::string_view b) { return read_docx(b, "fuzz.docx"); });
  return 0;
}
