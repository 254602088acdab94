// Either side of `bescore diff`: a JSON report saved earlier, read as it is, or a resume scored by the engine as
// `bescore FILE` would score it (its config, suppressions, limits, rule set and posting).
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "base/result.h"
#include "engine/engine.h"

namespace bescore {

/// The JSON report of path: the file itself when it is a saved report (an object with "score" and "findings"),
/// else the engine's report of the resume; the one-line cause when it can be neither.
Result<nlohmann::json> saved_or_scored(const std::string& path, Engine& engine);

}  // namespace bescore
