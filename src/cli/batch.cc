#include "cli/batch.h"

#include <CLI/CLI.hpp>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "cli/batch_job.h"
#include "cli/batch_output.h"
#include "cli/batch_progress.h"
#include "cli/batch_reports.h"
#include "cli/batch_runner.h"
#include "cli/output_guard.h"
#include "cli/redact.h"
#include "cli/score_files.h"
#include "parse/parser.h"
#include "report/cohort_summary.h"
#include "report/json_report.h"

namespace bescore {

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

bool supported(const fs::path& p) {
  std::string ext = p.extension().string();
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kResumeExtensions), std::end(kResumeExtensions), ext) != std::end(kResumeExtensions);
}

// Why a file met in a folder walk is not read, or "" when it is read: the folder holds uploads, so a link
// out of it (to /etc/passwd, or another applicant's folder) is not followed, and what is not a regular file
// (a dangling link, a FIFO, a device) gets an error row instead of disappearing from the cohort.
std::string refusal(const fs::directory_entry& entry, const fs::path& root) {
  std::error_code ec;
  if (entry.is_symlink(ec)) {
    fs::path target = fs::canonical(entry.path(), ec);
    if (ec) return "a link to nothing readable (not read)";
    fs::path rel = target.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return "a link leading out of the folder (not read)";
  }
  if (!entry.is_regular_file(ec)) return "not a regular file (not read)";
  return "";
}

// A folder becomes its supported files, sorted by path; anything else is taken as given (a missing file
// becomes an error row, not a usage error). Files of the folder that are not read get their reason in refused.
void add_path(const std::string& path, std::vector<std::string>& out, std::map<std::string, std::string>& refused) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    out.push_back(path);
    return;
  }
  fs::path root = fs::weakly_canonical(fs::absolute(path, ec), ec);
  std::vector<std::string> found;
  // Links to folders are not followed (the default), so a link loop cannot make the walk endless.
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->is_directory(e2) && !it->is_symlink(e2)) continue;
    if (!supported(it->path())) continue;
    std::string why = refusal(*it, root);
    if (!why.empty()) refused[it->path().string()] = why;
    found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

// Scores a small resume in the parent before any fork, so the patterns compiled on first use (and RE2's
// match caches) are built once and shared by every child instead of rebuilt in each.
void warm_up(const RuleSet& rules) {
  static const char* kResume =
      "Ada Example\nBackend Engineer\nada@example.com | +1 555 0100 | github.com/ada | https://ada.example.dev\n\n"
      "SUMMARY\nBackend engineer building APIs in Go and PostgreSQL.\n\nEXPERIENCE\n"
      "Backend Engineer — Acme, Lisbon | Jan 2020 – Present\n"
      "- Built a REST API in Go serving 40K requests/day at p99 < 150 ms with PostgreSQL and Redis\n"
      "- Responsible for deployments with Docker on Kubernetes and Kafka consumers\n\n"
      "PROJECTS\nQueue — github.com/ada/queue\n- Built a job queue with JWT auth and tests\n\n"
      "SKILLS\nLanguages: Go, SQL\n\nEDUCATION\nB.Sc. Computer Science — University of Porto | 2014 – 2018\n";
  auto doc = read_text(kResume, "warm-up.txt", false);
  if (doc) score_resume(parse_resume(*doc, rules), rules);
}

std::string extension_list() {
  std::string out;
  for (const char* ext : kResumeExtensions) out += (out.empty() ? "" : " ") + std::string(ext);
  return out;
}

