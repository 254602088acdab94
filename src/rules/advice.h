// The articles the rules come from (docs/advice.md): a rule's "source" names them by id ("A1 'Quantified impact'"),
// and `bescore explain` shows the article's title beside the point it enforces.
#pragma once
#include <string>
#include <vector>

namespace bescore {

struct AdviceArticle {
  const char* id;     ///< "A1"
  const char* title;  ///< the article's title
};

/// The five articles, A0-A4.
const std::vector<AdviceArticle>& advice_articles();

/// A rule's source, one line per article it cites: `A1 How to get a backend engineering job (...): 'Quantified
/// impact'`; a part naming no known article is kept as written.
std::vector<std::string> source_lines(const std::string& source);

}  // namespace bescore
