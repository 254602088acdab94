#include "parse/resume.h"

namespace bescore {

const char* to_string(SectionKind kind) {
  switch (kind) {
    case SectionKind::header: return "header";
    case SectionKind::summary: return "summary";
    case SectionKind::experience: return "experience";
    case SectionKind::projects: return "projects";
    case SectionKind::skills: return "skills";
    case SectionKind::education: return "education";
    case SectionKind::certifications: return "certifications";
    case SectionKind::other: return "other";
  }
  return "other";
}

std::vector<const Section*> Resume::sections_of(SectionKind kind) const {
  std::vector<const Section*> out;
  for (const auto& s : sections) if (s.kind == kind) out.push_back(&s);
  return out;
}

}  // namespace bescore
