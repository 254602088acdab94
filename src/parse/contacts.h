// Contact details anywhere in the resume: email, GitHub, LinkedIn and other URLs.
#pragma once
#include <string>

#include "parse/resume.h"

namespace bescore {

/// Adds every contact detail and URL found in line to contacts (first of each kind wins); phones are found by find_phone.
void collect_contacts(const std::string& line, Contacts& contacts);

/// A phone number in line, or "" (only asked of header and contact lines: figures in bullets are not phones).
std::string find_phone(const std::string& line);

/// Whether line is mostly contact details (so it is not taken for a headline or a bullet).
bool is_contact_line(const std::string& line);

}  // namespace bescore
