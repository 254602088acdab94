// Where each resume of a batch goes once its result is in, in input order: the --out file, the running tallies
// of the summary (and of the posting, with --job), the progress bar and the error lines on stderr. Nothing of a
// resume is kept after it is written, so a batch and a merge of shards (src/batch/merge_shards.h) take the same
// memory for 60 files as for 10,000. At the end: the file completed, the summary on stdout, the exit status.
#pragma once
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "batch/cohort_file.h"
#include "batch/progress.h"
#include "report/cohort_match.h"
#include "report/cohort_summary.h"

namespace bescore {

class CohortSink {
 public:
  /// file: the --out file, or null for the summary only; posting: with --job.
  CohortSink(std::unique_ptr<CohortFile> file, const CohortPosting* posting, std::ostream& err, size_t total,
             bool progress);

  /// One more resume, in input order; report_line is its JSON report on one line (CohortFile::add), empty when it
  /// failed or was skipped. failed_because: why it fails its thresholds (src/engine/thresholds.h), said on stderr
  /// as `bescore FILE` says it, or empty.
  void add(const CohortEntry& entry, std::string_view report_line = {}, const std::string& failed_because = "");

  /// Whether add needs the report lines (CohortFile::takes_reports).
  bool takes_reports() const { return file_ && file_->takes_reports(); }

  /// Completes the file and prints the summary on out (unless the file is JSON Lines on stdout); returns 0 when
  /// every file was scored or skipped, 2 when one failed or the file could not be written, 1 when a score is
  /// below its thresholds (and none failed).
  int finish(std::ostream& out, bool summary_on_out = true);

 private:
  std::unique_ptr<CohortFile> file_;
  std::optional<MatchTally> match_;
  CohortTally tally_;
  bool failed_ = false, threshold_failed_ = false;
  std::ostream& err_;
  Progress progress_;
};

}  // namespace bescore
