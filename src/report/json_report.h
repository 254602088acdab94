// The JSON report: the documented contract of docs/json-report.md.
#pragma once
#include <nlohmann/json.hpp>

#include "score/report.h"

namespace bescore {

/// The version of the report's shape (docs/json-report.schema.json): raised when a field changes meaning or goes.
inline constexpr int kReportSchemaVersion = 1;

/// One report as JSON (object keys in a fixed order, so output is byte-stable).
nlohmann::ordered_json report_to_json(const Report& report);

/// The resume model alone, as `document` in the report and in --dump-text --format json.
nlohmann::ordered_json resume_to_json(const Resume& resume);

}  // namespace bescore
