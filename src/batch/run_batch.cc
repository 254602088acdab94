#include "batch/run_batch.h"

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string_view>
#include <thread>

#include "batch/batch_job.h"
#include "batch/cohort_inputs.h"
#include "batch/cohort_sink.h"
#include "batch/merge_shards.h"
#include "batch/report_files.h"
#include "batch/worker_pool.h"
#include "base/output_guard.h"
#include "batch/redact.h"
#include "engine/engine.h"
#include "parse/parser.h"
#include "report/json_report.h"
#include "rules/trait_pattern.h"

namespace bescore {

namespace {

using nlohmann::ordered_json;

constexpr const char* kSkipped = "skipped: ";

// Compiles every deferred pattern (the traits' and the rules') and scores a small resume in the parent before the
// workers are forked, so the patterns compiled on first use (and RE2's match caches) are built once and shared by
// every worker instead of rebuilt in each.
void warm_up(const RuleSet& rules) {
  TraitPattern::compile_every_deferred();
  static const char* kResume =
      "Ada Example\nBackend Engineer\nada@example.com | +1 555 0100 | github.com/ada | https://ada.example.dev\n\n"
      "SUMMARY\nBackend engineer building APIs in Go and PostgreSQL.\n\nEXPERIENCE\n"
      "Backend Engineer — Acme, Lisbon | Jan 2020 – Present\n"
      "- Built a REST API in Go serving 40K requests/day at p99 < 150 ms with PostgreSQL and Redis\n"
      "- Responsible for deployments with Docker on Kubernetes and Kafka consumers\n\n"
      "PROJECTS\nQueue — github.com/ada/queue\n- Built a job queue with JWT auth and tests\n\n"
      "SKILLS\nLanguages: Go, SQL\n\nEDUCATION\nB.Sc. Computer Science — University of Porto | 2014 – 2018\n";
  auto doc = read_text(kResume, "warm-up.txt", false);
  if (doc) score_resume(parse_resume(*doc, rules.vocabulary), rules);
}

int available_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  return int(std::max(1u, std::thread::hardware_concurrency()));
}

// What a worker sends back for a scored resume: its report's entry fields (entry_fields) on one line, and when
// the cohort file is JSON Lines, a second line with the whole report, written as it is. Both are redacted here,
// in the worker, so that the parent parses only the small part and never dumps a report.
std::string worker_message(const Report& report, size_t index, bool redact, bool whole_report) {
  ordered_json json = report_to_json(report);
  if (redact) redact_report(json, index + 1);
  std::string message = json_line(entry_fields(json));
  if (whole_report) message += '\n' + json_line(json);
  return message;
}

// One result as the sink takes it: its entry and report line (worker_message), or the entry of its error or
// skip. thresholds: what the file is judged by (its config's), as `bescore FILE` judges it.
void add_result(CohortSink& sink, size_t index, const std::string& path, Result<std::string> outcome, bool redact,
                std::string report_link, const Thresholds& thresholds) {
  ordered_json fields = nullptr;
  std::string_view report_line;
  if (outcome) {
    std::string_view message = *outcome;
    size_t end = std::min(message.find('\n'), message.size());
    if (end < message.size()) report_line = message.substr(end + 1);
    fields = ordered_json::parse(message.substr(0, end), nullptr, false);
    if (fields.is_discarded()) outcome = Error{"internal error: the worker's report is not JSON"};
  }
  if (!outcome) {
    std::string file = redact ? redacted_file_name(path, index + 1) : path;
    const std::string& why = outcome.error();
    bool skipped = why.rfind(kSkipped, 0) == 0;
    sink.add(skipped ? skipped_entry(file, why.substr(std::string(kSkipped).size())) : failed_entry(file, why));
    return;
  }
  CohortEntry entry = entry_from_json(fields);
  entry.report_link = std::move(report_link);
  sink.add(entry, report_line, failed_because(entry.score, entry.findings, thresholds));
}

// What --stats prints: the parent's own peak resident memory (VmHWM) and CPU time (not its workers').
std::string parent_stats() {
  std::string peak = "unknown";
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) peak = line.substr(line.find_first_not_of(" \t", 6));
  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  double cpu = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
  char line[160];
  std::snprintf(line, sizeof line, "parent peak memory %s (VmHWM), parent CPU %.2f s", peak.c_str(), cpu);
  return line;
}

