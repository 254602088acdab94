// `bescore batch`: its options (the work is in src/batch/: run_batch.h, docs/batch.md).
#pragma once
#include <string>

#include "batch/batch_options.h"
#include "batch/run_batch.h"

namespace CLI {
class App;
}

namespace bescore {

/// Registers `batch` and its options; --rules is bound to the command's own rule-set name.
CLI::App* add_batch_command(CLI::App& app, BatchOptions& options, std::string& rules);

}  // namespace bescore
