// Message and fix templates: "{n} of {total} bullets" with named values filled in.
#pragma once
#include <map>
#include <string>

namespace bescore {

using TemplateValues = std::map<std::string, std::string>;

/// Replaces each {name} in text with its value; unknown names are left as written.
std::string fill_template(const std::string& text, const TemplateValues& values);

/// The values as a fix quotes them: the person's words lose their closing full stop, so a clause the fix adds after
/// them ("{text}, cutting <metric> by <N>%") reads as one sentence.
TemplateValues fix_values(TemplateValues values);

/// A filled fix as a careful editor would leave it: a part that quotes nothing ("rewrite \"\" around ...") is cut
/// back to what it says without the example, or dropped.
std::string tidy_fix(const std::string& fix);

}  // namespace bescore
