// The template commands the LaTeX reader knows, as data: which command makes a heading, a bullet, an entry (and
// which of its arguments is the title, the employer, the place, the dates), a link, an include, and whose
// arguments are layout. A resume template's new command is one row of template_commands() (docs/reading.md).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace bescore::tex {

/// What a command makes of its arguments.
enum class Role {
  Heading,        ///< a heading at `level`: 1 opens a section; 3 and 4 are a subsection (a section only if its words name one)
  Item,           ///< \item[label]: the text up to the next item is a bullet
  Bullet,         ///< one bullet: "first: second" (Jake's \resumeItem{text}; older forks \resumeItem{Title}{text})
  Bullets,        ///< each argument its own bullet (moderncv's \cvlistdoubleitem)
  Labelled,       ///< "label: text (comment)", a bullet when the label is empty (moderncv's \cvitem)
  LabelledPairs,  ///< labelled items side by side, two arguments each (\cvdoubleitem)
  Entry,          ///< an entry's title line, from the argument fields of its `layouts`
  Link,           ///< \href{url}{text}: the text, with the address when the text is not it
  Url,            ///< \url{address}: the address as written
  Include,        ///< a file read in place, named by the arguments joined (\input{x}, \import{dir/}{x})
  LineBreak,      ///< a line ends (\newline)
  Paragraph,      ///< a paragraph ends (\par)
  Begin,          ///< \begin{environment}
  End,            ///< \end{environment}
  Definition,     ///< \newcommand, \def: never text (a body without parameters expands include paths)
  Ignored,        ///< the first `args` arguments are layout (\vspace{4pt}); any after them are text
};

/// What one argument of an entry command holds.
enum class Field {
  Title,        ///< the role or degree
  Org,          ///< the employer or school
  Place,        ///< the city
  Dates,        ///< "2020 -- Present"
  Line,         ///< text shown on a line of its own below the entry (moderncv's grade)
  Description,  ///< the entry's description: its own text and every \item in it are bullets
};

/// One way an entry command's arguments may be laid out, argument by argument.
using EntryLayout = std::vector<Field>;

struct Command {
  Role role = Role::Ignored;
  int args = 0;   ///< brace arguments read (at most); optional [...] before each are skipped
  int level = 0;  ///< Heading only
  /// Entry only. The layout with as many fields as arguments were read; of several such, the first whose Dates
  /// argument looks like dates while the others' Dates arguments do not, else the last. With no layout that fits,
  /// the arguments are joined by " | ". A Description is in the same place in every layout of one length.
  std::vector<EntryLayout> layouts;
};

/// Rows of the table: a heading at a level; a role reading n arguments; an entry with its layouts (it reads as many
/// arguments as its longest layout has); a command whose first n arguments are layout.
Command make_heading(int level);
Command make_command(Role role, int args);
Command make_entry(std::vector<EntryLayout> layouts);
Command make_layout(int args);

/// Command names (without the backslash; a starred form is its own row) and what they make.
using CommandTable = std::map<std::string, Command, std::less<>>;

/// The commands of the article class, Jake's resume, moderncv and awesome-cv.
const CommandTable& template_commands();

/// The layout of `layouts` that fits arguments whose flattened text is `values` (see Command::layouts); null if none.
const EntryLayout* fitting_layout(const std::vector<EntryLayout>& layouts, const std::vector<std::string>& values);

/// Whether a layout of `length` fields has a Description at `index` (such an argument is read, not flattened).
bool description_at(const std::vector<EntryLayout>& layouts, size_t length, size_t index);

/// "Title — Organisation, Place | Dates": the entry line the parser splits, from an entry's fields.
std::string entry_line(const EntryLayout& layout, const std::vector<std::string>& values);

/// An argument that holds the dates of an entry ("Apr 2022 -- Present", "2013 -- 2017").
bool looks_like_dates(const std::string& s);

}  // namespace bescore::tex
