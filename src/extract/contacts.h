// Contact details anywhere in the resume: email, GitHub, LinkedIn and other URLs. Read from extracted lines, below
// the parser, so both the readers' layout audit (contact details only in a page header: src/extract/layout_audit.h)
// and the parser (the resume's contacts) find them the same way.
#pragma once
#include <string>
#include <vector>

#include "document.h"

namespace bescore {

/// Ways to reach the person and see their work.
struct Contacts {
  std::string name;
  std::string email, phone, github, linkedin;
  std::vector<std::string> urls;  ///< Other URLs (portfolio, deployed projects), in order of appearance.
  Location line;                  ///< The contact line (where missing links belong), or the name line.
};

/// Adds every contact detail and URL found in line to contacts (first of each kind wins); phones are found by find_phone.
void collect_contacts(const std::string& line, Contacts& contacts);

/// The GitHub user a line names without a link ("GitHub: @name", "github/name", "§ name |" after the icon), or "".
std::string github_handle(const std::string& line);

/// A phone number in line, or "" (only asked of header and contact lines: figures in bullets are not phones).
std::string find_phone(const std::string& line);

/// Whether line is mostly contact details (so it is not taken for a headline or a bullet).
bool is_contact_line(const std::string& line);

}  // namespace bescore
