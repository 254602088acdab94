// What a posting asks for: lexicon technologies (whatever alias it wrote), family words ("message
// queues", "cloud") that any technology of the family satisfies, and "A or B" alternatives.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "match/posting.h"
#include "rules/lexicon.h"

namespace bescore {

struct AskedSkill {
  std::string name;                   ///< As the posting words it: "PostgreSQL", "message queues", "Go or Python".
  std::string id;                     ///< What is asked, whatever the wording: one ask per id.
  std::string family;                 ///< Lexicon family id of the first term ("relational").
  std::vector<const Term*> terms;     ///< Terms that satisfy it by name (two or more for alternatives).
  std::set<std::string> families;     ///< Family ids any term of which satisfies it (family words); else empty.
  bool choice = false;                ///< Two or more technologies the posting offers as alternatives.
  std::string literal;                ///< A tool the lexicon does not know ("CloudStack"): the resume must name it so.
  Ask asked = Ask::required;          ///< The strongest ask among its mentions.
  Location at;                        ///< The first mention with that ask.
  int mentions = 0;                   ///< Posting clauses that name it.

  /// Whether a term the resume names satisfies this ask.
  bool satisfied_by(const Term* term) const;
};

/// The skills a posting asks for, in order of first mention, one per skill with its strongest ask.
/// Office and collaboration tools (family "office": Jira, Slack) are asked as preferred at most. Pure.
std::vector<AskedSkill> asked_skills(const Posting& posting, const Lexicon& lexicon);

}  // namespace bescore
