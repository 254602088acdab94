#include "extract/tex_commands.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace bescore::tex {

Command make_heading(int level) { return {Role::Heading, 1, level, {}}; }
Command make_command(Role role, int args) { return {role, args, 0, {}}; }
Command make_layout(int args) { return {Role::Ignored, args, 0, {}}; }
Command make_entry(std::vector<EntryLayout> layouts) {
  size_t args = 0;
  for (const auto& l : layouts) args = std::max(args, l.size());
  return {Role::Entry, int(args), 0, std::move(layouts)};
}

namespace {

// Short names for the rows below.
Command heading(int level) { return make_heading(level); }
Command takes(Role role, int args) { return make_command(role, args); }
Command ignored(int args) { return make_layout(args); }
Command entry(std::vector<EntryLayout> layouts) { return make_entry(std::move(layouts)); }
using enum Field;

}  // namespace

const CommandTable& template_commands() {
  static const CommandTable table = {
      // Headings. One level down, like a Markdown "###": a synonym ("\subsection{Skills}") still names a section,
      // other subsections ("Vocational") stay lines inside the section instead of opening one.
      {"section", heading(1)}, {"section*", heading(1)}, {"cvsection", heading(1)}, {"chapter", heading(1)},
      {"chapter*", heading(1)}, {"part", heading(1)}, {"subsection", heading(3)}, {"subsection*", heading(3)},
      {"cvsubsection", heading(3)}, {"subsubsection", heading(4)}, {"subsubsection*", heading(4)},

      // Bullets and labelled lines.
      {"item", takes(Role::Item, 0)},
      {"resumeItem", takes(Role::Bullet, 2)}, {"resumeSubItem", takes(Role::Bullet, 2)},
      {"cvlistitem", takes(Role::Bullet, 2)}, {"cvlistdoubleitem", takes(Role::Bullets, 2)},
      {"cvitem", takes(Role::Labelled, 2)}, {"cvskill", takes(Role::Labelled, 2)},
      {"cvitemwithcomment", takes(Role::Labelled, 3)}, {"cvdoubleitem", takes(Role::LabelledPairs, 4)},

      // Entries. moderncv: \cventry{dates}{title}{employer}{city}{grade}{description}; awesome-cv:
      // \cventry{position}{organisation}{location}{dates}{description}.
      {"cventry", entry({{Dates, Title, Org, Place, Line, Description}, {Title, Org, Place, Dates, Description}})},
      // Jake's: {Title}{Dates}{Org}{Place} for jobs, {Org}{Place}{Title}{Dates} for schools; the dates tell which.
      {"resumeSubheading", entry({{Title, Dates, Org, Place}, {Org, Place, Title, Dates}})},
      {"resumeSubHeading", entry({{Title, Dates, Org, Place}, {Org, Place, Title, Dates}})},
      {"resumeSubSubheading", entry({{Title, Dates}})}, {"resumeProjectHeading", entry({{Title, Dates}})},

      // Links.
      {"href", takes(Role::Link, 2)}, {"url", takes(Role::Url, 1)}, {"nolinkurl", takes(Role::Url, 1)},

      // Includes. Awesome-CV: \import{\sectiondir}{experience.tex}.
      {"input", takes(Role::Include, 1)}, {"include", takes(Role::Include, 1)}, {"subfile", takes(Role::Include, 1)},
      {"import", takes(Role::Include, 2)}, {"subimport", takes(Role::Include, 2)},

      // Breaks, environments, definitions.
      {"newline", takes(Role::LineBreak, 0)}, {"linebreak", takes(Role::LineBreak, 0)},
      {"par", takes(Role::Paragraph, 0)}, {"begin", takes(Role::Begin, 1)}, {"end", takes(Role::End, 1)},
      {"newcommand", takes(Role::Definition, 0)}, {"newcommand*", takes(Role::Definition, 0)},
      {"renewcommand", takes(Role::Definition, 0)}, {"renewcommand*", takes(Role::Definition, 0)},
      {"providecommand", takes(Role::Definition, 0)}, {"providecommand*", takes(Role::Definition, 0)},
      {"def", takes(Role::Definition, 0)},

      // Layout: the first N arguments are never text.
      {"vspace", ignored(1)}, {"vspace*", ignored(1)}, {"hspace", ignored(1)}, {"hspace*", ignored(1)},
      {"setlength", ignored(2)}, {"addtolength", ignored(2)}, {"setcounter", ignored(2)}, {"addtocounter", ignored(2)},
      {"color", ignored(1)}, {"pagestyle", ignored(1)}, {"thispagestyle", ignored(1)}, {"label", ignored(1)},
      {"includegraphics", ignored(1)}, {"fontsize", ignored(2)}, {"usepackage", ignored(1)}, {"geometry", ignored(1)},
      {"newgeometry", ignored(1)}, {"enlargethispage", ignored(1)}, {"rule", ignored(2)}, {"phantom", ignored(1)},
      {"hphantom", ignored(1)}, {"vphantom", ignored(1)}, {"textcolor", ignored(1)}, {"colorbox", ignored(1)},
      {"fcolorbox", ignored(2)}, {"raisebox", ignored(1)}, {"faIcon", ignored(1)}, {"makecvfooter", ignored(3)},
      {"definecolor", ignored(3)}, {"documentclass", ignored(1)}, {"newenvironment", ignored(3)},
      {"renewenvironment", ignored(3)}, {"setmainfont", ignored(1)}, {"setsansfont", ignored(1)},
      {"titleformat", ignored(5)}, {"titlespacing", ignored(4)}, {"titlespacing*", ignored(4)},
      {"pdfgentounicode", ignored(0)}, {"moderncvstyle", ignored(1)}, {"moderncvcolor", ignored(1)}, {"ref", ignored(1)},
      {"pageref", ignored(1)}, {"cite", ignored(1)}, {"nocite", ignored(1)}, {"bibliography", ignored(1)},
      {"bibliographystyle", ignored(1)}, {"addbibresource", ignored(1)},
  };
  return table;
}

