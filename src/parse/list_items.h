// What a list item of a resume's body is, before the parser adds it: a role's or project's header with items
// nested under it, or a point. Each test reads the item's own words (and the lines around it where it says so).
#pragma once
#include <string>
#include <vector>

#include "document.h"
#include "rules/vocabulary.h"

namespace bescore {

/// No action verb: the text names something (a role, an employer), it does not tell what was done.
bool names_no_action(const std::string& text, const Vocabulary& vocabulary);

/// A list item of a text or Markdown file whose next item is nested under it ("* 2021.01 – present, Acme" over
/// "   * Designed …"): it heads the items below it.
bool heads_nested_items(const std::vector<TextLine>& lines, size_t i);

/// A short list item holding a date range, not an accomplishment ("Led the migration (Jan 2021 - Mar 2021)" with
/// its own nested points is one: it opens with an action verb). most_words, when given, is how long it may be.
bool reads_as_role_header(const std::string& text, const Vocabulary& vocabulary, int most_words = 0);

/// "- **SpaceX - Test Intern**" over "  May 2025 - August 2025": a short list item whose dates are the line below
/// it, on their own.
bool dated_below(const std::vector<TextLine>& lines, size_t i, const Vocabulary& vocabulary);

/// "• COMPETITIVE PROGRAMMING PLATFORM | Django, Docker, Redis": a project's name and its stack set as one list
/// item, its points under it; not a point of the project before. The name is short, a name (each word capitalised,
/// no figure) and does nothing; the stack is a few short items, a technology among them, or the name is set in
/// capitals. In a text file the parser also asks that items be nested under it (heads_nested_items).
bool names_project_and_stack(const std::string& text, const Vocabulary& vocabulary);

}  // namespace bescore
