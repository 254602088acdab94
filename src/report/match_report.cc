// Writers for the job match: the JSON object and the text block after the categories.
#include "report/match_report.h"

#include <cstdio>

#include "base/text.h"
#include "check/util.h"

namespace bescore {

using nlohmann::ordered_json;

namespace {

void put_location(ordered_json& j, const char* line_key, const char* page_key, const Location& at) {
  j[line_key] = at.line > 0 ? ordered_json(at.line) : ordered_json(nullptr);
  if (at.page > 0) j[page_key] = at.page;
}

std::string fit_text(double fit) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", fit);
  return buf;
}

}  // namespace

ordered_json match_to_json(const JobMatch& m) {
  ordered_json j;
  j["posting"] = m.posting_file;
  j["percentage"] = m.percentage >= 0 ? ordered_json(m.percentage) : ordered_json(nullptr);
  j["skills_percentage"] = m.skills_percentage >= 0 ? ordered_json(m.skills_percentage) : ordered_json(nullptr);
  j["role"] = {{"posting", m.role.posting_kind}, {"posting_from", m.role.posting_from}, {"resume", m.role.resume_kind},
               {"resume_from", m.role.resume_from}, {"fit", m.role.fit}, {"why", m.role.why}};
  j["required"] = m.required;
  j["preferred"] = m.preferred;
  j["weights"] = {{"required", kRequiredWeight},   {"preferred", kPreferredWeight},  {"listed_credit", kListedCredit},
                  {"neighbour_fit", kNeighbourFit}, {"other_kind_fit", kOtherKindFit}};
  j["skills"] = ordered_json::array();
  for (const auto& s : m.skills) {
    ordered_json sj;
    sj["name"] = s.skill.name;
    sj["family"] = s.skill.family;
    sj["asked"] = to_string(s.skill.asked);
    put_location(sj, "posting_line", "posting_page", s.skill.at);
    sj["resume"] = to_string(s.shown);
    put_location(sj, "resume_line", "resume_page", s.resume_at);
    sj["resume_term"] = s.resume_term.empty() ? ordered_json(nullptr) : ordered_json(s.resume_term);
    j["skills"].push_back(sj);
  }
  ordered_json t = {{"posting", m.title.posting}, {"resume", m.title.resume}};
  put_location(t, "resume_line", "resume_page", m.title.resume_at);
  t.update(ordered_json{{"verdict", m.title.verdict}, {"shared", m.title.shared}, {"why", m.title.why}});
  j["title"] = t;
  j["stuffing"] = ordered_json::array();
  for (const auto& s : m.stuffing) {
    ordered_json sj = {{"kind", s.kind}, {"terms", s.terms}};
    if (s.kind == "repeated") sj.update(ordered_json{{"resume_mentions", s.resume_mentions}, {"posting_mentions", s.posting_mentions}});
    sj["lines"] = ordered_json::array();
    for (const auto& at : s.lines) sj["lines"].push_back(at.line);
    sj["message"] = s.message;
    j["stuffing"].push_back(sj);
  }
  return j;
}

std::string match_to_text(const JobMatch& m, bool color) {
  auto bold = [&](const std::string& s) { return color ? "\x1b[1m" + s + "\x1b[0m" : s; };
  std::string title = m.title.posting.empty() ? m.posting_file : m.title.posting;
  if (m.percentage < 0) return "\n  match for " + title + ": the posting names no technology bescore knows\n";
  std::vector<std::string> missing, listed;
  int evidenced = 0;
  for (const auto& s : m.skills) {
    if (s.shown == Shown::missing) missing.push_back(s.skill.name + " (" + to_string(s.skill.asked) + ")");
    else if (s.shown == Shown::listed) listed.push_back(s.skill.name);
    else ++evidenced;
  }
  std::string head = "match " + std::to_string(m.percentage) + "% for " + title;
  std::string parts;
  if (!missing.empty()) parts += "missing " + join(missing);
  if (!listed.empty()) parts += (parts.empty() ? "" : "; ") + std::string("listed only: ") + join(listed);
  if (parts.empty()) parts = "every skill it asks for is shown in a bullet";
  std::string out = "\n  " + bold(head) + ": " + parts + "\n";
  const std::string indent = "      ";
  out += indent + std::to_string(m.required) + " required and " + std::to_string(m.preferred) + " preferred skills asked, " +
         std::to_string(evidenced) + " shown in bullets\n";
  if (m.role.fit < 1.0)
    out += indent + "role: " + m.role.why + ", so " + std::to_string(m.skills_percentage) + "% of the skills × " +
           fit_text(m.role.fit) + "\n";
  out += indent + "title " + m.title.verdict + ": ";
  if (m.title.resume.empty()) out += m.title.why + "\n";
  else
    out += "\"" + m.title.resume + "\" (" + where(m.title.resume_at) + ") for \"" + m.title.posting + "\": " + m.title.why +
           (m.title.shared.empty() ? "" : " (shared: " + join(m.title.shared) + ")") + "\n";
  for (const auto& s : m.stuffing) out += indent + "stuffing: " + s.message + "\n";
  return out;
}

}  // namespace bescore
