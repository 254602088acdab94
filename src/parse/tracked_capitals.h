// Capitals tracked wide, as a plain text extractor splits them wherever the letter spacing opened a gap:
// "W ORK EXP E RI E NCE", "D E CE MBE R 2 0 1 5". A PDF read with its word boxes joins such pieces by position
// (extract/letter_spacing.h); text flattened from it has no boxes, so the pieces are joined and read against what
// they can spell: a heading the vocabulary knows, or a month and its year.
#pragma once
#include <optional>
#include <string>

#include "rules/heading_vocabulary.h"

namespace bescore {

/// The heading ("WORK EXPERIENCE") or date ("DECEMBER 2015") a line of three or more capital or digit pieces, two
/// of them one or two characters long, spells once its pieces are joined; nullopt for any other line.
std::optional<std::string> untracked_capitals(const std::string& line, const HeadingVocabulary& vocabulary);

}  // namespace bescore
