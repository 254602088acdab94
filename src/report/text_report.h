// The terminal report a person reads: total, categories with bars, findings with fixes.
#pragma once
#include <string>

#include "score/report.h"

namespace bescore {

struct TextStyle {
  bool color = false;     ///< ANSI colours (--color, NO_COLOR).
  int max_findings = 10;  ///< the findings that cost points shown, most points first; 0 shows every finding
                          ///< (with those that cost nothing, folded into one line otherwise)
  int width = 80;         ///< columns to wrap to (at least 40)
};

/// The human-readable report for one resume.
std::string report_to_text(const Report& report, const TextStyle& style);

/// What bescore understood: sections, entries, bullets with traits (for --dump-text).
std::string resume_to_text(const Resume& resume);

}  // namespace bescore
