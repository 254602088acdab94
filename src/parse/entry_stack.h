// An entry's stack: the technologies its header names beside the name ("Rate Limiter | Go, Redis", "Reckoner (PHP,
// MySQL)"), which are neither its organisation nor its place.
#pragma once
#include <string>
#include <vector>

#include "parse/entry_fields.h"
#include "parse/resume.h"

namespace bescore {

class Lexicon;

/// "Go, Redis", "Kotlin", "PHP | MySQL": a part of an entry's header that lists technologies the lexicon knows, at
/// least `least` of them, separated by commas or bars: the entry's stack, not its organisation or its place. A code
/// host's name ("GitHub") among them is where a project lives, and not counted.
bool lists_technologies(const std::string& part, const Lexicon& lexicon, size_t least);

/// Adds "Go, Redis" or "PHP | MySQL" to the entry's stack, its items set apart by commas.
void add_to_stack(Entry& entry, const std::string& items);

/// "Reckoner (PHP, MySQL)": a project's technologies in brackets after its name move from rest to its stack (a
/// degree's field in brackets and a role's "(Remote)" are not looked at: the parser asks only for projects).
void take_bracketed_stack(std::string& rest, Entry& entry, const Lexicon& lexicon);

/// Moves the header parts of line `index` that list technologies to the entry's stack: beside a project's name any,
/// beside a role's two or more, and only where another part is left to name the employer (Salesforce, Oracle and AWS
/// are employers too). A code host's name beside a project's ("Ledger | GitHub") is where it lives and leaves the
/// parts too. The first part, the entry's name, stays.
void take_stack_parts(std::vector<EntryPart>& parts, int index, bool project, Entry& entry, const Lexicon& lexicon);

}  // namespace bescore
