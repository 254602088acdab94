#include "report/text_report.h"

#include <algorithm>
#include <cstdio>

#include "check/template.h"
#include "check/util.h"
#include "report/match_report.h"
#include "report/wrap.h"

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

std::string bar(int score, int weight, int width, const Paint& paint) {
  int filled = weight > 0 ? (score * width + weight / 2) / weight : 0;
  std::string full, empty;
  for (int i = 0; i < width; ++i) (i < filled ? full : empty) += i < filled ? "█" : "░";
  const char* colour = score * 10 >= weight * 8 ? "32" : score * 10 >= weight * 5 ? "33" : "31";
  return paint(colour, full) + paint("2", empty);
}

const char* severity_colour(const std::string& s) { return s == "error" ? "1;31" : s == "warning" ? "1;33" : "1;36"; }

// The findings that cost points, most points first (the order of the report among equals); those that cost
// nothing apart: they are folded into one line unless every finding is asked for.
void split_findings(const Report& rep, std::vector<const Finding*>& costly, std::vector<const Finding*>& free,
                    std::vector<const Finding*>& audit) {
  for (const auto& f : rep.findings) (is_audit_finding(rep, f) ? audit : f.points > 0 ? costly : free).push_back(&f);
  std::stable_sort(costly.begin(), costly.end(), [](const Finding* a, const Finding* b) { return a->points > b->points; });
}

// "phrasing/first-person ×2, skills/order": the rules of findings that cost nothing, in report order.
std::string rule_counts(const std::vector<const Finding*>& findings) {
  std::vector<std::pair<std::string, int>> counts;
  for (const Finding* f : findings) {
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == f->rule; });
    if (it == counts.end()) counts.emplace_back(f->rule, 1);
    else ++it->second;
  }
  std::string out;
  for (const auto& [rule, n] : counts) out += (out.empty() ? "" : ", ") + rule + (n > 1 ? " ×" + std::to_string(n) : "");
  return out;
}

}  // namespace

