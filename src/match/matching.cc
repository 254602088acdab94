// Matching one asked skill against the resume: a bullet is evidence, a list or a summary is a claim.
#include "match/skill_match.h"

namespace bescore {

const char* to_string(Shown shown) {
  static const char* names[] = {"missing", "listed", "evidenced"};
  return names[int(shown)];
}

namespace {

const Term* satisfying(const AskedSkill& skill, const std::vector<const Term*>& terms) {
  for (const Term* t : terms)
    if (skill.satisfied_by(t)) return t;
  return nullptr;
}

}  // namespace

SkillMatch find_in_resume(const AskedSkill& skill, const Resume& resume, const Lexicon& lexicon) {
  SkillMatch m;
  m.skill = skill;
  for (const auto& s : resume.sections) {
    if (s.kind != SectionKind::experience && s.kind != SectionKind::projects) continue;
    for (const auto& e : s.entries)
      for (const auto& b : e.bullets)
        if (const Term* t = satisfying(skill, b.terms)) {
          m.shown = Shown::evidenced;
          m.resume_at = b.at;
          m.resume_term = t->name;
          return m;
        }
  }
  for (const auto& sk : resume.skills)
    if (const Term* t = satisfying(skill, sk.terms)) {
      m.shown = Shown::listed;
      m.resume_at = sk.at;
      m.resume_term = t->name;
      m.in_skills = true;
      return m;
    }
  for (const Section* s : resume.sections_of(SectionKind::summary))
    for (const auto& l : s->paragraph)
      if (const Term* t = satisfying(skill, lexicon.find(l.text))) {
        m.shown = Shown::listed;
        m.resume_at = l.at;
        m.resume_term = t->name;
        return m;
      }
  return m;
}

}  // namespace bescore
