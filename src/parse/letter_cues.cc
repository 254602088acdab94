#include "parse/letter_cues.h"

namespace bescore {

const GatedPattern& letter_cues() {
  static const GatedPattern cues(
      R"((?i)(^dear\b|\bsincerely\b|yours (faithfully|truly|sincerely)|\bkind regards\b|\bbest regards\b|)"
      R"(\bi am writing\b|to whom it may concern|\bhiring manager\b|cover letter|\bi look forward\b|)"
      R"(thank you for (your|considering)|\bi am excited to apply\b|\bi would welcome\b))");
  return cues;
}

}  // namespace bescore
