#include "score/not_resume.h"

#include <re2/re2.h>

#include <set>
#include <sstream>

#include "parse/dates.h"
#include "parse/letter_cues.h"
#include "score/reading.h"

namespace bescore {

namespace {

// Distinct phrases of one pattern found in text (case-insensitive patterns, each counted once).
int distinct_hits(const std::string& text, const RE2& re) {
  re2::StringPiece in(text);
  std::string hit;
  std::set<std::string> seen;
  while (RE2::FindAndConsume(&in, re, &hit)) seen.insert(hit);
  return int(seen.size());
}

}  // namespace

std::string not_a_resume(const Document& doc, const Resume& r) {
  std::string text;
  int words = 0, dated = 0, placeholder_words = 0;
  for (const auto& l : doc.lines) {
    text += l.text + "\n";
    std::istringstream in(l.text);
    std::string w;
    int n = 0;
    while (in >> w) ++n;
    words += n;
    if (is_placeholder(l.text)) placeholder_words += n;
    DateRange dr;
    if (find_date_range(l.text, dr) && !dr.end.empty()) ++dated;
  }
  int bullets = 0;
  bool sections = false;
  for (const auto& l : doc.lines) bullets += l.bullet;
  for (const auto& s : r.sections) {
    sections = sections || s.kind == SectionKind::experience || s.kind == SectionKind::projects ||
               s.kind == SectionKind::education || s.kind == SectionKind::skills;
    for (const auto& e : s.entries) bullets += int(e.bullets.size());
  }
  if (words > 0 && placeholder_words * 2 > words) return "this is template placeholder text (lorem ipsum), not a resume";
  if (dated < 2) {  // a resume names dated roles or studies; postings and letters do not
    static const RE2 posting(
        "(?i)\\b(we are looking for|we're looking for|you will|you'll|about the role|about the team|about us|"
        "requirements|what you'll do|what you will do|what we offer|we offer|benefits|"
        "equal opportunity|the ideal candidate|job description|nice to have|join our|how to apply|apply now|"
        "salary range|you have|you are|must have|preferred qualifications|minimum qualifications|perks|preferred|"
        "is a plus|we're|we are|we use|are hiring|hiring an?|bonus)\\b");
    const RE2* letter = letter_cues().for_text(text);
    int post = distinct_hits(text, posting), mail = letter ? distinct_hits(text, *letter) : 0;
    // Postings talk to the reader: "you", "your".
    static const RE2 second_person("(?i)\\b(you|your)\\b");
    re2::StringPiece rest(text);
    int you = 0;
    while (RE2::FindAndConsume(&rest, second_person)) ++you;
    // Words a resume uses as much ("responsibilities", "our team") are not cues.
    post += you >= 3;
    if (post >= 4 && post > mail) return "this reads as a job posting, not a resume";
    if (mail >= 2 && bullets < 4) return "this reads as a cover letter, not a resume";
  }
  // A long text with none of them is still read (scored low, its report says why); a short one is not a resume.
  if (!sections && dated == 0 && bullets == 0 && words < 120)
    return "has no resume sections (no experience, education or skills)";
  return "";
}

}  // namespace bescore
