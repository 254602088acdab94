// Stuffing: counts each asked skill's mentions line by line (a bullet pasted ten times counts ten), and
// the asked skills the skills section claims but no bullet shows.
#include "match/stuffing.h"

#include <algorithm>

#include "base/text.h"

namespace bescore {

namespace {

// Every line and bullet of the resume with the terms it names.
std::vector<std::pair<Location, std::vector<const Term*>>> units(const Resume& resume, const Lexicon& lexicon) {
  std::vector<std::pair<Location, std::vector<const Term*>>> out;
  for (const auto& s : resume.sections) {
    for (const auto& l : s.paragraph) out.emplace_back(l.at, lexicon.find(l.text));
    for (const auto& e : s.entries)
      for (const auto& b : e.bullets) out.emplace_back(b.at, b.terms);
  }
  return out;
}

}  // namespace

std::vector<Stuffing> find_stuffing(const std::vector<SkillMatch>& skills, const Resume& resume, const Lexicon& lexicon) {
  std::vector<Stuffing> out;
  auto all = units(resume, lexicon);
  for (const auto& m : skills) {
    if (m.skill.terms.empty()) continue;  // a family word is satisfied by many names, none repeated
    Stuffing s;
    for (const auto& [at, terms] : all)
      if (std::any_of(terms.begin(), terms.end(), [&](const Term* t) {
            return std::find(m.skill.terms.begin(), m.skill.terms.end(), t) != m.skill.terms.end();
          })) {
        ++s.resume_mentions;
        s.lines.push_back(at);
      }
    s.posting_mentions = m.skill.mentions;
    if (s.resume_mentions <= std::max(kRepeatFloor, kRepeatFactor * s.posting_mentions)) continue;
    s.kind = "repeated";
    s.terms = {m.skill.name};
    s.message = m.skill.name + " is named in " + std::to_string(s.resume_mentions) + " lines of the resume and " +
                std::to_string(s.posting_mentions) + " of the posting: a word repeated for a scanner reads as stuffing";
    out.push_back(s);
  }
  Stuffing padded;
  for (const auto& m : skills)
    if (m.shown == Shown::listed && m.in_skills) {
      padded.terms.push_back(m.skill.name);
      padded.lines.push_back(m.resume_at);
    }
  if (int(padded.terms.size()) >= kPaddedMin) {
    padded.kind = "padded";
    padded.message = std::to_string(padded.terms.size()) + " of the posting's skills are listed but no bullet shows them (" +
                     join(padded.terms) + "): show each in an accomplishment or drop it";
    out.push_back(padded);
  }
  return out;
}

}  // namespace bescore
