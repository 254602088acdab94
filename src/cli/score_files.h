// Scoring a list of files with one rule set: extraction errors become one-line messages, the rest go on.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/watchdog.h"
#include "extract/extract.h"
#include "rules/ruleset.h"
#include "score/report.h"

namespace bescore {

/// One input's outcome: a report, or the one-line cause it could not be read.
struct Outcome {
  std::string file;
  std::optional<Report> report;
  std::string error;
  bool not_a_resume = false;  ///< error says why the file is not a resume (a posting, a README): read fine, refused
};

/// Extracts, parses and scores one file. A file that is not a resume (a job posting, a cover letter, no resume
/// sections: src/score/not_resume.h) is refused with that cause unless refuse_non_resumes is false (--dump-text).
Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits,
                   bool refuse_non_resumes = true);

/// The rule set for a document once it is read (`batch --rules auto` picks one per file).
using RulesFor = std::function<const RuleSet&(const Document&)>;

/// The same with the rule set chosen from the document.
Outcome score_file(const std::string& path, const RulesFor& rules_for, const ExtractLimits& limits,
                   bool refuse_non_resumes = true);

/// The same for input index of a watched run (src/cli/watchdog.h): its time counts from here, and an input
/// that timed out or crashed in an earlier attempt is reported with that cause, not read again.
Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits, const Watch& watch,
                   size_t index, bool refuse_non_resumes = true);

}  // namespace bescore