std::string report_bytes(const Report& report) {
  return report_to_json(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One input's result, ready for the outputs: its entry and (redacted) JSON report, or its error.
struct Slot {
  CohortEntry entry;
  ordered_json report;
};

Slot slot_of(size_t index, const std::string& path, Result<std::string> outcome, bool redact, std::string report_link) {
  Slot s;
  if (outcome) {
    s.report = ordered_json::parse(*outcome, nullptr, false);
    if (s.report.is_discarded()) outcome = Error{"internal error: the worker's report is not JSON"};
  }
  if (!outcome) {
    s.entry = failed_entry(redact ? redacted_file_name(path, index + 1) : path, outcome.error());
    s.report = nullptr;
    return s;
  }
  if (redact) redact_report(s.report, index + 1);
  s.entry = entry_from_json(s.report);
  s.entry.report_link = std::move(report_link);
  return s;
}

int available_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  return int(std::max(1u, std::thread::hardware_concurrency()));
}

int exit_code(const std::vector<CohortEntry>& entries, int fail_under) {
  if (std::any_of(entries.begin(), entries.end(), [](const CohortEntry& e) { return !e.scored(); })) return 2;
  if (fail_under >= 0 &&
      std::any_of(entries.begin(), entries.end(), [&](const CohortEntry& e) { return e.score < fail_under; }))
    return 1;
  return 0;
}

}  // namespace

void BatchOptions::inherit(int top_fail_under, size_t top_max_size_mb, int top_max_pages) {
  if (fail_under < 0) fail_under = top_fail_under;
  if (max_size_mb == 0) max_size_mb = top_max_size_mb;
  if (max_pages == 0) max_pages = top_max_pages;
}

void BatchOptions::inherit_limits(size_t top_max_text_chars, int top_timeout_seconds) {
  if (max_text_chars == 0) max_text_chars = top_max_text_chars;
  if (timeout_seconds == 0) timeout_seconds = top_timeout_seconds > 0 ? top_timeout_seconds : 86400;
}

CLI::App* add_batch_command(CLI::App& app, BatchOptions& o, std::string& rules) {
  auto* cmd = app.add_subcommand("batch", "Score a cohort: folders of resumes in parallel, into CSV, JSON Lines or HTML");
  cmd->add_option("PATH", o.paths, "Files, folders (walked for " + extension_list() + "), or - to read paths from stdin")
      ->required();
  cmd->add_option("-j,--jobs", o.jobs, "Files scored at once, each in its own process (default: one per core)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("-o,--out", o.out, "Write the cohort to FILE: .csv, .jsonl or .html (by the extension)");
  cmd->add_option("--rules", rules, "Rule set: a built-in name (backend), auto (a path set per file) or a JSON file");
  cmd->add_option("--reports", o.reports_dir, "Write each scored resume's HTML report into DIR; the cohort links to them");
  cmd->add_option("--timeout", o.timeout_seconds, "Stop a file still being read after SECONDS (default 10)")
      ->check(CLI::Range(1, 86400));
  cmd->add_flag("--redact", o.redact, "Replace names, emails, phones and personal URLs with numbered placeholders");
  cmd->add_option("--fail-under", o.fail_under, "Exit 1 when a score is below N")->check(CLI::Range(0, 100));
  cmd->add_option("--max-size", o.max_size_mb, "Largest input file in MB")->check(CLI::Range(1, 2048));
  cmd->add_option("--max-pages", o.max_pages, "Most PDF pages read")->check(CLI::Range(1, 10000));
  cmd->add_option("--max-text", o.max_text_chars, "Most characters of extracted text (default 2000000)")
      ->check(CLI::Range(size_t(1), size_t(1) << 32));
  return cmd;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths, std::istream& in,
                                        std::map<std::string, std::string>* refused) {
  std::vector<std::string> all;
  std::map<std::string, std::string> ignored;
  if (!refused) refused = &ignored;
  for (const auto& p : paths) {
    if (p != "-") {
      add_path(p, all, *refused);
      continue;
    }
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
      if (!line.empty()) add_path(line, all, *refused);
    }
  }
  std::vector<std::string> unique;
  std::set<std::string> seen;
  for (auto& p : all)
    if (seen.insert(fs::path(p).lexically_normal().string()).second) unique.push_back(std::move(p));
  return unique;
}

