#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "base/stdin_file.h"
#include "base/suggest.h"
#include "cli/batch.h"
#include "cli/job_options.h"
#include "engine/diff_run.h"
#include "engine/score_run.h"
#include "modules/optional_modules.h"
#include "process/file_deadline.h"
#include "report/rule_text.h"
#include "version.h"

namespace bescore {

namespace {

const char* kHelpFooter = R"(Formats (--format):
  text    the report to read, findings most points first (default)
  json    the JSON report (docs/json-report.md); an array for several files
  jsonl   one JSON report a line, however many files
  line    FILE:LINE:COL: severity: message [rule], for editors
  github  GitHub Actions annotations (with --summary for the job summary)
  sarif   SARIF 2.1.0 for code scanning, one run for all files
  html    one self-contained page with the resume and its findings (-o report.html)

Examples:
  bescore resume.pdf                         score a resume and see what to fix
  cat resume.md | bescore                    read standard input (or: bescore - --stdin-filename resume.md)
  bescore --format json -o report.json cv.tex
  bescore --fail-under 80 --fail-on error resume.md   in CI: exit 1 below 80 or on an error finding
  bescore explain impact/quantified          why a rule exists, where it comes from
  bescore batch applications/ -o cohort.html score a folder

Exit codes:
  0  scored, and no threshold failed
  1  a threshold failed (--fail-under, --fail-on, or .bescore.json's); stderr says why
  2  usage error, or a file that could not be read (one line on stderr; the other files are still scored)

man bescore has every option.)";

// " (did you mean --fail-under?)" for the first option on the command line that no command knows.
std::string unknown_option_hint(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> known;
  std::vector<const CLI::App*> commands{&app};
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) commands.push_back(sub);
  for (const CLI::App* command : commands)
    for (const CLI::Option* opt : command->get_options())
      for (const auto& name : opt->get_lnames()) known.push_back("--" + name);
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (!arg.starts_with("--")) continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(known.begin(), known.end(), arg) == known.end()) return did_you_mean(arg, known);
  }
  return "";
}

