#include "report/report_diff.h"

#include <ostream>
#include <set>

namespace bescore {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// Lines move between versions; a finding is the same finding when its rule and words are.
std::string key_of(const json& f) { return f.value("rule", "") + "\x1f" + f.value("excerpt", "") + "\x1f" + f.value("message", ""); }

ordered_json brief(const json& f) {
  ordered_json j;
  j["rule"] = f.value("rule", "");
  j["points"] = f.value("points", 0);
  j["message"] = f.value("message", "");
  j["excerpt"] = f.value("excerpt", "");
  j["location"] = f.value("location", json::object());
  return j;
}

}  // namespace

ordered_json diff_reports(const json& before, const json& after) {
  ordered_json d;
  d["before"] = {{"file", before.value("file", "")}, {"score", before.value("score", 0)}};
  d["after"] = {{"file", after.value("file", "")}, {"score", after.value("score", 0)}};
  d["change"] = after.value("score", 0) - before.value("score", 0);
  d["categories"] = ordered_json::array();
  for (const auto& c : after.value("categories", json::array())) {
    int old_score = 0;
    for (const auto& b : before.value("categories", json::array()))
      if (b.value("id", "") == c.value("id", "")) old_score = b.value("score", 0);
    d["categories"].push_back({{"id", c.value("id", "")}, {"name", c.value("name", "")}, {"before", old_score},
                               {"after", c.value("score", 0)}, {"weight", c.value("weight", 0)}});
  }
  std::multiset<std::string> old_keys, new_keys;
  for (const auto& f : before.value("findings", json::array())) old_keys.insert(key_of(f));
  for (const auto& f : after.value("findings", json::array())) new_keys.insert(key_of(f));
  d["fixed"] = ordered_json::array();
  d["new"] = ordered_json::array();
  for (const auto& f : before.value("findings", json::array()))
    if (!new_keys.count(key_of(f))) d["fixed"].push_back(brief(f));
  for (const auto& f : after.value("findings", json::array()))
    if (!old_keys.count(key_of(f))) d["new"].push_back(brief(f));
  return d;
}

int write_diff(const ordered_json& d, const std::string& format, std::ostream& out) {
  if (format == "json") {
    out << d.dump(2) << "\n";
    return 0;
  }
  int change = d["change"].get<int>();
  out << d["before"]["score"].get<int>() << " → " << d["after"]["score"].get<int>() << " ("
      << (change >= 0 ? "+" : "") << change << "): fixed " << d["fixed"].size() << ", new " << d["new"].size() << "\n\n";
  for (const auto& c : d["categories"]) {
    int b = c["before"].get<int>(), a = c["after"].get<int>();
    if (a == b) continue;
    out << "  " << c["name"].get<std::string>() << ": " << b << " → " << a << " of " << c["weight"].get<int>() << "\n";
  }
  for (const auto& f : d["fixed"])
    out << "  fixed  " << f["rule"].get<std::string>() << "  " << f["message"].get<std::string>() << "\n";
  for (const auto& f : d["new"])
    out << "  new    " << f["rule"].get<std::string>() << "  " << f["message"].get<std::string>() << "\n";
  return 0;
}

}  // namespace bescore
