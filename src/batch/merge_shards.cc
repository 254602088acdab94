#include "batch/merge_shards.h"

#include <fstream>
#include <istream>

#include "batch/batch_job.h"
#include "batch/cohort_sink.h"
#include "engine/thresholds.h"
#include "base/output_guard.h"

namespace bescore {

namespace {

// A line a batch writes: a file with exactly one of a score (a whole number 0-100), an error or a skip reason.
bool batch_line(const nlohmann::ordered_json& j) {
  if (j.is_discarded() || !j.is_object() || !j.contains("file") || !j["file"].is_string()) return false;
  const auto score = j.find("score");
  bool scored = score != j.end() && score->is_number_integer() && *score >= 0 && *score <= 100;
  bool failed = j.contains("error") && j["error"].is_string();
  bool skipped = j.contains("skipped") && j["skipped"].is_string();
  return scored + failed + skipped == 1 && (scored || score == j.end());
}

}  // namespace

int merge_shards(const BatchOptions& o, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err) {
  // Placeholders are numbered per shard, and the report pages were linked from each shard's folder: neither can
  // be joined, so those stay options of the shards' own runs.
  for (auto [given, name] : {std::pair{o.redact, "--redact"}, std::pair{!o.reports_dir.empty(), "--reports"}})
    if (given) {
      err << "bescore: batch --merge: " << name << " belongs to the batches that write the shards, not to the merge\n";
      return 2;
    }
  if (Status clash = output_overwriting_input({o.out}, o.paths); !clash) {
    err << "bescore: " << clash.error() << "\n";
    return 2;
  }
  const BatchJob job = prepare_batch_job(o.posting, o.job_file, rules);
  std::unique_ptr<CohortFile> file;
  if (!o.out.empty()) {
    auto opened = CohortFile::open(o.out, rules, {false, o.rules_auto, o.posting != nullptr}, out);
    if (!opened) {
      err << "bescore: " << opened.error() << "\n";
      return 2;
    }
    file = std::move(*opened);
  }
  CohortSink sink(std::move(file), o.posting ? &job.cohort_posting : nullptr, err, 0, false);
  // The shards' files may be elsewhere, or redacted: only the command line's thresholds judge them here.
  const Thresholds thresholds{o.fail_under, o.fail_on};
  for (const auto& shard : o.paths) {
    std::ifstream opened;
    if (shard != "-") {
      opened.open(shard, std::ios::binary);
      if (!opened) {
        err << "bescore: " << terminal_safe(shard) << ": cannot read the shard\n";
        return 2;
      }
    }
    std::istream& lines = shard == "-" ? in : opened;
    size_t number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      if (line.empty()) continue;
      auto json = nlohmann::ordered_json::parse(line, nullptr, false);
      if (!batch_line(json)) {
        err << "bescore: " << terminal_safe(shard) << ":" << number << ": not a line of a bescore batch's JSON Lines\n";
        return 2;
      }
      CohortEntry entry = entry_from_line(json);
      sink.add(entry, json.contains("score") && sink.takes_reports() ? json_line(json) : "",
               failed_because(entry.score, entry.findings, thresholds));
    }
  }
  return sink.finish(out, o.out != "-");
}

}  // namespace bescore
