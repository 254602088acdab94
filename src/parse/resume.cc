#include "parse/resume.h"

namespace bescore {

std::vector<const Section*> Resume::sections_of(SectionKind kind) const {
  std::vector<const Section*> out;
  for (const auto& s : sections) if (s.kind == kind) out.push_back(&s);
  return out;
}

}  // namespace bescore
