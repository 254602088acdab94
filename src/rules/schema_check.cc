#include "rules/schema_check.h"

namespace bescore {

using nlohmann::json;

std::string json_path(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}
std::string json_path(const std::string& parent, size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

namespace {

bool has_type(const json& v, const std::string& type) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "integer") return v.is_number_integer();
  if (type == "number") return v.is_number();
  if (type == "boolean") return v.is_boolean();
  if (type == "null") return v.is_null();
  return false;
}

const json& resolve(const json& schema, const json& root) {
  if (schema.is_object() && schema.contains("$ref")) {
    std::string ref = schema["$ref"].get<std::string>();  // "#/definitions/name"
    return root.at(json::json_pointer(ref.substr(1)));
  }
  return schema;
}

std::string check(const json& v, const json& s_in, const json& root, const std::string& path) {
  const json& s = resolve(s_in, root);
  const std::string where = path.empty() ? "(top level)" : path;
  if (s.contains("type")) {
    bool ok = false;
    std::string names;
    auto types = s["type"].is_array() ? s["type"] : json::array({s["type"]});
    for (const auto& t : types) {
      ok = ok || has_type(v, t.get<std::string>());
      names += (names.empty() ? "" : " or ") + t.get<std::string>();
    }
    if (!ok) return where + ": expected " + names + ", got " + std::string(v.type_name());
  }
  if (s.contains("enum")) {
    bool found = false;
    for (const auto& e : s["enum"]) found = found || e == v;
    if (!found) return where + ": " + v.dump() + " is not one of " + s["enum"].dump();
  }
  if (v.is_number()) {
    if (s.contains("minimum") && v.get<double>() < s["minimum"].get<double>())
      return where + ": " + v.dump() + " is below the minimum " + s["minimum"].dump();
    if (s.contains("maximum") && v.get<double>() > s["maximum"].get<double>())
      return where + ": " + v.dump() + " is above the maximum " + s["maximum"].dump();
  }
  if (v.is_array()) {
    if (s.contains("minItems") && v.size() < s["minItems"].get<size_t>())
      return where + ": needs at least " + s["minItems"].dump() + " items";
    if (s.contains("items"))
      for (size_t i = 0; i < v.size(); ++i)
        if (auto e = check(v[i], s["items"], root, json_path(path, i)); !e.empty()) return e;
  }
  if (v.is_object()) {
    if (s.contains("required"))
      for (const auto& r : s["required"])
        if (!v.contains(r.get<std::string>())) return json_path(path, r.get<std::string>()) + ": is required";
    const json* props = s.contains("properties") ? &s["properties"] : nullptr;
    for (auto it = v.begin(); it != v.end(); ++it) {
      std::string sub = json_path(path, it.key());
      if (props && props->contains(it.key())) {
        if (auto e = check(it.value(), (*props)[it.key()], root, sub); !e.empty()) return e;
      } else if (s.contains("additionalProperties")) {
        const json& ap = s["additionalProperties"];
        if (ap.is_boolean() && !ap.get<bool>()) return sub + ": unknown key";
        if (ap.is_object())
          if (auto e = check(it.value(), ap, root, sub); !e.empty()) return e;
      }
    }
  }
  return "";
}

}  // namespace

std::string check_schema(const json& instance, const json& schema) {
  return check(instance, schema, schema, "");
}

}  // namespace bescore
