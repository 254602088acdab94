// Headings set with a drop cap: the first letter larger, in a run of its own (some Google Docs templates). Text
// flattened from such a PDF carries the heading without that letter and the letter after it, at the end of the same
// line ("…Networking ROFESSIONAL EXPERIENCEP") or glued to the next line's first word ("… DUCATION", then
// "EBorough of Manhattan…"). A PDF read with its word boxes puts the letter back by position; text has no boxes.
#pragma once
#include <optional>
#include <vector>

#include "document.h"
#include "parse/headings.h"

namespace bescore {

/// Each line of text (no box) that ends in capitals which, with the letter after them put first, spell a heading the
/// vocabulary knows (a synonym; or a head word, when the capitals as they stand do not end in one either), and are no
/// synonym as they stand: the heading goes on a line of its own, whole, after the text before it; a letter taken from the next line's start leaves that line. Other lines are kept as they are. nullopt
/// when no line has a drop cap (nearly always: the lines are then not copied).
std::optional<std::vector<TextLine>> restore_drop_caps(const std::vector<TextLine>& lines,
                                                       const HeadingVocabulary& vocabulary);

}  // namespace bescore
