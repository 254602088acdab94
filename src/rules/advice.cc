#include "rules/advice.h"

#include <algorithm>
#include <cctype>

namespace bescore {

const std::vector<AdviceArticle>& advice_articles() {
  static const std::vector<AdviceArticle> articles = {
      {"A0", "How to Transition from Mobile to Backend Engineering"},
      {"A1", "How to get a backend engineering job (skills, portfolio, resume, interviews)"},
      {"A2", "Backend engineer: the role in practice"},
      {"A3", "Mobile app backend development"},
      {"A4", "How to become a Backend Developer"},
  };
  return articles;
}

std::vector<std::string> source_lines(const std::string& source) {
  std::vector<std::string> lines;
  // Parts are separated by ';' outside parentheses ("A4 path 1 step 3 (an internship; it carries ...)" is one).
  auto part_end = [&](size_t from) {
    int depth = 0;
    for (size_t i = from; i < source.size(); ++i) {
      if (source[i] == '(') ++depth;
      else if (source[i] == ')' && depth > 0) --depth;
      else if (source[i] == ';' && depth == 0) return i;
    }
    return source.size();
  };
  size_t pos = 0;
  while (pos <= source.size()) {
    size_t end = part_end(pos);
    std::string part = source.substr(pos, end - pos);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    pos = end + 1;
    if (part.empty()) continue;
    auto article = std::find_if(advice_articles().begin(), advice_articles().end(), [&](const AdviceArticle& a) {
      return part.starts_with(a.id) && (part.size() == 2 || !std::isalnum(static_cast<unsigned char>(part[2])));
    });
    if (article == advice_articles().end()) { lines.push_back(part); continue; }
    std::string point = part.substr(2);
    point.erase(0, point.find_first_not_of(' '));
    lines.push_back(std::string(article->id) + " " + article->title + (point.empty() ? "" : ": " + point));
  }
  return lines;
}

}  // namespace bescore
