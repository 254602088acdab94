// Where each resume of a batch goes once its result is in, in input order: the --out file, the running tallies
// of the summary (and of the posting, with --job), the progress bar and the error lines on stderr. Nothing of a
// resume is kept after it is written, so a batch and a merge of shards (src/batch/merge_shards.h) take the same
// memory for 60 files as for 10,000. At the end: the file completed, the summary on stdout, the exit status.
#pragma once
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "batch/cohort_file.h"
#include "batch/progress.h"
#include "report/cohort_match.h"
#include "report/cohort_summary.h"

namespace bescore {

class CohortSink {
 public:
  /// file: the --out file, or null for the summary only; posting: with --job; fail_under: -1 for none.
  CohortSink(std::unique_ptr<CohortFile> file, const CohortPosting* posting, int fail_under, std::ostream& err,
             size_t total, bool progress);

  /// One more resume, in input order; report is its JSON, null when it failed or was skipped.
  void add(const CohortEntry& entry, const nlohmann::ordered_json& report);

  /// Completes the file and prints the summary on out (unless the file is JSON Lines on stdout); returns 0 when
  /// every file was scored or skipped, 2 when one failed or the file could not be written, 1 when a score is
  /// below --fail-under (and none failed).
  int finish(std::ostream& out, bool summary_on_out = true);

 private:
  std::unique_ptr<CohortFile> file_;
  std::optional<MatchTally> match_;
  CohortTally tally_;
  int fail_under_;
  bool failed_ = false, below_ = false;
  std::ostream& err_;
  Progress progress_;
};

}  // namespace bescore
