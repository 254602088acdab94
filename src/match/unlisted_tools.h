// Tools a posting lists that the lexicon does not know: "Experience with Kafka, CloudStack and QuestDB" asks for
// CloudStack too. Only names shaped like a product's (CamelCase, letters with digits, an acronym) listed next to a
// technology the lexicon knows count, so that ordinary words in a list never become asks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/lexicon.h"

namespace bescore {

/// A name shaped like a tool's: a capital inside a word ("CloudStack", "iNEWS"), letters with digits ("Buck2"), or
/// an acronym of 2-6 capitals that is not an everyday one ("EMR", not "AI", "QA" or "USA").
bool tool_shaped(std::string_view word);

/// The names of one clause that are list items of their own (split at commas, slashes, "or", "and"...), one or two
/// tool-shaped words the lexicon does not know in any letter case, next in the list to an item naming one of the
/// `asked` technologies (mentions in `text`, not practices or office tools), or beside such a tool. A list offering
/// a choice ("Kafka or QuorumDB") gives none: its known technology stands for the choice (the caller leaves out
/// clauses with other choice cues: "one of"). In the order written, each once.
std::vector<std::string> unlisted_tools(std::string_view text, const std::vector<Mention>& asked,
                                        const Lexicon& lexicon);

}  // namespace bescore
