#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/batch.h"
#include "cli/score_files.h"
#include "parse/parser.h"
#include "report/json_report.h"
#include "report/text_report.h"

namespace bescore {

namespace {

struct Options {
  std::vector<std::string> files;
  std::string rules = "backend";
  std::string format = "text";
  int fail_under = -1;
  bool dump_text = false;
  bool no_color = false;
  size_t max_size_mb = 20;
  int max_pages = 20;
  int max_findings = 0;
};

int explain(const RuleSet& set, const std::string& id, std::ostream& out, std::ostream& err) {
  const Rule* rule = set.rule(id);
  if (!rule) {
    err << "bescore: no rule '" << id << "' in " << set.id << " (bescore rules lists them)\n";
    return 2;
  }
  const auto& s = rule->spec();
  out << s.id << "  (" << s.kind << ", " << s.category << ", " << s.severity << ", up to " << s.points << " points)\n\n";
  out << "Why: " << s.why << "\n\nSource: " << s.source << "\n\nParameters: " << s.params.dump() << "\n\n";
  out << "Message: " << s.message << "\nFix: " << s.fix << "\n";
  for (const auto& [re, fix] : s.fixes) out << "Fix when the text is about that: " << fix << "\n";
  return 0;
}

int list_rules(const RuleSet& set, std::ostream& out) {
  out << set.name << " " << set.version << " (" << set.id << ", " << set.origin << "), " << set.rules.size()
      << " rules, " << set.total_points() << " points\n";
  for (const auto& c : set.categories) {
    out << "\n" << c.name << " (" << c.weight << ")\n";
    for (const auto& r : set.rules)
      if (r->spec().category == c.id)
        out << "  " << r->spec().points << (r->spec().points < 10 ? "   " : "  ") << r->spec().id << "  [" << r->spec().kind
            << ", " << r->spec().severity << "]\n";
  }
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"bescore: scores a resume for backend engineering roles, offline, and says what to fix"};
  app.set_version_flag("--version", std::string("bescore ") + BESCORE_VERSION);
  Options o;
  app.add_option("--rules", o.rules, "Rule set: a built-in name (backend) or a JSON file");
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--fail-under", o.fail_under, "Exit 1 when a score is below N")->check(CLI::Range(0, 100));
  app.add_flag("--dump-text", o.dump_text, "Print what bescore read: sections, entries, bullets and traits");
  app.add_flag("--no-color", o.no_color, "No colours (also when NO_COLOR is set)");
  app.add_option("--max-size", o.max_size_mb, "Largest input file in MB")->check(CLI::Range(1, 2048));
  app.add_option("--max-pages", o.max_pages, "Most PDF pages read")->check(CLI::Range(1, 10000));
  app.add_option("--max-findings", o.max_findings, "Show at most N findings in the text report (0: all)");
  auto* explain_cmd = app.add_subcommand("explain", "Explain a rule: why, source, parameters, example fix");
  std::string explain_id;
  explain_cmd->add_option("RULE", explain_id, "Rule id, e.g. impact/quantified")->required();
  auto* rules_cmd = app.add_subcommand("rules", "List the rules of a set with their points");
  // --- subcommands: batch (src/cli/batch.cc) ---
  BatchOptions batch;
  CLI::App* batch_cmd = add_batch_command(app, batch, o.rules);
  // --- end batch ---
  app.add_option("FILE", o.files, "Resume files (PDF, text, Markdown)");
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) { out << (e.get_name() == "CallForVersion" ? app.version() + "\n" : app.help()); return 0; }
    err << "bescore: " << e.what() << "\n";
    return 2;
  }

  auto set = load_ruleset(o.rules);
  if (!set) { err << "bescore: " << set.error() << "\n"; return 2; }
  if (explain_cmd->parsed()) return explain(**set, explain_id, out, err);
  if (rules_cmd->parsed()) return list_rules(**set, out);
  // --- run: batch ---
  if (batch_cmd->parsed()) {
    batch.inherit(o.fail_under, o.max_size_mb, o.max_pages);
    return run_batch(batch, **set, std::cin, out, err);
  }
  // --- end run batch ---
  if (o.files.empty()) { err << "bescore: no input files (bescore --help)\n"; return 2; }

  bool color = !o.no_color && std::getenv("NO_COLOR") == nullptr && isatty(STDOUT_FILENO) && o.format == "text";
  ExtractLimits limits;
  limits.max_bytes = o.max_size_mb << 20;
  limits.max_pages = o.max_pages;
  int code = 0;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  bool first = true;
  for (const auto& file : o.files) {
    Outcome r = score_file(file, **set, limits);
    if (!r.report) {
      err << "bescore: " << file << ": " << r.error << "\n";
      code = 2;
      continue;
    }
    if (o.fail_under >= 0 && r.report->score < o.fail_under && code == 0) code = 1;
    if (o.format == "json") {
      all.push_back(o.dump_text ? resume_to_json(r.report->resume) : report_to_json(*r.report));
    } else {
      if (!first) out << "\n";
      out << (o.dump_text ? resume_to_text(r.report->resume) : report_to_text(*r.report, {color, o.max_findings}));
    }
    first = false;
  }
  if (o.format == "json") {
    if (all.size() == 1 && o.files.size() == 1) out << all[0].dump(2) << "\n";
    else out << all.dump(2) << "\n";
  }
  return code;
}

}  // namespace bescore
