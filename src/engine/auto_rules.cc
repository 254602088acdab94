#include "engine/auto_rules.h"

#include <cstdlib>
#include <ctime>

#include "extract/extract.h"
#include "parse/parser.h"

namespace bescore {

int today_months() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) now = std::time_t(std::strtoll(epoch, nullptr, 10));
  std::tm tm{};
  gmtime_r(&now, &tm);
  return (tm.tm_year + 1900) * 12 + tm.tm_mon;
}

RulesetPick pick_for_document(const Document& doc, const RuleSet& backend) {
  return pick_ruleset(parse_resume(doc, backend.vocabulary), today_months());
}

RulesetPick pick_for_files(const std::vector<std::string>& files, const ExtractLimits& limits) {
  if (files.empty()) return {"backend", "no resume file to pick from", 0};
  if (files.front() == "-") return {"backend", "standard input is read only once, so not ahead to pick from", 0};
  auto base = load_ruleset("backend");
  auto doc = extract_file(files.front(), limits);
  if (!base || !doc || doc->lines.empty()) return {"backend", files.front() + " could not be read to pick from", 0};
  return pick_for_document(*doc, **base);
}

}  // namespace bescore
