// The scan of a PDF's link targets alone (src/extract/pdf_uri_scan.cc): thousands of times faster per input than
// fuzz_pdf, which reaches it only through poppler. Not in scripts/test's run; `scripts/fuzz 120 pdf_links` by hand.
#include <cstdint>
#include <cstdlib>

#include "extract/pdf_uri_scan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto targets = bescore::scan_link_targets(std::string_view(reinterpret_cast<const char*>(data), size), 5);
  if (targets && targets->size() > 5) std::abort();  // past the limit it was given
  return 0;
}
