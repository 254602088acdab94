// The words that make a text read as a letter rather than a resume ("Dear …", "Sincerely", "I am writing"):
// the parser does not look for a headless work history in one, and not_a_resume (score/not_resume.h) tells a cover
// letter from a resume by them.
#pragma once
#include "base/gated_pattern.h"

namespace bescore {

/// One pattern of the letter cues; its first group is the cue matched.
const GatedPattern& letter_cues();

}  // namespace bescore
