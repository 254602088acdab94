#include "engine/thresholds.h"

namespace bescore {

std::string failed_because(int score, const std::vector<Finding>& findings, const Thresholds& t) {
  std::string why;
  if (t.fail_under >= 0 && score < t.fail_under)
    why = "score " + std::to_string(score) + " is below " +
          (t.fail_under_from == "--fail-under" ? "--fail-under " : "fail-under ") + std::to_string(t.fail_under) +
          (t.fail_under_from == "--fail-under" ? "" : " (" + t.fail_under_from + ")");
  if (t.fail_on.empty()) return why;
  size_t n = 0;
  for (const auto& f : findings) n += f.severity == "error" || (t.fail_on == "warning" && f.severity == "warning");
  if (n == 0) return why;
  std::string kind = t.fail_on == "warning" ? "error or warning" : "error";
  return (why.empty() ? "" : why + "; ") + std::to_string(n) + " " + kind + (n == 1 ? " finding" : " findings") +
         (t.fail_on_from == "--fail-on" ? " with --fail-on " + t.fail_on : " with fail-on " + t.fail_on + " (" + t.fail_on_from + ")");
}

}  // namespace bescore
