#include "parse/letter_cues.h"

namespace bescore {

namespace {
constexpr const char* kSalutations =
    R"(^dear\b|\bsincerely\b|yours (faithfully|truly|sincerely)|\bkind regards\b|\bbest regards\b|\bi am writing\b|)"
    R"(to whom it may concern)";
}  // namespace

const GatedPattern& letter_cues() {
  static const GatedPattern cues(std::string("(?i)(") + kSalutations +
                                 R"(|\bhiring manager\b|cover letter|\bi look forward\b|thank you for (your|considering)|)"
                                 R"(\bi am excited to apply\b|\bi would welcome\b))");
  return cues;
}

const GatedPattern& letter_salutations() {
  static const GatedPattern cues(std::string("(?i)(") + kSalutations + ")");
  return cues;
}

}  // namespace bescore
