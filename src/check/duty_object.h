// What a duty is about, as a fix can quote it: "Worked in Cloud Storage as a founding member of X" is about
// "Cloud Storage"; "Responsible for database management across 3 teams" about "database management".
#pragma once
#include <string>

namespace bescore {

/// The words after the duty's own phrase (evidence) that name its object: a leading preposition, adverb or second
/// verb ("Managed and maintained 3D printers") is dropped, the phrase ends at the first clause (a comma, "to
/// <verb>", "by", "using", "ensuring", ...) and keeps at most eight words, none of them a dangling "of" or "the".
/// Empty when nothing is left (the duty is about people: "Collaborated with the design team to ...").
std::string duty_object(const std::string& text, const std::string& evidence);

/// The text's first eight words, with an ellipsis when there are more: what a fix quotes when the duty names no
/// object of its own.
std::string opening_words(const std::string& text);

}  // namespace bescore
