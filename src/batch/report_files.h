// `bescore batch --reports DIR`: each scored resume's HTML report, the same page `bescore FILE --format html`
// writes, in DIR, written by the child that scored it (it has the resume), under a name that depends only on
// the batch's input list; the cohort outputs link to them by relative paths.
#pragma once
#include <string>
#include <vector>

#include "base/result.h"
#include "score/report.h"

namespace bescore {

class ReportFiles {
 public:
  /// Creates dir (and its parents) and names a report per input; an empty dir means no reports.
  static Result<ReportFiles> prepare(const std::string& dir, const std::vector<std::string>& inputs, bool redact);

  bool enabled() const { return !dir_.empty(); }

  /// In a child: writes input i's report; the one-line cause when it cannot be written, else empty.
  std::string write(size_t i, const Report& report) const;
  /// Where input i's report goes.
  std::string path(size_t i) const;

  /// Input i's report as a link from the folder of out_file (percent-encoded, '/'-separated); empty when
  /// reports are off.
  std::string link(size_t i, const std::string& out_file) const;

 private:
  std::string dir_;
  std::vector<std::string> names_;  ///< Per input, in batch order.
};

/// The report names of the inputs, in batch order: under redaction "resume-N.html" (N the batch position, as
/// the redacted rows are named); otherwise the input's path below the inputs' common folder with '/' as "__"
/// and anything but letters, digits, '.', '-' and '_' as '_', plus ".html"; a name taken already (letter case
/// ignored, for case-insensitive file systems) gets "-2", "-3"... in batch order.
std::vector<std::string> report_names(const std::vector<std::string>& inputs, bool redact);

}  // namespace bescore
