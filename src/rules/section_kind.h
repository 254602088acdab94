// The kinds of section the advice talks about. The rule set's words map headings to these (rules/), the parser
// files each section under one (parse/), and rules say which ones they look at (check/).
#pragma once
#include <optional>
#include <string>

namespace bescore {

enum class SectionKind { header, summary, experience, projects, skills, education, certifications, other };

const char* to_string(SectionKind kind);

/// The kind a rule set names ("experience"), or nothing for a name that is not a kind.
std::optional<SectionKind> section_kind_named(const std::string& name);

}  // namespace bescore
