// --redact: what identifies a person in a report becomes a placeholder numbered by the file's place in the
// batch, so a cohort report can be shared. Deterministic: the same input list gives the same placeholders.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace bescore {

/// "resume-3.pdf": the file's place in the batch (1-based) and its extension; nothing of its name or folder.
std::string redacted_file_name(const std::string& path, size_t position);

/// Rewrites every string of a report (the JSON of report_to_json) for position (1-based): the name and each
/// of its words → "Person 3", the email and any other email address → "email-3@redacted", the phone →
/// "phone-3", GitHub/LinkedIn handles → "user-3", every other URL of the contacts → "url-3-1.redacted"
/// (numbered in order); "file" → redacted_file_name.
void redact_report(nlohmann::ordered_json& report, size_t position);

}  // namespace bescore
