// The thresholds that set the exit code (--fail-under, --fail-on, or a .bescore.json's "fail-under" and
// "fail-on"), and why a report fails them: one judgement for `bescore FILE`, `bescore batch` and its --merge.
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"

namespace bescore {

/// What a file is judged by; each threshold names where it came from (the option, or the config file's path).
struct Thresholds {
  int fail_under = -1;   ///< exit 1 when the score is below it; -1: none
  std::string fail_on;   ///< "error" or "warning": exit 1 when a finding is that severe; empty: none
  std::string fail_under_from = "--fail-under", fail_on_from = "--fail-on";
};

/// Why a score and its findings fail the thresholds ("score 19 is below --fail-under 80; 3 error findings with
/// --fail-on error"), or empty when they pass.
std::string failed_because(int score, const std::vector<Finding>& findings, const Thresholds& t);

}  // namespace bescore
