#include "report/cohort_csv.h"

#include <string_view>

namespace bescore {

namespace {

std::string join_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\n";
}

}  // namespace

// A number as the CSV writes it ("71", "-3"): left as it is, so a spreadsheet still reads it as a number.
static bool plain_number(const std::string& v) {
  size_t i = v[0] == '-' || v[0] == '+' ? 1 : 0;
  if (i == v.size()) return false;
  bool dot = false;
  for (; i < v.size(); ++i) {
    if (v[i] == '.' && !dot) dot = true;
    else if (v[i] < '0' || v[i] > '9') return false;
  }
  return true;
}

std::string csv_field(const std::string& raw) {
  // A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first: "=HYPERLINK(...)" as a file name
  // or a role title) is made inert with a leading apostrophe, as OWASP recommends for CSV injection.
  std::string value = raw;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos && !plain_number(value))
    value.insert(0, 1, '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string cohort_csv_header(const std::vector<Category>& categories, const CohortColumns& columns) {
  std::vector<std::string> fields = {"file"};
  if (columns.report) fields.push_back("report");
  fields.push_back("score");
  if (columns.rules) fields.push_back("rules");
  if (columns.match) fields.insert(fields.end(), {"match", "title_match", "fits", "missing_required"});
  for (const auto& c : categories) fields.push_back(c.id);
  for (size_t i = 1; i <= kCsvFixes; ++i)
    for (const char* part : {"_rule", "_points", "_message"}) fields.push_back("fix" + std::to_string(i) + part);
  fields.insert(fields.end(), {"confidence", "flag", "error"});
  return join_row(fields);
}

std::string cohort_csv_row(const CohortEntry& e, const std::vector<Category>& categories, const CohortColumns& columns) {
  std::vector<std::string> fields = {e.file};
  if (columns.report) fields.push_back(e.report_link);
  fields.push_back(e.scored() ? std::to_string(e.score) : "");
  if (columns.rules) fields.push_back(e.rules);
  if (columns.match) {
    bool has = e.scored() && e.match && e.match->percentage >= 0;
    std::string missing;
    for (const auto& name : has ? e.match->missing_required() : std::vector<std::string>{})
      missing += (missing.empty() ? "" : "; ") + name;
    fields.push_back(has ? std::to_string(e.match->percentage) : "");
    fields.push_back(has ? e.match->title_verdict : "");
    fields.push_back(has ? (e.match->fits() ? "yes" : "no") : "");
    fields.push_back(missing);
  }
  for (const auto& c : categories) {
    std::string cell;
    for (const auto& s : e.categories)
      if (s.id == c.id && e.scored()) cell = std::to_string(s.score);
    fields.push_back(cell);
  }
  auto fixes = biggest_fixes(e, kCsvFixes);
  for (size_t i = 0; i < kCsvFixes; ++i) {
    bool has = i < fixes.size();
    fields.push_back(has ? fixes[i].rule : "");
    fields.push_back(has ? std::to_string(fixes[i].points) : "");
    fields.push_back(has ? fixes[i].message : "");
  }
  fields.push_back(e.scored() ? std::to_string(e.confidence) : "");
  fields.push_back(e.scored() ? cohort_flag(e) : "");
  fields.push_back(e.error);
  return join_row(fields);
}

}  // namespace bescore
