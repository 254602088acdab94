#include "batch/batch_options.h"

namespace bescore {

void BatchOptions::inherit(int top_fail_under, const std::string& top_fail_on, size_t top_max_size_mb, int top_max_pages) {
  if (fail_under < 0) fail_under = top_fail_under;
  if (fail_on.empty()) fail_on = top_fail_on;
  if (max_size_mb == 0) max_size_mb = top_max_size_mb;
  if (max_pages == 0) max_pages = top_max_pages;
}

void BatchOptions::inherit_limits(size_t top_max_text_chars, int top_timeout_seconds) {
  if (max_text_chars == 0) max_text_chars = top_max_text_chars;
  if (timeout_seconds == 0) timeout_seconds = top_timeout_seconds > 0 ? top_timeout_seconds : 86400;
}

std::string extension_list() {
  std::string out;
  for (const char* ext : kResumeExtensions) {
    if (!out.empty()) out += ' ';
    out += ext;
  }
  return out;
}

}  // namespace bescore
