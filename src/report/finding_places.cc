#include "report/finding_places.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace bescore {

namespace {

using LineKey = std::tuple<std::string, int, int>;  // file, page, line

std::map<LineKey, int> bullet_spans(const Resume& resume) {
  std::map<LineKey, int> spans;
  for (const auto& s : resume.sections)
    for (const auto& e : s.entries)
      for (const auto& b : e.bullets) spans[{b.at.file, b.at.page, b.at.line}] = std::max(1, b.line_count);
  return spans;
}

// The next line of a wrapped bullet sits just below the one before it, in the same column.
bool continues(const PageBox& above, const PageBox& below) {
  double height = std::max(1.0, above.y1 - above.y0);
  bool overlaps_across = below.x0 < above.x1 && below.x1 > above.x0;
  return below.y0 >= above.y0 && below.y0 - above.y1 < 1.5 * height && overlaps_across;
}

std::optional<FindingPlace> place_of(const Finding& f, const Resume& resume, const std::map<LineKey, int>& spans) {
  if (f.at.line <= 0) return std::nullopt;
  FindingPlace p;
  p.page = f.at.page;
  p.file = f.at.file;
  p.first = f.at.line;
  auto span = spans.find({f.at.file, f.at.page, f.at.line});
  p.last = p.first + (span == spans.end() ? 1 : span->second) - 1;
  if (f.at.page <= 0) return p;
  for (int line = p.first; line <= p.last; ++line) {
    auto box = resume.boxes.find({p.page, line});
    if (box == resume.boxes.end() || (!p.boxes.empty() && !continues(p.boxes.back(), box->second))) break;
    p.boxes.push_back(box->second);
  }
  p.last = p.boxes.empty() ? p.first : p.first + int(p.boxes.size()) - 1;
  for (const auto& b : p.boxes) {
    if (!p.bounds.known()) { p.bounds = b; continue; }
    p.bounds.x0 = std::min(p.bounds.x0, b.x0);
    p.bounds.y0 = std::min(p.bounds.y0, b.y0);
    p.bounds.x1 = std::max(p.bounds.x1, b.x1);
    p.bounds.y1 = std::max(p.bounds.y1, b.y1);
  }
  return p;
}

}  // namespace

std::vector<std::optional<FindingPlace>> finding_places(const Report& report) {
  auto spans = bullet_spans(report.resume);
  std::vector<std::optional<FindingPlace>> places;
  places.reserve(report.findings.size());
  for (const auto& f : report.findings) places.push_back(place_of(f, report.resume, spans));
  return places;
}

}  // namespace bescore
