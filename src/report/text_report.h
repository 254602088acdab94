// The terminal report a person reads: total, categories with bars, findings with fixes.
#pragma once
#include <string>

#include "score/report.h"

namespace bescore {

struct TextStyle {
  bool color = false;   ///< ANSI colours (off with --no-color or NO_COLOR).
  int max_findings = 0; ///< 0 shows them all.
};

/// The human-readable report for one resume.
std::string report_to_text(const Report& report, const TextStyle& style);

/// What bescore understood: sections, entries, bullets with traits (for --dump-text).
std::string resume_to_text(const Resume& resume);

}  // namespace bescore
