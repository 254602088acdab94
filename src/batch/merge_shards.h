// `bescore batch --merge SHARD.jsonl...`: one cohort from the JSON Lines of batches run elsewhere (other machines,
// GNU parallel's jobs), read line by line in the order given, into the same outputs and summary a single batch
// over all their files writes (docs/batch.md, "Shards").
#pragma once
#include <iosfwd>

#include "batch/batch_options.h"

namespace bescore {

struct RuleSet;

/// Joins options.paths (JSON Lines files, "-" for stdin) into options.out and the summary; the exit status of a
/// batch over the same files. rules gives the CSV's category columns (the set the shards were scored with).
int merge_shards(const BatchOptions& options, const RuleSet& rules, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace bescore
