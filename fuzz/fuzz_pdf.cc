// PDF through poppler (src/extract/pdf_words.h): read_pdf (the default limits), then parse and score what it read. The scan of link
// targets (src/extract/pdf_uri_scan.cc) reads every input too: read_pdf calls it only for a file poppler could read
// whose text names no code host.
#include "extract/pdf_uri_scan.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  (void)scan_link_targets(std::string_view(reinterpret_cast<const char*>(data), size));
  fuzz::read_and_score(data, size, [](std::string_view b) { return read_pdf(b, "fuzz.pdf"); });
  return 0;
}
