// A copy of the resume PDF with the findings on it: a highlight annotation over each located finding's words
// whose note (/Contents, with a popup) gives the rule, the message and the fix, so any PDF viewer shows them.
// Made with qpdf, in memory; the input is only read. Same input and report, same bytes (deterministic /ID).
#pragma once
#include <string>

#include "base/result.h"
#include "score/report.h"

namespace bescore {

/// Points (PDF user space, origin bottom-left) of a point given in the top-left page space poppler reports
/// words in, for a page whose crop box is [llx lly urx ury] turned by `rotate` degrees (0, 90, 180, 270).
struct UserPoint {
  double x = 0, y = 0;
};
UserPoint to_user_space(double x, double y, double llx, double lly, double urx, double ury, int rotate);

/// The note a finding's annotation carries: "3. rule (−8 points, error)\nmessage\nYour words: …\nFix: …".
std::string annotation_text(const Finding& finding, int number);

/// A copy of a PDF with the findings on it.
struct AnnotatedPdf {
  std::string bytes;   ///< The whole file.
  int highlights = 0;  ///< One per finding of the report that has a place on a page.
};

/// The PDF at `input` with a highlight per placed finding of `report` (whose file it must be), or the one-line
/// cause it cannot be made. The input is only read.
Result<AnnotatedPdf> annotate_pdf(const std::string& input, const Report& report);

}  // namespace bescore
