#include "check/util.h"

namespace bescore {

std::string entry_label(const Entry& e) {
  if (e.title.empty() && e.organisation.empty()) return "untitled entry at " + where(e.at);
  if (e.organisation.empty() || e.organisation.find("://") != std::string::npos) return e.title;
  if (e.title.empty()) return e.organisation;
  return e.title + " at " + e.organisation;
}

std::string where(const Location& at) {
  if (at.page > 0) return "p" + std::to_string(at.page) + " l" + std::to_string(at.line);
  return "line " + std::to_string(at.line);
}

}  // namespace bescore
