#include "report/json_report.h"

#include <cmath>

#include "report/ats_reading.h"
#include "report/match_report.h"
#include "version.h"

namespace bescore {

using nlohmann::ordered_json;

namespace {

// Included LaTeX files and JSON Resume values name their file and pointer; other locations stay page and line.
void add_source(ordered_json& j, const Location& at) {
  if (!at.file.empty()) j["file"] = at.file;
  if (!at.pointer.empty()) j["pointer"] = at.pointer;
}

ordered_json location(const Location& at) {
  ordered_json j;
  j["page"] = at.page;
  j["line"] = at.line;
  add_source(j, at);
  return j;
}

ordered_json bullet_json(const Bullet& b) {
  ordered_json j;
  j["text"] = b.text;
  j["page"] = b.at.page;
  j["line"] = b.at.line;
  add_source(j, b.at);
  if (!b.marked) j["marked"] = false;
  j["traits"] = ordered_json::array();
  for (const auto& t : b.traits) j["traits"].push_back(t);
  j["terms"] = ordered_json::array();
  for (const Term* t : b.terms) j["terms"].push_back(t->name);
  return j;
}

}  // namespace

ordered_json resume_to_json(const Resume& r) {
  ordered_json d;
  d["pages"] = r.pages;
  d["words"] = r.words;
  d["name"] = r.contacts.name;
  d["headline"] = r.headline;
  ordered_json c;
  c["email"] = r.contacts.email;
  c["phone"] = r.contacts.phone;
  c["github"] = r.contacts.github;
  c["linkedin"] = r.contacts.linkedin;
  c["urls"] = r.contacts.urls;
  d["contacts"] = c;
  d["skills"] = ordered_json::array();
  for (const auto& s : r.skills) {
    ordered_json j;
    j["text"] = s.text;
    j["term"] = s.term.empty() ? ordered_json(nullptr) : ordered_json(s.term);
    j["family"] = s.terms.empty() ? ordered_json(nullptr) : ordered_json(s.terms.front()->family->id);
    j["line"] = s.at.line;
    d["skills"].push_back(j);
  }
  d["sections"] = ordered_json::array();
  for (const auto& s : r.sections) {
    ordered_json sj;
    sj["kind"] = to_string(s.kind);
    sj["heading"] = s.heading;
    sj["page"] = s.at.page;
    sj["line"] = s.at.line;
    sj["entries"] = ordered_json::array();
    sj["bullets"] = ordered_json::array();
    for (const auto& e : s.entries) {
      ordered_json ej;
      ej["title"] = e.title;
      ej["organisation"] = e.organisation;
      ej["location"] = e.location;
      ej["stack"] = e.stack;
      ej["start"] = e.start;
      ej["end"] = e.end;
      ej["page"] = e.at.page;
      ej["line"] = e.at.line;
      ej["about"] = ordered_json::array();
      for (const auto& b : e.about) ej["about"].push_back(b.text);
      ej["bullets"] = ordered_json::array();
      for (const auto& b : e.bullets) {
        ej["bullets"].push_back(bullet_json(b));
        sj["bullets"].push_back(bullet_json(b));
      }
      sj["entries"].push_back(ej);
    }
    sj["text"] = ordered_json::array();
    for (const auto& l : s.paragraph) sj["text"].push_back(l.text);
    d["sections"].push_back(sj);
  }
  d["notes"] = r.notes;
  if (r.layout.known) d["layout"] = layout_to_json(r.layout);  // PDF and DOCX: what an ATS would meet (docs/ats.md)
  return d;
}

ordered_json report_to_json(const Report& rep) {
  ordered_json j;
  j["schema_version"] = kReportSchemaVersion;  // docs/json-report.schema.json
  j["bescore_version"] = version();
  j["file"] = rep.file;
  j["format"] = rep.format;
  j["ruleset"] = {{"id", rep.ruleset_id}, {"version", rep.ruleset_version}};
  if (!rep.ruleset_picked_because.empty()) j["ruleset"]["picked_because"] = rep.ruleset_picked_because;
  j["score"] = rep.score;
  j["band"] = score_band(rep.score);
  j["quality"] = rep.quality;
  j["confidence"] = rep.reading.confidence;
  j["low_confidence"] = rep.reading.low;
  j["reading_problem"] = rep.reading.problem.empty() ? ordered_json(nullptr) : ordered_json(rep.reading.problem);
  j["fit"] = {{"kind", rep.fit.kind}, {"factor", std::round(rep.fit.factor * 100) / 100},
              {"backend_evidence", std::round(rep.fit.backend * 10) / 10}, {"other_evidence", std::round(rep.fit.other * 10) / 10}};
  for (const auto& [kind, w] : rep.fit.evidence) j["fit"]["evidence"][kind] = std::round(w * 10) / 10;
  j["categories"] = ordered_json::array();
  for (const auto& c : rep.categories) {
    ordered_json cj;
    cj["id"] = c.id;
    cj["name"] = c.name;
    cj["weight"] = c.weight;
    cj["score"] = c.score;
    cj["judged"] = c.judged;
    cj["summary"] = c.summary;
    j["categories"].push_back(cj);
  }
  j["findings"] = ordered_json::array();
  for (const auto& f : rep.findings) {
    ordered_json fj;
    fj["rule"] = f.rule;
    fj["severity"] = f.severity;
    fj["category"] = f.category;
    fj["message"] = f.message;
    fj["fix"] = f.fix;
    fj["points"] = f.points;
    fj["location"] = location(f.at);
    fj["excerpt"] = f.excerpt;
    fj["lines"] = ordered_json::array();
    for (const auto& l : f.lines) fj["lines"].push_back(location(l));
    j["findings"].push_back(fj);
  }
  // Rules that had nothing to judge award none of their points (docs/scoring.md).
  j["not_judged"] = ordered_json::array();
  for (const auto& u : rep.unjudged)
    j["not_judged"].push_back({{"rule", u.rule}, {"category", u.category}, {"points", u.points}, {"why", u.why}});
  // Suppressed findings are counted, not silently dropped.
  j["suppressed"] = ordered_json::array();
  for (const auto& f : rep.suppressed) j["suppressed"].push_back({{"rule", f.rule}, {"location", location(f.at)}, {"points", f.points}});
  if (rep.match) j["match"] = match_to_json(*rep.match);
  j["document"] = resume_to_json(rep.resume);
  return j;
}

}  // namespace bescore
