// Matching one asked skill against the resume: a bullet is evidence, a list or a summary is a claim.
#include "match/skill_match.h"

#include <cctype>
#include <string_view>

namespace bescore {

const char* to_string(Shown shown) {
  static const char* names[] = {"missing", "listed", "evidenced"};
  return names[int(shown)];
}

namespace {

// A tool the lexicon does not know is shown where the text names it as written, as a word of its own.
bool names_literally(std::string_view text, std::string_view name) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]))) return true;
  }
  return false;
}

// The resume's name for what satisfies the skill in one piece of text with its lexicon terms, or empty.
std::string shown_in(const AskedSkill& skill, const std::string& text, const std::vector<const Term*>& terms) {
  if (!skill.literal.empty()) return names_literally(text, skill.literal) ? skill.literal : "";
  for (const Term* t : terms)
    if (skill.satisfied_by(t)) return t->name;
  return "";
}

}  // namespace

SkillMatch find_in_resume(const AskedSkill& skill, const Resume& resume, const Lexicon& lexicon) {
  SkillMatch m;
  m.skill = skill;
  for (const auto& s : resume.sections) {
    if (s.kind != SectionKind::experience && s.kind != SectionKind::projects) continue;
    for (const auto& e : s.entries)
      for (const auto& b : e.bullets)
        if (std::string name = shown_in(skill, b.text, b.terms); !name.empty()) {
          m.shown = Shown::evidenced;
          m.resume_at = b.at;
          m.resume_term = name;
          return m;
        }
  }
  for (const auto& sk : resume.skills)
    if (std::string name = shown_in(skill, sk.text, sk.terms); !name.empty()) {
      m.shown = Shown::listed;
      m.resume_at = sk.at;
      m.resume_term = name;
      m.in_skills = true;
      return m;
    }
  for (const Section* s : resume.sections_of(SectionKind::summary))
    for (const auto& l : s->paragraph)
      if (std::string name = shown_in(skill, l.text, skill.literal.empty() ? lexicon.find(l.text) : std::vector<const Term*>{});
          !name.empty()) {
        m.shown = Shown::listed;
        m.resume_at = l.at;
        m.resume_term = name;
        return m;
      }
  return m;
}

}  // namespace bescore
