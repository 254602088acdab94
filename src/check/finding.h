// What a rule reports: where, what, how much it costs and how to fix it.
#pragma once
#include <string>
#include <vector>

#include "document.h"

namespace bescore {

/// One problem found in one place (or about the whole resume when at.line is 0).
struct Finding {
  std::string rule;       ///< Rule id, e.g. "impact/quantified".
  std::string severity;   ///< "error", "warning" or "info".
  std::string category;   ///< Category id the points come out of.
  std::string message;    ///< What is wrong, with the person's own numbers.
  std::string fix;        ///< What to write instead, built from the person's own text.
  int points = 0;         ///< Points this finding costs (after the rule's cap).
  Location at;            ///< The main line the finding is about.
  std::string excerpt;    ///< The person's words at that line.
  std::vector<Location> lines;  ///< Every line the rule used to decide (the unquantified bullets...).
  bool lead = false;      ///< Shown before all others (the resume does not read as backend at all).
};

}  // namespace bescore
