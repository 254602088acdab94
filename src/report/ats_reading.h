// `--dump-text --as-ats`: the text a plain extractor (an applicant tracking system) gets from the file, page by
// page, next to bescore's own reading of it, so a person can see what the columns and headers do to their resume.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "parse/resume.h"

namespace bescore {

/// Both readings, one page after the other; a note for formats without a page layout.
std::string readings_to_text(const Resume& resume);

/// The layout audit's facts as the JSON report's document.layout object (docs/json-report.md).
nlohmann::ordered_json layout_to_json(const LayoutFacts& layout);

}  // namespace bescore