// The terminal's columns when the report goes to one (COLUMNS first, as a shell sets it), else 80.
int terminal_width(bool to_terminal) {
  if (const char* env = std::getenv("COLUMNS"); env && std::atoi(env) >= 40) return std::min(std::atoi(env), 1000);
  struct winsize ws {};
  if (to_terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  return 80;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"bescore: scores a resume for backend engineering roles, offline, and says what to fix", "bescore"};
  app.set_version_flag("-V,--version", std::string("bescore ") + version());
  app.footer(kHelpFooter);
  ScoreOptions o;
  std::string rules_name = "backend";
  bool no_color = false, all_findings = false;
  std::string color = "auto";
  int width = 0;
  CLI::Option* rules_option = app.add_option("--rules", rules_name, "Rule set: a built-in name (backend) or a JSON file");
  app.add_option("--format", o.format, "Output: text, json (one object, an array for several files), jsonl (one report a line), line (FILE:LINE:COL: severity: message [rule]), github, sarif, html")
      ->check(CLI::IsMember({"text", "json", "jsonl", "line", "github", "sarif", "html"}));
  app.add_option("--summary", o.summary_file, "Append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)");
  app.add_option("--fail-under", o.fail_under, "Exit 1 when a score is below N")->check(CLI::Range(0, 100));
  app.add_option("--fail-on", o.fail_on, "Exit 1 when a finding is this severe: error or warning")
      ->check(CLI::IsMember({"error", "warning"}));
  app.add_flag("--dump-text", o.dump_text, "Print what bescore read: sections, entries, bullets and traits");
  app.add_option("--color", color, "Colours in the text report: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--no-color", no_color, "No colours (--color never)");
  app.add_option("--width", width, "Columns to wrap the text report to (default: the terminal's, COLUMNS, or 80 when piped)")
      ->check(CLI::Range(40, 1000));
  app.add_flag("--all", all_findings, "Show every finding in the text report (default: the 10 that cost most)");
  app.add_option("--max-size", o.max_size_mb, "Largest input file in MB")->check(CLI::Range(1, 2048));
  app.add_option("--max-pages", o.max_pages, "Most PDF pages read")->check(CLI::Range(1, 10000));
  app.add_option("--max-text", o.max_text_chars, "Most characters of extracted text (default 2000000)")
      ->check(CLI::Range(size_t(1), size_t(1) << 32));
  app.add_option("--timeout", o.timeout_seconds, "Stop a file still being read after SECONDS (default 10; 0: no limit)")
      ->check(CLI::Range(0, 86400));
  app.add_option("--max-findings", o.max_findings, "Show at most N findings in the text report (default 10; 0: all)");
  auto* explain_cmd = app.add_subcommand("explain", "Explain a rule: why, source, parameters, example fix");
  std::string explain_id;
  explain_cmd->add_option("RULE", explain_id, "Rule id, e.g. impact/quantified")->required();
  explain_cmd->fallthrough();  // --rules may follow the subcommand
  auto* rules_cmd = app.add_subcommand("rules", "List the rules of a set with their points");
  rules_cmd->fallthrough();
  auto* diff_cmd = app.add_subcommand("diff", "What changed between two versions of a resume (or two JSON reports)");
  std::string diff_old, diff_new;
  diff_cmd->add_option("OLD", diff_old, "Earlier resume file or JSON report")->required();
  diff_cmd->add_option("NEW", diff_new, "Later resume file or JSON report")->required();
  diff_cmd->fallthrough();  // --format and --rules may follow the subcommand
  app.add_option("--config", o.config_file, "Settings file (default: the nearest .bescore.json up to the repository root)");
  app.add_flag("--no-config", o.no_config, "Ignore .bescore.json files");
  app.add_flag("--skip-non-resumes", o.skip_non_resumes,
               "A file that is not a resume (a README, a posting) is noted on stderr and skipped, not exit 2");
  // --- options: job matching (issue 5) ---
  add_job_options(app, o, rules_name, err);  // --job, and --rules auto resolved once parsing is complete
  // --- end job matching ---
  // --- options: html report and annotated PDF (issue 11) ---
  app.add_option("-o,--out", o.out_file, "Write the report (any --format) to FILE instead of standard output");
  app.add_option("--annotate", o.annotate_file, "Write a copy of the PDF with a highlight and note over each finding");
  // --- end html report ---
  // --- options: layout audit (issue 6) ---
  app.add_flag("--as-ats", o.as_ats, "The text a plain extractor (an ATS) gets, page by page, beside bescore's reading (a --dump-text view)");
  // --- end layout audit ---
  // --- subcommands: batch (src/cli/batch.cc) ---
  BatchOptions batch;
  CLI::App* batch_cmd = add_batch_command(app, batch, rules_name);
  // Bound to the same field as the top-level --job, so its parse step reads the posting once, in the parent.
  batch_cmd->add_option("--job", o.job_file, "Job posting (text, Markdown or PDF): match every resume against it");
  // --- end batch ---
  app.add_option("FILE", o.files, "Resume files (PDF, DOCX, text, Markdown, LaTeX, JSON Resume); - reads standard input");
  app.add_option("--stdin-filename", o.stdin_filename, "The name standard input goes by in messages; its extension tells the format");
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) { out << (e.get_name() == "CallForVersion" ? app.version() + "\n" : app.help()); return 0; }
    err << "bescore: " << e.what() << unknown_option_hint(app, argc, argv) << "\n";
    return 2;
  }

  if (batch_cmd->parsed() && rules_name == "auto") {  // picked per file by the children (src/engine/engine.h)
    batch.rules_auto = true;
    rules_name = "backend";
  }
  // One file to score: its time limit is a timer in this process, running while the rule set loads too.
  bool one_file = !batch_cmd->parsed() && !explain_cmd->parsed() && !rules_cmd->parsed() && !diff_cmd->parsed() &&
                  o.files.size() == 1 && o.timeout_seconds > 0;
  std::optional<FileDeadline> deadline;
  if (one_file) deadline.emplace(o.files[0], o.timeout_seconds);
  auto set = load_ruleset(rules_name);
  if (!set) { err << "bescore: " << set.error() << did_you_mean(rules_name, builtin_rulesets()) << "\n"; return 2; }
  // Held until the process ends, which (src/main.cc) need not free it first.
  static std::shared_ptr<const RuleSet> held;
  held = *set;
  o.rules_name = rules_name;
  o.rules_given = rules_option->count() > 0;
  if (explain_cmd->parsed()) {
    auto text = explain_rule(**set, explain_id);
    if (!text) { err << "bescore: " << text.error() << "\n"; return 2; }
    return out << *text, 0;
  }
  if (rules_cmd->parsed()) return out << ruleset_to_text(**set), 0;
  if (diff_cmd->parsed()) return run_diff(diff_old, diff_new, o.format, **set, o, out, err);
  // --- run: batch ---
  if (batch_cmd->parsed()) {
    preload_modules();  // before the batch forks its children
    batch.inherit(o.fail_under, o.fail_on, o.max_size_mb, o.max_pages);
    batch.inherit_limits(o.max_text_chars, o.timeout_seconds);
    batch.job_file = o.job_file;
    batch.posting = o.job_posting;
    batch.rules_name = rules_name;
    batch.rules_given = o.rules_given || batch_cmd->get_option("--rules")->count() > 0;
    batch.config_file = o.config_file;
    batch.no_config = o.no_config;
    return run_batch(batch, **set, std::cin, out, err);
  }
  // --- end run batch ---
  if (o.files.empty() && stdin_is_piped()) o.files = {"-"};  // `cat resume.md | bescore`
  if (o.files.empty()) { err << "bescore: no input files (bescore --help)\n"; return 2; }
  bool to_terminal = isatty(STDOUT_FILENO) && o.out_file.empty();
  o.color = o.format == "text" && !no_color && color != "never" &&
            (color == "always" || (to_terminal && std::getenv("NO_COLOR") == nullptr));
  o.width = width ? width : terminal_width(to_terminal);
  if (all_findings) o.max_findings = 0;
  return run_score(o, **set, out, err);
}

}  // namespace bescore
