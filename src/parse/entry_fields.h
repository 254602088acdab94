// An entry's header lines ("Acme Corp | Berlin" then "Senior Engineer | 2020 – Present") → title, organisation,
// location, whatever order the template puts them in.
#pragma once
#include <string>
#include <vector>

#include "parse/resume.h"
#include "parse/role_words.h"
#include "rules/vocabulary.h"

namespace bescore {

/// One piece of an entry's header, split at separators ("|", " — ", " at ", ", "), dates already taken out.
struct EntryPart {
  std::string text;
  int line = 0;  ///< Which header line of the entry it came from (0 for the first).
  Location at;   ///< That line in the source.
};

/// Splits one header line (its dates removed) into parts, appended to `parts`.
void split_entry_line(const std::string& text, int line, const Location& at, std::vector<EntryPart>& parts);

/// "Implemented the wireframes in the app": a capitalised first word in the past tense opens an accomplishment
/// whose list marker was lost, not a name ("United States Steel", "Red Hat" are names).
bool opens_with_past_verb(const std::string& text);

/// "Bank of America", "Emory Center for Digital Scholarship (ECDS)": every word capitalised but the connectors
/// ("of", "and", "the"...), and no past-tense verb first: a name, not a sentence.
bool is_name(const std::string& text);

/// The text holds a word organisations' names hold ("University", "Inc.", "Labs", "Technologies").
bool names_organisation(const std::string& text);

/// "GitHub", "gitlab", "Bitbucket": a code host's name, where a project lives (a header part, not an organisation's
/// name or a technology).
bool names_code_host(const std::string& text);

/// The text names a place: "Berlin, Germany", "Waltham, MA", "Remote", "TX", "Toronto, ON, Canada".
bool names_place(const std::string& text);

/// The text names a school ("University", "College", "Institute", "Academy").
bool names_school(const std::string& text);

/// A short line that only names an organisation ("Dynetics, Inc.", "Stanford University"): the start of an entry,
/// even when a template sets a bullet glyph before it.
bool is_organisation_line(const std::string& text);

/// Sets the entry's title, organisation and location from all its header parts: the title is the part naming a
/// role ("Engineer", "Intern", "Lead"...), the location a place ("Berlin, Germany", "Remote", "TX"), the
/// organisation the part naming one ("University", "Inc.") or else the first other part. The entry is placed
/// at its title's line.
void assign_entry_fields(const std::vector<EntryPart>& parts, Entry& entry);

/// An entry whose header names no role but whose first line does ("Worked as a Student Assistant at 12th Man
/// Productions", "Working as Customer Service Assistant at ..."): the entry takes that role as its title.
void title_from_description(Entry& entry);

/// Moves a role's unmarked prose before its first marked point from its bullets to its about lines when every
/// line of it says what the employer is ("Acme is the leading ...", "... was founded in 2009"): not an
/// accomplishment to judge. An entry of prose alone keeps it (that is its work), and so does prose that opens with
/// an action verb (an accomplishment whose marker was lost) or speaks in the first person (the person's duty).
void set_about_apart(Entry& entry, const Vocabulary& vocabulary);

}  // namespace bescore
