// Line structure that the source lost, recovered before parsing: headings set with a drop cap (parse/drop_caps.h),
// headings glued to the text around them
// ("two yearsEducation", "EXPERIENCE | Engineer at Acme" in a label column) and bullets run together on one line.
#pragma once
#include <vector>

#include "document.h"
#include "parse/headings.h"

namespace bescore {

/// The lines with glued headings, label-column headings and mid-line bullet glyphs split onto lines of their own;
/// each piece keeps its source line's location.
std::vector<TextLine> repair_lines(const std::vector<TextLine>& lines, const HeadingVocabulary& vocabulary);

}  // namespace bescore