int run_batch(const BatchOptions& o, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err) {
  std::map<std::string, std::string> refused;  // files of a folder walk that are not read, and why
  const std::vector<std::string> inputs = collect_inputs(o.paths, in, &refused);
  if (inputs.empty()) {
    err << "bescore: batch: no resume files found (" << extension_list() << ")\n";
    return 2;
  }
  auto job = prepare_batch_job(o.posting, o.job_file, o.rules_auto, rules);
  auto reports = ReportFiles::prepare(o.reports_dir, inputs, o.redact);
  for (const std::string& problem : {job ? "" : job.error(), reports ? "" : reports.error()})
    if (!problem.empty()) {
      err << "bescore: " << problem << "\n";
      return 2;
    }
  InputFiles input_files(inputs);
  std::vector<std::string> outputs = {o.out};
  for (size_t i = 0; reports && reports->enabled() && i < inputs.size(); ++i) outputs.push_back(reports->path(i));
  for (const auto& output : outputs)
    if (std::string clash = input_files.overwritten_by(output); !clash.empty()) {
      err << "bescore: " << output << ": " << clash << "\n";
      return 2;
    }
  std::unique_ptr<CohortFile> file;
  if (!o.out.empty()) {
    auto opened = CohortFile::open(o.out, rules, {reports->enabled(), o.rules_auto, o.posting != nullptr});
    if (!opened) {
      err << "bescore: " << opened.error() << "\n";
      return 2;
    }
    file = std::move(*opened);
  }
  ExtractLimits limits;
  if (o.max_size_mb) limits.max_bytes = o.max_size_mb << 20;
  if (o.max_pages) limits.max_pages = o.max_pages;
  if (o.max_text_chars) limits.max_text_chars = o.max_text_chars;
  // One child per CPU this process may run on (its affinity mask, which containers and taskset narrow) unless
  // --jobs asks otherwise; more children than CPUs only wait their turn, and their time limit is stretched.
  int cores = available_cores();
  PoolOptions pool{o.jobs > 0 ? o.jobs : cores, o.timeout_seconds, cores};

  Progress progress(err, inputs.size(), &err == &std::cerr && isatty(STDERR_FILENO));
  std::vector<std::optional<Slot>> pending(inputs.size());
  std::vector<CohortEntry> entries;  // in input order; each written out as soon as all before it are
  ChildWork work = [&](size_t i) -> Result<std::string> {
    if (auto r = refused.find(inputs[i]); r != refused.end()) return Error{r->second};
    Outcome r = score_for_batch(inputs[i], rules, limits, *job);
    if (!r.report) return Error{r.error};
    if (std::string failed = reports->write(i, *r.report); !failed.empty()) return Error{failed};
    return report_bytes(*r.report);
  };
  ChildDone done = [&](size_t i, Result<std::string> outcome) {
    std::string link = outcome ? reports->link(i, o.out) : "";
    pending[i] = slot_of(i, inputs[i], std::move(outcome), o.redact, std::move(link));
    for (size_t next = entries.size(); next < pending.size() && pending[next]; ++next) {
      Slot& s = *pending[next];
      if (file) file->add(s.entry, s.report);
      if (!s.entry.scored()) progress.note("bescore: " + terminal_safe(s.entry.file) + ": " + terminal_safe(s.entry.error));
      entries.push_back(std::move(s.entry));
      pending[next].reset();
    }
    progress.advance();
  };
  warm_up(rules);
  out.flush();
  err.flush();
  run_isolated(inputs.size(), pool, work, done);
  progress.finish();

  CohortSummary summary = summarise(entries);
  std::optional<CohortMatch> match;
  if (o.posting) match = summarise_match(entries, job->cohort_posting);
  if (file) {
    auto written = file->finish(entries, summary, match ? &*match : nullptr);
    if (!written) {
      err << "bescore: " << written.error() << "\n";
      return 2;
    }
  }
  out << summary_to_text(summary);
  if (match) out << match_summary_to_text(*match);
  return exit_code(entries, o.fail_under);
}

}  // namespace bescore
