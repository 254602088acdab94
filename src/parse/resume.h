// What bescore understands of a resume: sections, entries, bullets with traits, contacts, skills.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "document.h"
#include "extract/contacts.h"
#include "rules/section_kind.h"

namespace bescore {

struct Term;

/// One accomplishment (or duty) line, continuation lines joined.
struct Bullet {
  std::string text;              ///< Marker stripped, wrapped lines joined, hyphenation repaired.
  Location at;                   ///< Where the bullet starts.
  int line_count = 1;            ///< How many source lines it spans.
  bool marked = true;            ///< Set as a list item (glyph or number); false for a sentence of prose under a role.
  std::set<std::string> traits;  ///< Names of the rule set's traits this bullet has (quantified, backend...).
  std::vector<const Term*> terms;  ///< Lexicon terms the bullet mentions, in order.
};

/// A role, project or degree: a title line followed by bullets.
struct Entry {
  std::string title;         ///< "Senior Backend Engineer", or the project name.
  std::string organisation;  ///< Employer, school, or the project's link.
  std::string location;      ///< City or "Remote" when given.
  std::string stack;         ///< Technologies the header names beside the title ("Go, Redis"), when it lists them.
  std::string start, end;    ///< As parsed, "2021-03" or "2021"; end "present" for a current role.
  Location at;               ///< The entry's title line.
  std::vector<Bullet> bullets;
  /// A role's prose set between its header and its first marked point ("Acme is the leading online food ordering
  /// company"): what the employer is, read but kept apart from the points the rules judge.
  std::vector<Bullet> about;
};

/// A section as headed in the resume.
struct Section {
  SectionKind kind = SectionKind::other;
  std::string heading;             ///< The heading as written ("Work History").
  Location at;                     ///< The heading line.
  std::vector<Entry> entries;      ///< Entries in order; bullets before any entry go to an untitled one.
  std::vector<TextLine> paragraph; ///< Lines that are neither entry titles nor bullets (summary prose, skills lines).
};

/// A skill as listed in the skills section.
struct Skill {
  std::string text;  ///< As written ("Postgres").
  std::string term;  ///< The lexicon's canonical name ("PostgreSQL"), empty when unknown.
  std::vector<const Term*> terms;  ///< Every lexicon term the item names ("Docker & Kubernetes" has two).
  Location at;
};

/// The whole resume, ready for the rules.
struct Resume {
  std::string file;
  std::string format;
  int pages = 1;
  int words = 0;
  std::string headline;  ///< The line under the name ("Backend Engineer"), if any.
  Contacts contacts;
  std::vector<Section> sections;
  std::vector<Skill> skills;
  std::vector<std::string> notes;  ///< Carried from extraction.
  LayoutFacts layout;              ///< Carried from extraction: what an applicant tracking system would meet.
  std::map<std::pair<int, int>, PageBox> boxes;  ///< PDF: (page, line) → where the line is on its page (reports draw on it).

  /// Sections of one kind, in order.
  std::vector<const Section*> sections_of(SectionKind kind) const;
};

}  // namespace bescore
