// The pipeline for one file with one rule set: extract → parse → not a resume? → check and score. Extraction
// errors become one-line causes; the engine (src/engine/engine.h) adds config, suppressions and the posting.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "extract/extract.h"
#include "check/ruleset.h"
#include "score/report.h"

namespace bescore {

struct FileSettings;

/// One input's outcome: a report, or the one-line cause it could not be read.
struct Outcome {
  std::string file;
  std::optional<Report> report;
  std::string error;
  bool not_a_resume = false;  ///< error says why the file is not a resume (a posting, a README): read fine, refused
  const FileSettings* settings = nullptr;  ///< what the file was judged by (set by Engine::score)
};

/// The rule set for a document once it is read (--rules auto picks one per file). When picking it read the resume
/// already, alike to how the set would (parse/parser.h: reads_alike), it may leave it in `read` to be used as is.
using RulesFor = std::function<const RuleSet&(const Document&, std::optional<Resume>& read)>;

/// Extracts, parses and scores one file with the rule set chosen from the document. A file that is not a resume
/// (a job posting, a cover letter, no resume sections: src/score/not_resume.h) is refused with that cause unless
/// refuse_non_resumes is false (--dump-text).
Outcome score_file(const std::string& path, const RulesFor& rules_for, const ExtractLimits& limits,
                   bool refuse_non_resumes = true);

/// The same with one rule set.
Outcome score_file(const std::string& path, const RuleSet& rules, const ExtractLimits& limits,
                   bool refuse_non_resumes = true);

}  // namespace bescore
