// Where each finding is drawn: the source lines it covers and, for a PDF, their boxes on the page.
// Shared by the HTML report and the annotated PDF so both mark the same words. Pure.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "score/report.h"

namespace bescore {

/// The lines a finding is about: its line to the end of the bullet that starts there.
struct FindingPlace {
  int page = 0;                ///< 1-based PDF page, 0 for unpaged sources.
  std::string file;            ///< An included source file (LaTeX \input), empty for the main input.
  int first = 0, last = 0;     ///< Lines covered (page lines for a PDF, source lines otherwise).
  std::vector<PageBox> boxes;  ///< PDF: the box of each covered line that has one, top to bottom; else empty.
  PageBox bounds;              ///< PDF: the union of boxes (unknown when there are none).
};

/// The place of each of report.findings, in the same order; nullopt for a finding about the whole resume
/// (line 0). A PDF bullet continued in the other column or on the next page is marked on its first part only.
std::vector<std::optional<FindingPlace>> finding_places(const Report& report);

}  // namespace bescore
