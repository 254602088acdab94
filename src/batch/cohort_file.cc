#include "batch/cohort_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>

#include "base/text.h"

namespace bescore {

namespace {

constexpr const char* kSkipped = "skipped: ";

}  // namespace

std::string json_line(const nlohmann::ordered_json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

CohortEntry entry_from_line(const nlohmann::ordered_json& line) {
  if (!line.is_object()) return failed_entry("", "not a line of a bescore batch");
  std::string file = json_text(line, "file");
  if (line.contains("skipped")) return skipped_entry(file, json_text(line, "skipped"));
  if (line.contains("error") && !line.contains("score")) return failed_entry(file, json_text(line, "error"));
  return entry_from_json(line);
}

CohortFile::CohortFile(std::string path, Kind kind, const RuleSet& rules, const CohortColumns& columns)
    : path_(std::move(path)),
      kind_(kind),
      categories_(rules.categories),
      ruleset_label_(rules.name + " " + rules.version),
      columns_(columns) {
  temp_ = path_ + "." + std::to_string(getpid()) + ".partial";
  rows_path_ = path_ + "." + std::to_string(getpid()) + ".rows";
  table_ = {rules.categories, columns.rules, columns.match};
}

CohortFile::~CohortFile() {
  if (rows_.is_open()) {
    rows_.close();
    std::remove(rows_path_.c_str());
  }
  // Not finished (a merge or batch that stopped on an error): a half-written file is of no use to anyone.
  if (file_.is_open()) {
    file_.close();
    std::remove(temp_.c_str());
  }
}

Result<std::unique_ptr<CohortFile>> CohortFile::open(const std::string& path, const RuleSet& rules,
                                                     const CohortColumns& columns, std::ostream& stdout_stream) {
  Kind kind;
  if (path == "-" || ends_with(path, ".jsonl")) kind = Kind::jsonl;
  else if (ends_with(path, ".csv")) kind = Kind::csv;
  else if (ends_with(path, ".html") || ends_with(path, ".htm")) kind = Kind::html;
  else return Error{path + ": --out must end in .csv, .jsonl or .html (or be - for JSON Lines on stdout)"};
  std::unique_ptr<CohortFile> f(new CohortFile(path, kind, rules, columns));
  if (path == "-") {
    f->sink_ = &stdout_stream;
    return f;
  }
  f->file_.open(f->temp_, std::ios::binary | std::ios::trunc);
  if (!f->file_) return Error{f->temp_ + ": cannot write: " + std::strerror(errno)};
  if (kind == Kind::html) {
    f->rows_.open(f->rows_path_, std::ios::binary | std::ios::trunc);
    if (!f->rows_) return Error{f->rows_path_ + ": cannot write: " + std::strerror(errno)};
  }
  if (kind == Kind::csv) f->file_ << cohort_csv_header(f->categories_, f->columns_) << std::flush;
  return f;
}

void CohortFile::add(const CohortEntry& entry, std::string_view report_line) {
  ++count_;
  if (kind_ == Kind::csv) {
    *sink_ << cohort_csv_row(entry, categories_, columns_) << std::flush;
  } else if (kind_ == Kind::jsonl) {
    nlohmann::ordered_json line = nullptr;
    if (entry.skipped) line = {{"file", entry.file}, {"skipped", entry.error.substr(std::strlen(kSkipped))}};
    else if (!entry.scored()) line = {{"file", entry.file}, {"error", entry.error}};
    *sink_ << (line.is_null() ? report_line : json_line(line)) << "\n" << std::flush;
  } else {
    rows_ << cohort_html_row(entry, count_, table_);
  }
}

Result<std::string> CohortFile::finish(const CohortSummary& summary, const CohortMatch* match) {
  if (sink_ != &file_) {
    sink_->flush();
    if (!*sink_) return Error{"standard output: write failed (closed pipe or full disk); the results are lost"};
    return path_;
  }
  if (kind_ == Kind::html) {
    file_ << cohort_html_top(count_, summary, ruleset_label_, match, table_);
    rows_.close();
    if (!rows_) return Error{rows_path_ + ": write failed"};
    std::ifstream rows(rows_path_, std::ios::binary);
    if (count_) file_ << rows.rdbuf();  // (inserting an empty buffer would mark the stream failed)
    file_ << cohort_html_bottom();
    rows.close();
    std::remove(rows_path_.c_str());
  }
  file_.close();
  if (!file_) return Error{temp_ + ": write failed"};
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    return Error{path_ + ": cannot rename " + temp_ + " into place: " + std::strerror(errno)};
  return path_;
}

}  // namespace bescore
