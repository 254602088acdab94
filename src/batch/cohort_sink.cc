#include "batch/cohort_sink.h"

#include <ostream>

#include "base/output_guard.h"

namespace bescore {

CohortSink::CohortSink(std::unique_ptr<CohortFile> file, const CohortPosting* posting, std::ostream& err, size_t total,
                       bool progress)
    : file_(std::move(file)), err_(err), progress_(err, total, progress) {
  if (posting) match_.emplace(*posting);
}

void CohortSink::add(const CohortEntry& entry, std::string_view report_line, const std::string& failed_because) {
  if (file_) file_->add(entry, report_line);
  tally_.add(entry);
  if (match_) match_->add(entry);
  if (!entry.scored() && !entry.skipped) progress_.note("bescore: " + terminal_safe(entry.file) + ": " + terminal_safe(entry.error));
  failed_ = failed_ || (!entry.scored() && !entry.skipped);
  if (entry.scored() && !failed_because.empty()) {
    progress_.note("bescore: " + terminal_safe(entry.file) + ": " + terminal_safe(failed_because));
    threshold_failed_ = true;
  }
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
  return failed_ ? 2 : threshold_failed_ ? 1 : 0;
}

}  // namespace bescore
