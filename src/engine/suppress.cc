#include "engine/suppress.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/text.h"

namespace bescore {

Suppressions find_suppressions(std::string_view source) {
  static const RE2 comment("bescore-disable(-next-line)?((?:\\s+[\\w*][\\w/*-]*(?:\\s*,)?)*)");
  Suppressions s;
  int line_no = 0;
  int pending_line = 0;  // a next-line comment waits for the next non-blank line
  std::set<std::string> pending;
  for (std::string_view line : split_lines(source)) {
    ++line_no;
    std::string next_line, rules_text;
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (pending_line && !blank && line.find("bescore-disable") == std::string_view::npos) {
      s.line_rules[line_no].insert(pending.begin(), pending.end());
      pending_line = 0;
      pending.clear();
    }
    if (!RE2::PartialMatch(line, comment, &next_line, &rules_text)) continue;
    std::set<std::string> rules;
    std::string word;
    for (char c : rules_text + " ") {
      if (c == ' ' || c == ',' || c == '\t') { if (!word.empty() && word != "-->") rules.insert(word); word.clear(); }
      else word += c;
    }
    if (rules.empty()) rules.insert("*");
    if (next_line.empty()) s.file_rules.insert(rules.begin(), rules.end());
    else { pending_line = line_no; pending.insert(rules.begin(), rules.end()); }
  }
  return s;
}

void apply_suppressions(Report& report, const Suppressions& s, const RuleSet& rules) {
  if (s.empty()) return;
  auto off = [&](const Finding& f) {
    auto hit = [&](const std::set<std::string>& set) { return set.count("*") || set.count(f.rule); };
    if (hit(s.file_rules)) return true;
    auto it = s.line_rules.find(f.at.line);
    return f.at.file.empty() && it != s.line_rules.end() && hit(it->second);
  };
  auto keep = std::stable_partition(report.findings.begin(), report.findings.end(), [&](const Finding& f) { return !off(f); });
  report.suppressed.assign(keep, report.findings.end());
  report.findings.erase(keep, report.findings.end());
  tally(report, rules);
}

}  // namespace bescore
