// Files that are not resumes: a job posting, a cover letter, placeholder text, or text with no resume sections.
// They are refused with one line instead of scored (docs/scoring.md, "Not a resume").
#pragma once
#include <string>

#include "document.h"
#include "parse/resume.h"

namespace bescore {

/// Why the document is not a resume ("this reads as a job posting, not a resume"), or empty when it may be one.
std::string not_a_resume(const Document& doc, const Resume& resume);

}  // namespace bescore
