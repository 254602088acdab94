#include "cli/batch.h"

#include <CLI/CLI.hpp>

namespace bescore {

CLI::App* add_batch_command(CLI::App& app, BatchOptions& o, std::string& rules) {
  auto* cmd = app.add_subcommand("batch", "Score a cohort: folders of resumes in parallel, into CSV, JSON Lines or HTML");
  cmd->add_option("PATH", o.paths,
                  "Files, folders (walked for " + extension_list() + "), or - to read paths from stdin; with --merge, "
                  "JSON Lines shards")
      ->required();
  cmd->add_option("-j,--jobs", o.jobs, "Worker processes scoring files at once (default: one per core)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("-o,--out", o.out, "Write the cohort to FILE: .csv, .jsonl or .html (by the extension); - for JSON Lines on stdout");
  cmd->add_option("--exclude", o.exclude, "Leave out paths matching GLOB (the whole path or the file name; repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--merge", o.merge, "PATHs are JSON Lines written by batches (shards): join them into one cohort");
  cmd->add_flag("--stats", o.stats, "Print the batch process's own peak memory (VmHWM) and CPU time on stderr at the end");
  cmd->add_option("--rules", rules, "Rule set: a built-in name (backend), auto (a path set per file) or a JSON file");
  cmd->add_option("--reports", o.reports_dir, "Write each scored resume's HTML report into DIR; the cohort links to them");
  cmd->add_option("--timeout", o.timeout_seconds, "Stop a file still being read after SECONDS (default 10)")
      ->check(CLI::Range(1, 86400));
  cmd->add_flag("--redact", o.redact, "Replace names, emails, phones and personal URLs with numbered placeholders");
  cmd->add_option("--fail-under", o.fail_under, "Exit 1 when a score is below N")->check(CLI::Range(0, 100));
  cmd->add_option("--fail-on", o.fail_on, "Exit 1 when a finding is this severe: error or warning")
      ->check(CLI::IsMember({"error", "warning"}));
  cmd->add_option("--max-size", o.max_size_mb, "Largest input file in MB")->check(CLI::Range(1, 2048));
  cmd->add_option("--max-pages", o.max_pages, "Most PDF pages read")->check(CLI::Range(1, 10000));
  cmd->add_option("--max-text", o.max_text_chars, "Most characters of extracted text (default 2000000)")
      ->check(CLI::Range(size_t(1), size_t(1) << 32));
  return cmd;
}

}  // namespace bescore