bool looks_like_dates(const std::string& s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i)
    if ((s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0) && isdigit((unsigned char)s[i + 2]) &&
        isdigit((unsigned char)s[i + 3]) && (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
        (i + 4 == s.size() || !isdigit((unsigned char)s[i + 4])))
      return true;
  std::string l = lower(s);
  return l.find("present") != std::string::npos || l.find("current") != std::string::npos;
}

namespace {

// Whether the Dates arguments of a layout look like dates (a layout without one: never).
bool dates_fit(const EntryLayout& layout, const std::vector<std::string>& values) {
  for (size_t k = 0; k < layout.size(); ++k)
    if (layout[k] == Dates) return looks_like_dates(values[k]);
  return false;
}

}  // namespace

const EntryLayout* fitting_layout(const std::vector<EntryLayout>& layouts, const std::vector<std::string>& values) {
  std::vector<const EntryLayout*> fits;
  for (const auto& l : layouts)
    if (l.size() == values.size()) fits.push_back(&l);
  if (fits.empty()) return nullptr;
  for (const EntryLayout* l : fits) {
    bool only = dates_fit(*l, values);
    for (const EntryLayout* other : fits)
      if (other != l && dates_fit(*other, values)) only = false;
    if (only) return l;
  }
  return fits.back();
}

bool description_at(const std::vector<EntryLayout>& layouts, size_t length, size_t index) {
  for (const auto& l : layouts)
    if (l.size() == length && l[index] == Description) return true;
  return false;
}

std::string entry_line(const EntryLayout& layout, const std::vector<std::string>& values) {
  std::string title, org, place, dates;
  for (size_t k = 0; k < layout.size(); ++k) {
    switch (layout[k]) {
      case Title: title = values[k]; break;
      case Org: org = values[k]; break;
      case Place: place = values[k]; break;
      case Dates: dates = values[k]; break;
      case Line: case Description: break;
    }
  }
  std::string where = org.empty() ? place : place.empty() ? org : org + ", " + place;
  std::string line = title.empty() ? where : where.empty() ? title : title + " — " + where;
  if (!dates.empty()) line += line.empty() ? dates : " | " + dates;
  return line;
}

}  // namespace bescore::tex
