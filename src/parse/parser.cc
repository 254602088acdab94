#include "parse/parser.h"

#include <re2/re2.h>

#include "extract/utf8.h"
#include "parse/contacts.h"
#include "parse/dates.h"
#include "parse/headings.h"
#include "parse/skills.h"

namespace bescore {

namespace {

int count_words(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) { bool w = c != ' '; if (w && !in) ++n; in = w; }
  return n;
}

bool starts_lower(const std::string& s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

bool looks_like_url(const std::string& s) {
  return s.find("://") != std::string::npos || s.find(".com/") != std::string::npos || s.find("www.") == 0;
}

// Joins a wrapped line onto the text before it, repairing "data-\nbase" hyphenation.
void join_wrapped(std::string& text, const std::string& more) {
  size_t n = text.size();
  if (n >= 2 && text[n - 1] == '-' && isalpha(static_cast<unsigned char>(text[n - 2])) && starts_lower(more)) {
    text.pop_back();
    text += more;
  } else {
    text += " " + more;
  }
}

// "Senior Engineer — Acme, Berlin | Jan 2020 – Present" → title, organisation, location, dates.
void read_entry_line(const std::string& line, Entry& e) {
  std::string rest = line;
  DateRange dr;
  if (find_date_range(rest, dr)) {
    if (e.start.empty()) { e.start = dr.start; e.end = dr.end; }
    rest = rest.substr(0, dr.begin) + " " + rest.substr(dr.begin + dr.length);
  }
  static const RE2 seps("\\s+(?:—|–|\\||-|@|at)\\s+|\\s*\\|\\s*|\\s*—\\s*");
  RE2::GlobalReplace(&rest, seps, "\x1f");
  std::vector<std::string> parts;
  size_t pos = 0;
  while (pos <= rest.size()) {
    size_t next = rest.find('\x1f', pos);
    if (next == std::string::npos) next = rest.size();
    std::string p = trim(rest.substr(pos, next - pos));
    while (!p.empty() && (p.back() == ',' || p.back() == '(' || p.back() == '-')) p = trim(p.substr(0, p.size() - 1));
    if (!p.empty() && p != ")" && !looks_like_url(p)) parts.push_back(p);
    pos = next + 1;
  }
  // "Organisation, City" — the last comma part is a place.
  auto split_place = [&](std::string& org) {
    size_t comma = org.rfind(", ");
    if (comma != std::string::npos && e.location.empty()) { e.location = trim(org.substr(comma + 2)); org = org.substr(0, comma); }
  };
  for (auto& p : parts) {
    if (e.title.empty()) { e.title = p; continue; }
    if (e.organisation.empty()) { split_place(p); e.organisation = p; continue; }
    if (e.location.empty()) e.location = p;
  }
  if (e.organisation.empty() && parts.size() == 1 && e.title.find(", ") != std::string::npos) {
    // "Acme Corp, Berlin" alone on a line stays a title; nothing more to split.
  }
}

class Builder {
 public:
  Builder(const Document& doc, const RuleSet& rules) : doc_(doc), rules_(rules) {
    r_.file = doc.file;
    r_.format = doc.format;
    r_.pages = doc.pages;
    r_.notes = doc.notes;
    r_.layout = doc.layout;
    for (const auto& l : doc.lines)
      if (l.box.known()) r_.boxes[{l.at.page, l.at.line}] = l.box;
  }

  Resume build() {
    Section header;
    header.kind = SectionKind::header;
    header.heading = "";
    r_.sections.push_back(header);
    bool seen_named_section = false;
    for (const auto& line : doc_.lines) {
      r_.words += count_words(line.text);
      auto kind = heading_kind(line, rules_.headings);
      // Before the first real section, all-caps lines are the name or a sidebar label, not sections.
      if (kind && (*kind != SectionKind::other || seen_named_section)) {
        seen_named_section = true;
        Section s;
        s.kind = *kind;
        s.heading = line.text;
        s.at = line.at;
        r_.sections.push_back(s);
        current_entry_ = nullptr;
        last_bullet_ = nullptr;
        continue;
      }
      Section& s = r_.sections.back();
      collect_contacts(line.text, r_.contacts);
      if (r_.contacts.phone.empty() && (s.kind == SectionKind::header || is_contact_line(line.text)))
        r_.contacts.phone = find_phone(line.text);
      add_line(s, line);
    }
    read_header();
    finish_bullets();
    // The header section is only kept when it has content.
    if (r_.sections.front().paragraph.empty() && r_.sections.front().entries.empty()) r_.sections.erase(r_.sections.begin());
    return std::move(r_);
  }

 private:
  void add_line(Section& s, const TextLine& line) {
    switch (s.kind) {
      case SectionKind::header:
      case SectionKind::summary:
        if (!s.paragraph.empty() && !line.bullet && line.gap_before < 0.8 && starts_lower(line.text) && s.kind == SectionKind::summary) {
          join_wrapped(s.paragraph.back().text, line.text);
          return;
        }
        s.paragraph.push_back(line);
        return;
      case SectionKind::skills:
        s.paragraph.push_back(line);
        for (auto& sk : split_skills(line, *rules_.lexicon)) r_.skills.push_back(std::move(sk));
        return;
      default:
        add_entry_line(s, line);
    }
  }

  void add_entry_line(Section& s, const TextLine& line) {
    bool experience_like = s.kind == SectionKind::experience || s.kind == SectionKind::projects;
    if (line.bullet) {
      add_bullet(s, line);
      return;
    }
    DateRange dr;
    bool dated = find_date_range(line.text, dr);
    int indent_step = doc_.format == "pdf" ? 3 : 1;
    if (last_bullet_ && !dated && line.gap_before < 0.8 &&
        (line.indent >= bullet_indent_ + indent_step || starts_lower(line.text) || last_bullet_->text.back() == '-' ||
         last_bullet_->text.back() == ',')) {
      join_wrapped(last_bullet_->text, line.text);
      ++last_bullet_->line_count;
      return;
    }
    int words = count_words(line.text);
    bool title_like = dated || (words <= 10 && line.text.back() != '.');
    if (title_like) {
      // Consecutive header lines ("Title | dates" then "Company, City") describe one entry.
      if (current_entry_ && current_entry_->bullets.empty() && header_lines_ < 3 && !(dated && !current_entry_->start.empty())) {
        read_entry_line(line.text, *current_entry_);
        ++header_lines_;
      } else {
        new_entry(s, line, true);
      }
      last_bullet_ = nullptr;
      return;
    }
    if (experience_like) {
      // A sentence under a role line with no marker is still a bullet.
      add_bullet(s, line);
      return;
    }
    s.paragraph.push_back(line);
  }

  void add_bullet(Section& s, const TextLine& line) {
    if (!current_entry_) new_entry(s, line, false);
    Bullet b;
    b.text = line.text;
    b.at = line.at;
    current_entry_->bullets.push_back(b);
    last_bullet_ = &current_entry_->bullets.back();
    bullet_indent_ = line.indent;
  }

  void new_entry(Section& s, const TextLine& line, bool titled) {
    Entry e;
    e.at = line.at;
    if (titled) read_entry_line(line.text, e);
    s.entries.push_back(e);
    current_entry_ = &s.entries.back();
    header_lines_ = 1;
  }

  void read_header() {
    const Section& h = r_.sections.front();
    for (const auto& line : h.paragraph) {
      if (is_contact_line(line.text)) {
        if (!r_.contacts.line.line || r_.contacts.line == first_line_) r_.contacts.line = line.at;
        continue;
      }
      if (r_.contacts.name.empty()) { r_.contacts.name = line.text; r_.contacts.line = first_line_ = line.at; continue; }
      if (r_.headline.empty() && count_words(line.text) <= 10) r_.headline = line.text;
    }
  }

  void finish_bullets() {
    for (auto& s : r_.sections)
      for (auto& e : s.entries)
        for (auto& b : e.bullets) {
          b.terms = rules_.lexicon->find(b.text);
          for (const auto& [name, trait] : rules_.traits)
            if (trait.test(b.text, b.terms)) b.traits.insert(name);
        }
  }

  const Document& doc_;
  const RuleSet& rules_;
  Resume r_;
  Entry* current_entry_ = nullptr;
  Bullet* last_bullet_ = nullptr;
  int bullet_indent_ = 0;
  int header_lines_ = 0;
  Location first_line_;
};

}  // namespace

Resume parse_resume(const Document& doc, const RuleSet& rules) { return Builder(doc, rules).build(); }

}  // namespace bescore
