#include "engine/saved_report.h"

#include "base/file.h"
#include "report/json_report.h"

namespace bescore {

using nlohmann::json;

Result<json> saved_or_scored(const std::string& path, Engine& engine) {
  auto read = read_file(path, engine.options().limits.max_bytes);
  if (!read) return Error{read.error()};
  const std::string& text = *read;
  if (!text.empty() && text[0] == '{') {
    try {
      json j = json::parse(text);
      if (j.contains("score") && j.contains("findings")) return j;  // a saved JSON report
    } catch (const json::exception&) {  // not JSON, or a number beyond range: read it as a resume
    }
  }
  auto report = engine.score_file(path);
  if (!report) return Error{report.error()};
  return json::parse(report_to_json(*report).dump());
}

}  // namespace bescore
