#include "rules/embedded.h"

namespace bescore {

const char* embedded_rule_file(const char* name) { return embedded_content(embedded_rule_files(), name); }

}  // namespace bescore
