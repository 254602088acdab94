#include "engine/score_run.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "process/file_deadline.h"
#include "report/html_files.h"
#include "base/output_guard.h"
#include "base/stdin_file.h"
#include "process/watchdog.h"
#include "engine/engine.h"
#include "report/ci_reports.h"
#include "report/report_output.h"

namespace bescore {

namespace {

// What is wrong with --out, --annotate or --format html next to the other options, or empty.
std::string html_options_problem(const ScoreOptions& o) {
  if (o.format == "html" && o.files.size() > 1) return "--format html takes one file at a time";
  if (o.format == "html" && o.dump_text) return "--dump-text prints text or JSON, not HTML";
  if (!o.annotate_file.empty() && o.files.size() > 1) return "--annotate takes one PDF at a time";
  return "";
}

// The run itself, in the watchdog's child (src/process/watchdog.h) when there is a time limit and more than one file.
int score_all(const ScoreOptions& o, const RuleSet& rules, const Watch& watch, std::ostream& out, std::ostream& err) {
  auto made = Engine::make(engine_options(o), std::shared_ptr<const RuleSet>(&rules, [](const RuleSet*) {}));
  if (!made) { err << "bescore: " << made.error() << "\n"; return 2; }
  Engine& engine = *made;
  int code = 0;
  std::vector<Report> reports;
  std::vector<std::string> failures;  // why each report failed its thresholds, or empty
  for (size_t index = 0; index < o.files.size(); ++index) {
    const std::string& file = o.files[index];
    // A bad config ends the run: every file under it would fail the same way.
    if (auto s = engine.settings_for(file); !s) { err << "bescore: " << s.error() << "\n"; return 2; }
    std::string failed = watch.start(index);  // an input that timed out or crashed in an earlier attempt
    Outcome r = failed.empty() ? engine.score(file) : Outcome{file, std::nullopt, failed};
    watch.stop();
    FileDeadline::file_read();
    if (!r.report) {
      // A hook run on every changed file meets READMEs and postings: with --skip-non-resumes they pass, said once.
      bool skipped = r.not_a_resume && o.skip_non_resumes;
      err << "bescore: " << terminal_safe(o.shown_name(file)) << ": " << (skipped ? "skipped: " : "") << terminal_safe(r.error) << "\n";
      if (!skipped) code = 2;
      continue;
    }
    // A refused LaTeX include (outside the resume's folder) is said on stderr too: the text report has no notes.
    for (const auto& note : r.report->resume.notes)
      if (note.find(": not read, ") != std::string::npos) err << "bescore: " << terminal_safe(o.shown_name(file)) << ": note: " << terminal_safe(note) << "\n";
    // --- per report: html report and annotated PDF (issue 11) ---
    if (std::string problem = html_options_problem(o); !problem.empty()) { err << "bescore: " << problem << "\n"; return 2; }
    if (!o.annotate_file.empty() && write_annotated_pdf(*r.report, o.annotate_file, err) != 0) code = 2;
    // --- end html report ---
    r.report->file = o.shown_name(file);
    std::string why = failed_because(r.report->score, r.report->findings, r.settings->thresholds);
    if (!why.empty()) {
      err << "bescore: " << terminal_safe(o.shown_name(file)) << ": " << why << "\n";
      if (code == 0) code = 1;
    }
    failures.push_back(why);
    reports.push_back(std::move(*r.report));
  }
  ReportOutput output{o.format, o.dump_text, o.as_ats, {o.color, o.max_findings, o.width}, o.files.size(), o.out_file};
  if (write_reports(reports, output, rules, out, err) != 0) code = 2;
  if (!o.summary_file.empty()) {
    std::ofstream summary(o.summary_file, std::ios::app);  // $GITHUB_STEP_SUMMARY is appended to
    if (!summary) {
      err << "bescore: " << o.summary_file << ": cannot write the summary\n";
      return 2;
    }
    summary << reports_to_summary(reports, failures);
  }
  return code;
}

}  // namespace

EngineOptions engine_options(const ScoreOptions& o) {
  EngineOptions e;
  e.limits.max_bytes = o.max_size_mb << 20;
  e.limits.max_pages = o.max_pages;
  e.limits.max_text_chars = o.max_text_chars;
  e.limits.keep_readings = o.as_ats;  // only when asked: the default run stays one pass
  e.rules_name = o.rules_name;
  e.rules_given = o.rules_given;
  if (!o.picked_because.empty() && o.picked_ruleset == o.rules_name) e.picked_because = o.picked_because;
  e.config_file = o.config_file;
  e.no_config = o.no_config;
  e.thresholds.fail_under = o.fail_under;
  e.thresholds.fail_on = o.fail_on;
  e.job_posting = o.job_posting;
  e.refuse_non_resumes = !(o.dump_text || o.as_ats);  // --dump-text and --as-ats show the reading of any file
  return e;
}

int run_score(const ScoreOptions& given, const RuleSet& rules, std::ostream& out, std::ostream& err) {
  ScoreOptions o = given;
  std::unique_ptr<StdinFile> piped;  // "-": standard input, read once whatever the number of dashes
  if (std::find(o.files.begin(), o.files.end(), "-") != o.files.end()) {
    piped = std::make_unique<StdinFile>(std::cin, o.stdin_filename, o.max_size_mb << 20);
    if (piped->path().empty()) { err << "bescore: " << o.shown_name("-") << ": " << piped->error() << "\n"; return 2; }
    o.stdin_path = piped->path();
    std::replace(o.files.begin(), o.files.end(), std::string("-"), o.stdin_path);
  }
  if (Status clash = output_overwriting_input({o.out_file, o.annotate_file, o.summary_file}, o.files); !clash) {
    err << "bescore: " << clash.error() << "\n";
    return 2;
  }
  auto all = [&](const Watch& watch, std::ostream& o_out, std::ostream& o_err) {
    return score_all(o, rules, watch, o_out, o_err);
  };
  // One file: nothing else to save from a hang or a crash, so no fork (its time limit: src/process/file_deadline.h).
  auto run = [&](std::ostream& to) {
    return o.files.size() == 1 ? all(Watch(nullptr, nullptr), to, err) : run_watched(o.timeout_seconds, all, to, err);
  };
  if (o.out_file.empty() || o.format == "html") return run(out);
  std::ofstream file(o.out_file, std::ios::binary);  // -o: every format but HTML (written by its own writer)
  if (!file) { err << "bescore: " << o.out_file << ": cannot write: " << std::strerror(errno) << "\n"; return 2; }
  int code = run(file);
  file.close();
  if (!file) { err << "bescore: " << o.out_file << ": cannot write\n"; return 2; }
  return code;
}

}  // namespace bescore
