#include "report/text_report.h"

#include <cstdio>

#include "check/template.h"
#include "check/util.h"
#include "report/match_report.h"

namespace bescore {

namespace {

struct Paint {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
};

std::string pad(const std::string& s, size_t width) {
  // Pads by display columns: UTF-8 continuation bytes take no column.
  size_t cols = 0;
  for (unsigned char c : s) cols += (c & 0xC0) != 0x80;
  return cols >= width ? s + " " : s + std::string(width - cols, ' ');
}

std::string bar(int score, int weight, const Paint& paint) {
  const int width = 16;
  int filled = weight > 0 ? (score * width + weight / 2) / weight : 0;
  std::string full, empty;
  for (int i = 0; i < width; ++i) (i < filled ? full : empty) += i < filled ? "█" : "░";
  const char* colour = score * 10 >= weight * 8 ? "32" : score * 10 >= weight * 5 ? "33" : "31";
  return paint(colour, full) + paint("2", empty);
}

const char* severity_colour(const std::string& s) { return s == "error" ? "1;31" : s == "warning" ? "1;33" : "1;36"; }

}  // namespace

std::string report_to_text(const Report& rep, const TextStyle& style) {
  Paint paint{style.color};
  std::string out;
  out += paint("1", rep.file) + "  ·  " + rep.ruleset_name + " " + rep.ruleset_version + "  ·  score " +
         paint("1", std::to_string(rep.score) + "/100") + " (" + score_band(rep.score) + ")  ·  read " +
         std::to_string(rep.reading.confidence) + "%\n";
  // What could not be read comes before anything else: the rest of the report rests on it.
  if (!rep.reading.problem.empty()) out += "  " + paint("1;31", "! " + rep.reading.problem) + "\n";
  out += "\n";
  for (const auto& c : rep.categories) {
    char nums[32];
    std::snprintf(nums, sizeof nums, "%3d/%-3d", c.score, c.weight);
    out += "  " + pad(c.name, 16) + bar(c.score, c.weight, paint) + "  " + nums + "  " + shorten(c.summary, 80) + "\n";
  }
  // Audits (the layout audit) count problems instead of drawing a bar: they are advice outside the score.
  for (const auto& a : rep.audits) {
    bool structured = !rep.reading.low && (rep.reading.experience || rep.reading.bullets > 0);
    std::string what = a.problems == 0 ? (structured ? "nothing an ATS would trip on" : "no layout problems found")
                                       : std::to_string(a.problems) + (a.problems == 1 ? " problem" : " problems") + " an ATS would hit";
    out += "  " + pad(a.name, 34) + paint(a.errors ? "1;31" : a.problems ? "33" : "32", what) + paint("2", "  (not part of the score)") + "\n";
  }
  if (rep.match) out += match_to_text(*rep.match, style.color);
  auto print = [&](const Finding& f) {
    std::string pts = f.points > 0 ? "-" + std::to_string(f.points) : " 0";
    out += "  " + pad(pts, 4) + paint(severity_colour(f.severity), pad(f.rule, 24)) + f.message + "\n";
    if (f.at.line > 0) out += "      " + pad(where(f.at), 9) + (f.excerpt.empty() ? "" : "\"" + shorten(f.excerpt, 100) + "\"") + "\n";
    if (!f.fix.empty()) out += "      " + std::string(f.at.line > 0 ? 9 : 0, ' ') + paint("32", "→ " + f.fix) + "\n";
  };
  std::vector<const Finding*> scored, audit;
  for (const auto& f : rep.findings) (is_audit_finding(rep, f) ? audit : scored).push_back(&f);
  if (scored.empty()) {
    out += "\n  No findings: this resume follows every rule of the set.\n";
  } else {
    out += "\n";
    int shown = 0;
    for (const Finding* f : scored) {
      if (style.max_findings && shown++ >= style.max_findings) {
        out += "  … " + std::to_string(scored.size() - style.max_findings) + " more (--format json lists all)\n";
        break;
      }
      print(*f);
    }
  }
  // Few and about the file, so always shown in full, after the advice that scores.
  if (!audit.empty()) {
    out += "\n  What an applicant tracking system would meet (not part of the score):\n";
    for (const Finding* f : audit) print(*f);
  }
  return out;
}

std::string resume_to_text(const Resume& r) {
  std::string out = r.file + " (" + r.format + ", " + std::to_string(r.pages) + " page" + (r.pages == 1 ? "" : "s") + ", " +
                    std::to_string(r.words) + " words)\n";
  out += "name: " + r.contacts.name + "\nheadline: " + r.headline + "\n";
  out += "contacts: email=" + r.contacts.email + " phone=" + r.contacts.phone + " github=" + r.contacts.github +
         " linkedin=" + r.contacts.linkedin + "\n";
  for (const auto& u : r.contacts.urls) out += "url: " + u + "\n";
  for (const auto& n : r.notes) out += "note: " + n + "\n";
  for (const auto& s : r.sections) {
    out += "\n[" + std::string(to_string(s.kind)) + "] " + s.heading + (s.at.line ? "  (" + where(s.at) + ")" : "") + "\n";
    for (const auto& l : s.paragraph) out += "  " + pad(where(l.at), 9) + l.text + "\n";
    for (const auto& e : s.entries) {
      out += "  entry " + where(e.at) + ": title=\"" + e.title + "\" org=\"" + e.organisation + "\" location=\"" +
             e.location + "\" start=" + e.start + " end=" + e.end + "\n";
      for (const auto& b : e.bullets) {
        std::string traits;
        for (const auto& t : b.traits) traits += (traits.empty() ? "" : ",") + t;
        out += "    " + pad(where(b.at), 9) + (b.marked ? "• " : "¶ ") + b.text + "  {" + traits + "}\n";
      }
    }
  }
  if (!r.skills.empty()) {
    out += "\nskills (" + std::to_string(r.skills.size()) + "):";
    for (const auto& s : r.skills) out += " " + s.text + (s.term.empty() || s.term == s.text ? "" : "→" + s.term) + ";";
    out += "\n";
  }
  return out;
}

}  // namespace bescore
