// Section headings: "Work History", "TECHNICAL SKILLS", "edu cation", "Selected Hacks" → a SectionKind.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "parse/resume.h"
#include "rules/heading_vocabulary.h"

namespace bescore {

/// How a heading was recognised: a listed synonym, a head word, or only its look (kind unknown).
enum class HeadingMatch { none, synonym, head_word, look };

struct HeadingGuess {
  HeadingMatch match = HeadingMatch::none;
  SectionKind kind = SectionKind::other;
  std::string synonym;  ///< The synonym matched, as the rule set writes it ("work experience").
};

/// The section kind a line names, if it is a heading: a synonym from the rule set (letter case, spacing and a
/// trailing colon ignored); a short line set apart as a heading (capitals, title case, a colon, larger type)
/// whose last word is a head word; or a short all-caps line set apart (HeadingMatch::look, kind other), which
/// the parser keeps only when it looks like the headings it did recognise.
HeadingGuess guess_heading(const TextLine& line, const HeadingVocabulary& vocabulary);

/// The heading at the start of a line whose content follows after a column gap ("EXPERIENCE | Engineer, Acme"),
/// as its length in bytes of the line's text (0 when the line does not start with a recognised heading).
size_t label_prefix(const std::string& text, const HeadingVocabulary& vocabulary);

/// The words head a section as a line of their own, set apart, would: by a synonym or a head word ("RESEARCH
/// EXPERIENCE", "Independent Projects"), not by their look alone.
bool names_a_section(const std::string& text, const HeadingVocabulary& vocabulary);

/// Whether a word in lower case is one the vocabulary's headings end in ("certification", "projects", "history").
bool is_head_word(const std::string& word, const HeadingVocabulary& vocabulary);

/// guess_heading for text as a line of its own, set apart from the line before ("Education" out of
/// "(202)-469-9782   Education"). typo_allowed false: a synonym counts only letter for letter, without the slip of
/// the keys guess_heading forgives in a long capitalised word ("DUCATION" is not "education").
HeadingGuess guess_heading_alone(const std::string& text, const HeadingVocabulary& vocabulary, bool typo_allowed = true);

/// The heading without the icon, emoji or punctuation set before it ("♡ Interests", "**-Online Courses",
/// "■ EXPERIENCE" give the words alone).
std::string undecorated(const std::string& heading);

}  // namespace bescore
