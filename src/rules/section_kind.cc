#include "rules/section_kind.h"

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

std::optional<SectionKind> section_kind_named(const std::string& name) {
  for (SectionKind k : {SectionKind::header, SectionKind::summary, SectionKind::experience, SectionKind::projects,
                        SectionKind::skills, SectionKind::education, SectionKind::certifications, SectionKind::other})
    if (name == to_string(k)) return k;
  return std::nullopt;
}

}  // namespace bescore
