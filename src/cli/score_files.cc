#include "cli/score_files.h"

#include "parse/parser.h"

namespace bescore {

Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits) {
  Outcome o;
  o.file = path;
  auto doc = extract_file(path, limits);
  if (!doc) { o.error = doc.error(); return o; }
  if (doc->lines.empty()) { o.error = "no text found in the file"; return o; }
  o.report = score_resume(parse_resume(*doc, rules), rules);
  return o;
}

}  // namespace bescore
