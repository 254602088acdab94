// An entry's stack: the technologies its header names beside the name ("Rate Limiter | Go, Redis", "Reckoner (PHP,
// MySQL)"), which are neither its organisation nor its place.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "parse/entry_fields.h"
#include "parse/resume.h"

namespace bescore {

class Lexicon;

/// "Go, Redis", "Kotlin", "PHP | MySQL": a part of an entry's header listing technologies the lexicon knows, at least
/// `least` of them, set apart by commas or bars: the list, set apart by commas, without empty items and code hosts
/// ("GitHub": where a project lives, not what it is built with); nullopt when the part is anything else.
std::optional<std::string> technologies_in(const std::string& part, const Lexicon& lexicon, size_t least);

/// Adds a list of technologies to a stack, after a comma when the stack has some already.
void append_to_stack(std::string& stack, const std::string& list);

/// "GitHub", "GitHub, GitLab": a part that only names code hosts, a project's link's label.
bool only_code_hosts(const std::string& part);

/// "Reckoner (PHP, MySQL)": a project's technologies in brackets after its name, moved from header to the returned
/// list (a degree's field in brackets and a role's "(Remote)" are not looked at: the parser asks only for projects).
std::string take_bracketed_stack(std::string& header, const Lexicon& lexicon);

/// The parts of an entry's whole header (every line read so far) that remain once its stack is taken out, and the
/// stack, after `stack` (the bracketed one). Beside a project's name, a part listing technologies is its stack, and
/// one naming code hosts only is left out; beside a role's, a part listing two or more is its stack only where
/// another part, the first included, could name the employer (not a place, a role or a stack: Salesforce, Oracle
/// and AWS are employers too). The first part, the entry's name, always stays.
std::vector<EntryPart> without_stack(const std::vector<EntryPart>& parts, bool project, std::string& stack,
                                     const Lexicon& lexicon);

}  // namespace bescore
