// The words of a rule set that reading a resume needs: heading words, the lexicon of technologies and the
// bullet traits. The parser takes this, not the rule set, so it needs nothing of the rules that judge.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "rules/heading_vocabulary.h"
#include "rules/lexicon.h"
#include "rules/trait.h"

namespace bescore {

struct Vocabulary {
  HeadingVocabulary headings;
  std::shared_ptr<const Lexicon> lexicon;
  std::map<std::string, Trait> traits;  ///< By name; rules hold pointers into it, so it is moved into the RuleSet before the rules are built.
};

}  // namespace bescore
