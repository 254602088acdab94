#include "cli/batch_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "report/cohort_html.h"

namespace bescore {

namespace {

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

CohortFile::CohortFile(std::string path, Kind kind, const RuleSet& rules, const CohortColumns& columns)
    : path_(std::move(path)),
      kind_(kind),
      categories_(rules.categories),
      ruleset_label_(rules.name + " " + rules.version),
      columns_(columns) {
  temp_ = path_ + "." + std::to_string(getpid()) + ".partial";
}

Result<std::unique_ptr<CohortFile>> CohortFile::open(const std::string& path, const RuleSet& rules,
                                                     const CohortColumns& columns) {
  Kind kind;
  if (ends_with(path, ".csv")) kind = Kind::csv;
  else if (ends_with(path, ".jsonl")) kind = Kind::jsonl;
  else if (ends_with(path, ".html") || ends_with(path, ".htm")) kind = Kind::html;
  else return Error{path + ": --out must end in .csv, .jsonl or .html"};
  std::unique_ptr<CohortFile> f(new CohortFile(path, kind, rules, columns));
  f->file_.open(f->temp_, std::ios::binary | std::ios::trunc);
  if (!f->file_) return Error{f->temp_ + ": cannot write: " + std::strerror(errno)};
  if (kind == Kind::csv) f->file_ << cohort_csv_header(f->categories_, f->columns_) << std::flush;
  return f;
}

void CohortFile::add(const CohortEntry& entry, const nlohmann::ordered_json& report) {
  if (kind_ == Kind::csv) {
    file_ << cohort_csv_row(entry, categories_, columns_) << std::flush;
  } else if (kind_ == Kind::jsonl) {
    nlohmann::ordered_json line = report;
    if (!entry.scored()) line = {{"file", entry.file}, {"error", entry.error}};
    file_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
  }
}

Result<std::string> CohortFile::finish(const std::vector<CohortEntry>& entries, const CohortSummary& summary,
                                       const CohortMatch* match) {
  if (kind_ == Kind::html) file_ << cohort_to_html(entries, summary, ruleset_label_, match);
  file_.close();
  if (!file_) return Error{temp_ + ": write failed"};
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    return Error{path_ + ": cannot rename " + temp_ + " into place: " + std::strerror(errno)};
  return path_;
}

}  // namespace bescore