std::string report_to_text(const Report& rep, const TextStyle& style) {
  Paint paint{style.color};
  const size_t width = std::max(style.width, 40);
  // Each piece of text wrapped to the width, continuation lines indented; colour goes on line by line.
  auto wrapped = [&](const std::string& text, size_t at, size_t indent, const char* colour = nullptr) {
    std::string out;
    auto lines = wrap_words(text, width > at ? width - at : 1, width > indent ? width - indent : 1);
    for (size_t i = 0; i < lines.size(); ++i)
      out += (i ? std::string(indent, ' ') : "") + (colour ? paint(colour, lines[i]) : lines[i]) + "\n";
    return out;
  };
  std::string out;
  // File, rule set, score: on one line joined by " · " as far as the width allows, else on lines of their own.
  std::vector<std::pair<std::string, std::string>> parts = {  // plain, painted
      {rep.file, paint("1", rep.file)},
      {rep.ruleset_name + " " + rep.ruleset_version, rep.ruleset_name + " " + rep.ruleset_version},
      {"score " + std::to_string(rep.score) + "/100 (" + score_band(rep.score) + ")  ·  read " +
           std::to_string(rep.reading.confidence) + "%",
       paint("1", "score " + std::to_string(rep.score) + "/100") + " (" + score_band(rep.score) + ")  ·  read " +
           std::to_string(rep.reading.confidence) + "%"}};
  size_t line_columns = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    size_t cols = columns(parts[i].first);
    if (i > 0 && line_columns + 5 + cols <= width) { out += "  ·  "; line_columns += 5; }
    else if (i > 0) { out += "\n"; line_columns = 0; }
    out += parts[i].second;
    line_columns += cols;
  }
  out += "\n";
  // What could not be read comes before anything else: the rest of the report rests on it.
  if (!rep.reading.problem.empty()) out += "  " + wrapped("! " + rep.reading.problem, 2, 4, "1;31");
  out += "\n";
  const int bar_width = width >= 80 ? 16 : 8;
  for (const auto& c : rep.categories) {
    char nums[32];
    std::snprintf(nums, sizeof nums, "%3d/%-3d", c.score, c.weight);
    size_t used = 2 + 16 + size_t(bar_width) + 2 + 7 + 2;
    out += "  " + pad(c.name, 16) + bar(c.score, c.weight, bar_width, paint) + "  " + nums + "  " +
           fit_columns(c.summary, width > used ? width - used : 0) + "\n";
  }
  // Audits (the layout audit) count problems instead of drawing a bar: they are advice outside the score.
  for (const auto& a : rep.audits) {
    bool structured = !rep.reading.low && (rep.reading.experience || rep.reading.bullets > 0);
    std::string what = a.problems == 0 ? (structured ? "nothing an ATS would trip on" : "no layout problems found")
                                       : std::to_string(a.problems) + (a.problems == 1 ? " problem" : " problems") + " an ATS would hit";
    size_t column = std::min<size_t>(36, 2 + 18 + size_t(bar_width));
    bool fits = column + columns(what) + 26 <= width;
    out += "  " + pad(a.name, column - 2) + paint(a.errors ? "1;31" : a.problems ? "33" : "32", what) +
           (fits ? paint("2", "  (not part of the score)") : "") + "\n";
    if (!fits) out += std::string(column, ' ') + paint("2", "(not part of the score)") + "\n";
  }
  if (rep.match) {  // its lines wrapped under their own indent
    std::string match = match_to_text(*rep.match, style.color);
    for (size_t pos = 0, nl; pos < match.size(); pos = nl + 1) {
      nl = match.find('\n', pos);
      if (nl == std::string::npos) nl = match.size();
      std::string line = match.substr(pos, nl - pos);
      size_t indent = line.find_first_not_of(' ');
      if (indent == std::string::npos) { out += line + "\n"; continue; }
      out += std::string(indent, ' ') + wrapped(line.substr(indent), indent, indent + 2);
    }
  }
  // A finding: points and rule, then its message wrapped beside the rule (below it on a narrow terminal), the line
  // it is about, and the fix.
  const size_t message_at = width >= 80 ? 30 : 6;
  auto print = [&](const Finding& f) {
    std::string pts = f.points > 0 ? "-" + std::to_string(f.points) : " 0";
    out += "  " + pad(pts, 4) + paint(severity_colour(f.severity), message_at == 30 ? pad(f.rule, 24) : f.rule);
    out += message_at == 30 ? wrapped(f.message, 30, 30) : "\n      " + wrapped(f.message, 6, 6);
    if (f.at.line > 0) {
      std::string place = "      " + pad(where(f.at), 9);
      out += f.excerpt.empty() ? "      " + where(f.at) + "\n"
                               : place + "\"" + fit_columns(f.excerpt, width > columns(place) + 2 ? width - columns(place) - 2 : 1) + "\"\n";
    }
    size_t fix_at = f.at.line > 0 ? 15 : 6;
    if (!f.fix.empty()) out += std::string(fix_at, ' ') + wrapped("→ " + f.fix, fix_at, fix_at + 2, "32");
  };
  std::vector<const Finding*> costly, free, audit;
  split_findings(rep, costly, free, audit);
  if (costly.empty() && free.empty()) {
    out += "\n  No findings: this resume follows every rule of the set.\n";
  } else {
    out += "\n";
    size_t shown = style.max_findings > 0 ? std::min(costly.size(), size_t(style.max_findings)) : costly.size();
    for (size_t i = 0; i < shown; ++i) print(*costly[i]);
    if (shown < costly.size())
      out += wrapped("  … " + std::to_string(costly.size() - shown) + " more (--all shows them; --format json lists all)", 0, 4);
    if (style.max_findings == 0) {
      for (const Finding* f : free) print(*f);
    } else if (!free.empty()) {
      out += wrapped("   0  " + std::to_string(free.size()) + (free.size() == 1 ? " note" : " notes") +
                     " that cost nothing: " + rule_counts(free) + " (--all shows them)", 0, 6);
    }
  }
  // Few and about the file, so always shown in full, after the advice that scores.
  if (!audit.empty()) {
    out += "\n" + wrapped("  What an applicant tracking system would meet (not part of the score):", 0, 2);
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
             e.location + "\" start=" + e.start + " end=" + e.end + (e.stack.empty() ? "" : " stack=\"" + e.stack + "\"") + "\n";
      for (const auto& b : e.about) out += "    " + pad(where(b.at), 9) + "about: " + b.text + "\n";
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
