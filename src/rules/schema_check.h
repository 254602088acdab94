// A small JSON Schema validator for the subset rules/ruleset.schema.json uses: type, properties,
// required, additionalProperties, items, enum, minimum, maximum, minItems, pattern-free $ref.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace bescore {

/// Checks instance against schema; returns "" when valid, else the first problem as "path: problem".
std::string check_schema(const nlohmann::json& instance, const nlohmann::json& schema);

/// Formats a JSON pointer-like path the way users read it: rules[7].pattern.
std::string json_path(const std::string& parent, const std::string& key);
std::string json_path(const std::string& parent, size_t index);

}  // namespace bescore
