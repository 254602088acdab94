#include "report/rule_text.h"

#include <sstream>

#include "base/suggest.h"
#include "rules/advice.h"

namespace bescore {

std::string rule_to_text(const Rule& rule) {
  std::ostringstream out;
  const auto& s = rule.spec();
  out << s.id << "  (" << s.kind << ", " << s.category << ", " << s.severity << ", up to " << s.points << " points)\n\n";
  out << "Why: " << s.why << "\n\nSource (the articles: docs/advice.md):\n";
  for (const auto& line : source_lines(s.source)) out << "  " << line << "\n";
  out << "\nParameters: " << s.params.dump() << "\n\n";
  out << "Message: " << s.message << "\nFix: " << s.fix << "\n";
  for (const auto& [re, fix] : s.fixes) out << "Fix when the text is about that: " << fix << "\n";
  for (const auto& [name, t] : s.messages) out << "Message (" << name << "): " << t.message << "\nFix (" << name << "): " << t.fix << "\n";
  return out.str();
}

std::string ruleset_to_text(const RuleSet& set) {
  std::ostringstream out;
  out << set.name << " " << set.version << " (" << set.id << ", " << set.origin << "), " << set.rules.size()
      << " rules, " << set.total_points() << " points\n";
  for (const auto& c : set.categories) {
    // A category worth no points is an audit (readability): its rules advise and never move the score.
    out << "\n" << c.name << " (" << (c.weight ? std::to_string(c.weight) : "audit, not part of the score") << ")\n";
    for (const auto& r : set.rules)
      if (r->spec().category == c.id)
        out << "  " << r->spec().points << (r->spec().points < 10 ? "   " : "  ") << r->spec().id << "  [" << r->spec().kind
            << ", " << r->spec().severity << "]\n";
  }
  return out.str();
}

Result<std::string> explain_rule(const RuleSet& set, const std::string& id) {
  if (const Rule* rule = set.rule(id)) return rule_to_text(*rule);
  std::vector<std::string> ids;
  for (const auto& r : set.rules) ids.push_back(r->spec().id);
  std::string hint = did_you_mean(id, ids);
  return Error{"no rule '" + id + "' in " + set.id + (hint.empty() ? " (bescore rules lists them)" : hint)};
}

}  // namespace bescore
