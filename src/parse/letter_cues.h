// The words that make a text read as a letter rather than a resume ("Dear …", "Sincerely", "I am writing"):
// not_a_resume (score/not_resume.h) tells a cover letter from a resume by them, and the parser looks for no
// headless work history in a text with a letter's opening or closing words.
#pragma once
#include "base/gated_pattern.h"

namespace bescore {

/// One pattern of the letter cues; its first group is the cue matched.
const GatedPattern& letter_cues();

/// Only a letter's opening and closing words ("Dear …", "Sincerely", "Kind regards", "I am writing"): a resume may
/// say "cover letter" or "hiring manager" in a point, never these.
const GatedPattern& letter_salutations();

}  // namespace bescore
