// `--rules auto` where it touches the world: today's date (the clock, or $SOURCE_DATE_EPOCH) and the resume read
// with the backend set for its sections and dates. The decision itself is pure: src/engine/pick_ruleset.h.
#pragma once
#include <string>
#include <vector>

#include "document.h"
#include "engine/pick_ruleset.h"
#include "extract/extract.h"
#include "check/ruleset.h"

namespace bescore {

/// Today as months since year 0: $SOURCE_DATE_EPOCH when set (reproducible runs), else the clock.
int today_months();

/// The path set for a resume's document, read with the backend set.
RulesetPick pick_for_document(const Document& doc, const RuleSet& backend);

/// `bescore --rules auto FILE...`: the path set for the first file, used for every file; the backend set, with
/// the reason, when there is none, it cannot be read within the run's limits, or it is standard input (read once).
RulesetPick pick_for_files(const std::vector<std::string>& files, const ExtractLimits& limits);

}  // namespace bescore
