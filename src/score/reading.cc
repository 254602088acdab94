#include "score/reading.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "base/gated_pattern.h"
#include "base/text.h"
#include "check/util.h"

namespace bescore {

namespace {

// A short line that looks set apart as a heading: marked by the source, or in capitals, with no full stop.
bool looks_like_heading(const TextLine& l) {
  int words = count_words(l.text);
  if (words == 0 || words > 4 || l.text.back() == '.' || l.text.find('@') != std::string::npos) return false;
  if (l.heading > 0) return true;
  int letters = 0, upper = 0;
  for (unsigned char c : l.text)
    if (std::isalpha(c)) ++letters, upper += bool(std::isupper(c));
  return letters >= 4 && upper == letters;
}

// Words the reader can vouch for in a section: everything in entry sections; a summary's first paragraph;
// a skills section's list lines; the header's name, headline and contact lines.
int recognised_words(const Section& s) {
  int n = 0;
  for (const auto& e : s.entries) {
    n += count_words(e.title) + count_words(e.organisation) + count_words(e.location) + count_words(e.stack);
    for (const auto& b : e.bullets) n += count_words(b.text);
    for (const auto& b : e.about) n += count_words(b.text);
  }
  int lines = 0, summary_words = 0;
  for (const auto& l : s.paragraph) {
    int w = count_words(l.text);
    switch (s.kind) {
      case SectionKind::header: n += ++lines <= 4 ? w : 0; break;
      case SectionKind::summary: n += summary_words < 120 ? w : 0; summary_words += w; break;
      case SectionKind::skills: n += w <= 30 ? w : 0; break;
      default: n += w;
    }
  }
  return n;
}

// The likeliest reason no experience was found, for the report's first line.
std::string missing_experience_cause(const Resume& r) {
  size_t lines = 0;
  int longest = 0;
  for (const auto& s : r.sections) {
    lines += s.paragraph.size() + s.entries.size();
    for (const auto& l : s.paragraph) longest = std::max(longest, count_words(l.text));
  }
  if (lines <= 3 && longest > 120) return "the text has no line breaks, so no headings could be told apart";
  for (const auto& s : r.sections)
    for (const auto& l : s.paragraph)
      if (looks_like_heading(l) && !(s.kind == SectionKind::header && &l == &s.paragraph.front()))
        return "the heading '" + l.text + "' on " + where(l.at) + " was not recognised";
  if (r.words < 60) return "the file holds only " + std::to_string(r.words) + " words";
  return "no heading such as Experience, Work History or Employment was found";
}

}  // namespace

bool is_placeholder(const std::string& text) {
  static const GatedPattern lorem(
      "(?i)\\b(lorem ipsum|dolor sit amet|consectetur adipiscing|sed do eiusmod|ut labore et dolore|"
      "ut enim ad minim|duis aute irure|excepteur sint)\\b");
  static const GatedPattern template_field(
      "(?i)^\\W*(job title|position title|your name|company name|employer( name)?|school name|university name|"
      "degree name|city,? state|month,? year|mm/yyyy|start date|end date|dates? of employment|"
      "describe your (role|responsibilities|achievements)[^.]*|your (email|phone|address)|\\[[^\\]]*\\]|"
      "sample text( with (emphasis|formatting|bold|italics?|links?))?[!.]?|(some|your|example|placeholder|dummy) text( goes)? here)"
      "(\\s*[|,–—-]\\s*(job title|position title|company name|employer( name)?|city,? state|month,? year|"
      "mm/yyyy|start date|end date|present|location|\\[[^\\]]*\\]))*\\W*$");
  return lorem.partial_match(text) || template_field.full_match(text);
}

int drop_placeholders(Resume& r) {
  int dropped = 0;
  for (auto& s : r.sections) {
    auto lines = std::remove_if(s.paragraph.begin(), s.paragraph.end(), [](const TextLine& l) { return is_placeholder(l.text); });
    dropped += int(s.paragraph.end() - lines);
    s.paragraph.erase(lines, s.paragraph.end());
    for (auto& e : s.entries)
      for (auto* points : {&e.bullets, &e.about}) {
        auto bs = std::remove_if(points->begin(), points->end(), [](const Bullet& b) { return is_placeholder(b.text); });
        dropped += int(points->end() - bs);
        points->erase(bs, points->end());
      }
    auto es = std::remove_if(s.entries.begin(), s.entries.end(), [](const Entry& e) {
      return e.bullets.empty() && is_placeholder(e.title + (e.organisation.empty() ? "" : " | " + e.organisation));
    });
    dropped += int(s.entries.end() - es);
    s.entries.erase(es, s.entries.end());
  }
  return dropped;
}

Reading assess_reading(const Resume& r) {
  Reading out;
  int recognised = 0;
  for (const auto& s : r.sections) {
    recognised += recognised_words(s);
    if (s.kind == SectionKind::experience && !s.entries.empty()) out.experience = true;
    if (s.kind == SectionKind::experience || s.kind == SectionKind::projects)
      for (const auto& e : s.entries) out.bullets += int(e.bullets.size());
  }
  out.confidence = r.words <= 0 ? 0 : std::clamp(int(std::lround(100.0 * recognised / r.words)), 0, 100);
  out.low = out.confidence < kLowConfidence;
  if (!out.experience && out.bullets == 0)
    out.problem = "no experience section and no bullets found: " + missing_experience_cause(r) +
                  "; the parts that could not be read earn no points";
  else if (out.low)
    out.problem = "low reading confidence: only " + std::to_string(out.confidence) +
                  "% of the text landed in recognised sections and bullets, so this score may miss much of the resume";
  return out;
}

}  // namespace bescore
