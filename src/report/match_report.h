// The job match in the JSON report ("match") and as a compact block of the text report.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "match/job_match.h"

namespace bescore {

/// The "match" object of docs/json-report.md and docs/matching.md.
nlohmann::ordered_json match_to_json(const JobMatch& match);

/// "  match 72% for Senior Backend Engineer: missing Kafka (required), ...; listed only: Redis" and its details.
std::string match_to_text(const JobMatch& match, bool color);

}  // namespace bescore
