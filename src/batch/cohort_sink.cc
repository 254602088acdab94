#include "batch/cohort_sink.h"

#include <ostream>

#include "base/output_guard.h"

namespace bescore {

CohortSink::CohortSink(std::unique_ptr<CohortFile> file, const CohortPosting* posting, int fail_under, std::ostream& err,
                       size_t total, bool progress)
    : file_(std::move(file)), fail_under_(fail_under), err_(err), progress_(err, total, progress) {
  if (posting) match_.emplace(*posting);
}

void CohortSink::add(const CohortEntry& entry, const nlohmann::ordered_json& report) {
  if (file_) file_->add(entry, report);
  tally_.add(entry);
  if (match_) match_->add(entry);
  if (!entry.scored() && !entry.skipped) progress_.note("bescore: " + terminal_safe(entry.file) + ": " + terminal_safe(entry.error));
  failed_ = failed_ || (!entry.scored() && !entry.skipped);
  below_ = below_ || (entry.scored() && fail_under_ >= 0 && entry.score < fail_under_);
  progress_.advance();
}

int CohortSink::finish(std::ostream& out, bool summary_on_out) {
  progress_.finish();
  CohortSummary summary = tally_.summary();
  std::optional<CohortMatch> match;
  if (match_) match = match_->result();
  if (file_) {
    auto written = file_->finish(summary, match ? &*match : nullptr);
    if (!written) {
      err_ << "bescore: " << written.error() << "\n";
      return 2;
    }
  }
  if (summary_on_out) {
    out << summary_to_text(summary);
    if (match) out << match_summary_to_text(*match);
  }
  return failed_ ? 2 : below_ ? 1 : 0;
}

}  // namespace bescore