// What the engine is asked for each file: the same as `bescore FILE` with these options would be.
EngineOptions engine_options(const BatchOptions& o) {
  EngineOptions e;
  if (o.max_size_mb) e.limits.max_bytes = o.max_size_mb << 20;
  if (o.max_pages) e.limits.max_pages = o.max_pages;
  if (o.max_text_chars) e.limits.max_text_chars = o.max_text_chars;
  e.rules_name = o.rules_auto ? "backend" : o.rules_name;
  e.rules_given = o.rules_given;
  e.rules_auto = o.rules_auto;
  e.config_file = o.config_file;
  e.no_config = o.no_config;
  e.thresholds.fail_under = o.fail_under;
  e.thresholds.fail_on = o.fail_on;
  e.job_posting = o.posting;
  return e;
}

int score_cohort(const BatchOptions& o, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err) {
  const CohortInputs inputs = collect_inputs(o.paths, in, o.exclude);
  if (inputs.files.empty()) {
    err << "bescore: batch: no resume files found (" << extension_list() << ")\n";
    return 2;
  }
  const BatchJob job = prepare_batch_job(o.posting, o.job_file, rules);
  auto made = Engine::make(engine_options(o), std::shared_ptr<const RuleSet>(&rules, [](const RuleSet*) {}));
  auto reports = ReportFiles::prepare(o.reports_dir, inputs.files, o.redact);
  for (const std::string& problem : {made ? "" : made.error(), reports ? "" : reports.error()})
    if (!problem.empty()) {
      err << "bescore: " << problem << "\n";
      return 2;
    }
  Engine& engine = *made;
  std::vector<std::string> outputs = {o.out};
  for (size_t i = 0; reports && reports->enabled() && i < inputs.files.size(); ++i) outputs.push_back(reports->path(i));
  if (Status clash = output_overwriting_input(outputs, inputs.files); !clash) {
    err << "bescore: " << clash.error() << "\n";
    return 2;
  }
  std::unique_ptr<CohortFile> file;
  if (!o.out.empty()) {
    auto opened = CohortFile::open(o.out, rules, {reports->enabled(), o.rules_auto, o.posting != nullptr}, out);
    if (!opened) {
      err << "bescore: " << opened.error() << "\n";
      return 2;
    }
    file = std::move(*opened);
  }
  // One worker per CPU this process may run on (its affinity mask, which containers and taskset narrow) unless
  // --jobs asks otherwise; more workers than CPUs only wait their turn, and their time limit is stretched.
  int cores = available_cores();
  PoolOptions pool{o.jobs > 0 ? o.jobs : cores, o.timeout_seconds, cores};

  const auto& files = inputs.files;
  CohortSink sink(std::move(file), o.posting ? &job.cohort_posting : nullptr, err, files.size(),
                  &err == &std::cerr && isatty(STDERR_FILENO));
  ChildWork work = [&](size_t i) -> Result<std::string> {
    if (auto r = inputs.refused.find(files[i]); r != inputs.refused.end()) return Error{r->second};
    if (auto p = inputs.parts.find(files[i]); p != inputs.parts.end()) return Error{kSkipped + p->second};
    Outcome r = engine.score(files[i]);
    if (!r.report) return Error{(r.not_a_resume ? kSkipped : "") + r.error};
    if (std::string failed = reports->write(i, *r.report); !failed.empty()) return Error{failed};
    return worker_message(*r.report, i, o.redact, sink.takes_reports());
  };
  ChildDone done = [&](size_t i, Result<std::string> outcome) {
    std::string link = outcome ? reports->link(i, o.out) : "";
    // The thresholds do not depend on the set --rules auto picks: the file's config (read before the forks) or
    // the command line's.
    auto settings = engine.settings_for(files[i]);
    add_result(sink, i, files[i], std::move(outcome), o.redact, std::move(link),
               settings ? (*settings)->thresholds : engine.options().thresholds);
  };
  warm_up(rules);
  for (const std::string& f : files) (void)engine.settings_for(f);  // each config's set loaded once, before the forks
  out.flush();
  err.flush();
  run_pool(files.size(), pool, work, done);
  return sink.finish(out, o.out != "-");
}

}  // namespace

int run_batch(const BatchOptions& o, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err) {
  int status = o.merge ? merge_shards(o, rules, in, out, err) : score_cohort(o, rules, in, out, err);
  if (o.stats) err << "bescore: batch: " << parent_stats() << "\n";
  return status;
}

}  // namespace bescore
