#include "cli/job_options.h"

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>

#include "engine/score_run.h"
#include "engine/auto_rules.h"
#include "extract/extract.h"
#include "process/file_deadline.h"

namespace bescore {

void add_job_options(CLI::App& app, ScoreOptions& o, std::string& rules_name, std::ostream& err) {
  app.add_option("--job", o.job_file, "Job posting (text, Markdown or PDF): report how each resume matches it");
  app.parse_complete_callback([&app, &o, &rules_name, &err] {
    bool batch = false;  // `batch --rules auto` picks a set per file, in each child (src/engine/engine.h)
    for (const CLI::App* sub : app.get_subcommands()) batch = batch || sub->get_name() == "batch";
    if (rules_name == "auto" && !batch) {
      // The first file is read to pick under the run's limits and time limit, as its own reading will be.
      std::optional<FileDeadline> deadline;
      if (o.timeout_seconds > 0 && !o.files.empty() && o.files.front() != "-") deadline.emplace(o.files.front(), o.timeout_seconds);
      RulesetPick pick = pick_for_files(o.files, engine_options(o).limits);
      rules_name = pick.id;
      o.picked_ruleset = pick.id;
      o.picked_because = pick.because;
      if (o.format == "text")
        err << "bescore: --rules auto: " << pick.id << " (" << pick.because << ")"
            << (o.files.size() > 1 ? ", picked from " + o.files.front() + " for every file" : "") << "\n";
    }
    if (o.job_file.empty()) return;
    auto doc = extract_posting(o.job_file);
    if (!doc) throw CLI::ValidationError("--job", o.job_file + ": " + doc.error());
    if (doc->lines.empty()) throw CLI::ValidationError("--job", o.job_file + ": no text found in the posting");
    o.job_posting = std::make_shared<const Document>(std::move(*doc));
  });
}

}  // namespace bescore
