// Small helpers the rule kinds share for wording their findings.
#pragma once
#include <string>

#include "base/format.h"  // percent, shorten: the rule kinds word their findings with them
#include "parse/resume.h"

namespace bescore {

/// "Senior Engineer at Acme" or "Orders API", for messages about one entry.
std::string entry_label(const Entry& entry);

/// "line 14" or "p1 l14", the way a person finds the line.
std::string where(const Location& at);

}  // namespace bescore
