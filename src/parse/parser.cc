#include "parse/parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "base/gated_pattern.h"
#include "base/text.h"
#include "extract/contacts.h"
#include "parse/dates.h"
#include "parse/entry_fields.h"
#include "parse/entry_stack.h"
#include "parse/headings.h"
#include "parse/headless_roles.h"
#include "parse/line_repair.h"
#include "parse/list_items.h"
#include "parse/skills.h"

namespace bescore {

namespace {

bool starts_lower(const std::string& s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

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

// "Responsibilities:", "Key achievements:", "Environment: Java, Kafka": a label inside a role, not a new role.
bool names_role_part(const std::string& t) {
  static const GatedPattern label(R"((?i)^(key\s+)?(responsibilities|achievements|accomplishments|duties|highlights|results|impact|environment|tech(nology|nologies)?(\s+stack)?|stack|tools(\s+used)?|technologies\s+used|skills(\s+used)?|description|key\s+qualifications.*)\s*:)");
  return label.partial_match(t);
}

bool is_sub_label(const std::string& t) {
  if (names_role_part(t)) return true;
  if (t.empty() || t.back() != ':') return false;
  // "These include things such as:": a line introducing the list below it; a longer numbered line
  // ("1. Liquid Monitoring System Design:") names an item of its own.
  return (t.size() < 40 && count_words(t) <= 4) ||
         (count_words(t) <= 8 && !names_role(t) && !isdigit(static_cast<unsigned char>(t[0])));
}

// "Led initiatives reducing manual effort by over" / "30%.": a line that stops on a word that cannot end a
// sentence wraps onto the next.
bool ends_mid_sentence(const std::string& t) {
  static const GatedPattern open_end(R"((?i)\b(by|over|under|than|to|of|from|and|or|with|for|in|at|on|the|a|an|about|nearly|almost|up|into|across|per)$)");
  return open_end.partial_match(t);
}

// "Acme was founded in 2009 as the simplest way to send files": a lone year inside a sentence, a lowercase word on
// each side, dates no role. A line naming a role keeps its date ("Freelance developer for shops in 2019 and later
// remote teams"), unless it is a sentence about it ("My main role as IT engineer was to support roughly 2000 users").
bool date_inside_sentence(const std::string& t, const DateRange& dr) {
  if (!dr.end.empty() || dr.begin < 2 || count_words(t) < 8) return false;
  static const GatedPattern verb_be(R"(\b(?:is|was|are|were)\b)");
  if (names_role(t) && !verb_be.partial_match(t)) return false;
  size_t after = dr.begin + dr.length;
  size_t word = t.find_last_of(' ', dr.begin - 2);
  word = word == std::string::npos ? 0 : word + 1;
  return starts_lower(t.substr(word)) && after + 1 < t.size() && t[after] == ' ' && starts_lower(t.substr(after + 1));
}

// "• Acme | May 2024 - Dec 2024 Software Engineering Intern | Remote": a template that lists roles as items.
bool is_dated_entry_item(const std::string& t) {
  DateRange dr;
  return t.find(" | ") != std::string::npos && count_words(t) <= 16 && t.find(". ") == std::string::npos &&
         find_date_range(t, dr);
}

class Builder {
 public:
  Builder(const Document& doc, const Vocabulary& vocabulary) : doc_(doc), vocabulary_(vocabulary) {
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
    const auto lines = repair_lines(doc_.lines, vocabulary_.headings);
    std::vector<HeadingGuess> guesses;
    guesses.reserve(lines.size());
    for (const auto& line : lines) guesses.push_back(guess_heading(line, vocabulary_.headings));
    const HeadingLook look = heading_look(lines, guesses);
    for (size_t i = 0; i < lines.size(); ++i)
      if (guesses[i].match != HeadingMatch::none) ++heading_texts_[lower(lines[i].text)];
    // Link targets first: a profile link says more than a handle typed next to an icon.
    // Only profiles: an employer's or a course's link is not a way to reach the person.
    for (const auto& url : doc_.links)
      if (url.find("github") != std::string::npos || url.find("gitlab.com") != std::string::npos || url.find("linkedin.com") != std::string::npos)
        collect_contacts(url, r_.contacts);
    bool seen_named_section = false;
    bool headless_possible = headless_work_history_possible(lines, guesses);
    for (size_t i = 0; i < lines.size(); ++i) {
      const TextLine& line = lines[i];
      r_.words += count_words(line.text);
      if (auto kind = section_start(lines, guesses, i, look, seen_named_section)) {
        seen_named_section = true;
        Section s;
        s.kind = *kind;
        s.heading = heading_text(undecorated(line.text), guesses[i].synonym);
        s.at = line.at;
        r_.sections.push_back(s);
        current_entry_ = nullptr;
        last_bullet_ = nullptr;
        opened_ = {};
        continue;
      }
      if (headless_possible && !seen_named_section && r_.sections.back().kind == SectionKind::header &&
          headless_roles_from(lines, guesses, i)) {
        // A work history set under the name with no heading of its own (a two-column page's main column).
        seen_named_section = true;
        Section s;
        s.kind = SectionKind::experience;
        s.at = line.at;
        r_.sections.push_back(s);
        r_.notes.push_back("roles under the name with no heading (from " + where(line.at) + "): read as experience");
      }
      Section& s = r_.sections.back();
      collect_contacts(line.text, r_.contacts);
      if (r_.contacts.phone.empty() && (s.kind == SectionKind::header || is_contact_line(line.text)))
        r_.contacts.phone = find_phone(line.text);
      line_.heads_items = heads_nested_items(lines, i);
      line_.wraps_on = i + 1 < lines.size() && !lines[i + 1].bullet && lines[i + 1].gap_before < 0.8 &&
                       starts_lower(lines[i + 1].text);
      line_.dated_group_item = line_.heads_items &&
                               (reads_as_role_header(line.text, vocabulary_) || dated_below(lines, i, vocabulary_));
      add_line(s, line);
    }
    read_header();
    for (auto& s : r_.sections)
      if (s.kind == SectionKind::experience)
        for (auto& e : s.entries) title_from_description(e);
    finish_bullets();
    for (auto& s : r_.sections)
      if (s.kind == SectionKind::experience)
        for (auto& e : s.entries) set_about_apart(e, vocabulary_);
    // The header section is only kept when it has content.
    if (r_.sections.front().paragraph.empty() && r_.sections.front().entries.empty()) r_.sections.erase(r_.sections.begin());
    return std::move(r_);
  }

 private:
  /// How the headings bescore recognised are set: an unknown line is a heading only when it looks like them.
  struct HeadingLook {
    bool caps = false;  ///< Most recognised headings are in capitals.
    double size = 0;    ///< Their usual type size (PDF), 0 when unknown.
  };

  static bool caps_line(const std::string& t) {
    return std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }

  static HeadingLook heading_look(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses) {
    int known = 0, caps = 0;
    std::vector<double> sizes;
    // Synonyms say best what a heading looks like; head words only when synonyms are rare.
    int synonyms = int(std::count_if(guesses.begin(), guesses.end(), [](auto& g) { return g.match == HeadingMatch::synonym; }));
    for (size_t i = 0; i < lines.size(); ++i) {
      if (guesses[i].match != HeadingMatch::synonym && (synonyms >= 2 || guesses[i].match != HeadingMatch::head_word)) continue;
      ++known;
      caps += caps_line(lines[i].text);
      if (lines[i].size > 0) sizes.push_back(lines[i].size);
    }
    HeadingLook look;
    look.caps = known > 0 && caps * 2 > known;
    if (!sizes.empty()) {
      std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
      look.size = sizes[sizes.size() / 2];
    }
    return look;
  }

  /// The kind of section line i starts, if it is a heading.
  std::optional<SectionKind> section_start(const std::vector<TextLine>& lines, const std::vector<HeadingGuess>& guesses, size_t i,
                                           const HeadingLook& look, bool seen_named_section) {
    const HeadingGuess& g = guesses[i];
    const TextLine& line = lines[i];
    SectionKind current = r_.sections.back().kind;
    bool same_size = look.size <= 0 || line.size <= 0 || std::fabs(line.size - look.size) < 0.6;
    switch (g.match) {
      case HeadingMatch::none:
        return std::nullopt;
      case HeadingMatch::synonym:
      case HeadingMatch::head_word: {
        // A sub-label set unlike the section headings is part of its section: "PROGRAMMING" in smaller type
        // under Skills, "Key Achievements" or "Technologies" under a role, "AWS Certification" under Certifications.
        bool like_headings = same_size && (!look.caps || caps_line(line.text) || line.heading);
        bool inside_role = current == SectionKind::experience || current == SectionKind::projects;
        bool in_entry = inside_role && !r_.sections.back().entries.empty();
        if (!like_headings && g.kind == current) return std::nullopt;
        // Set smaller than the section headings of a PDF, it is an item of the section ("Programming Languages" in a
        // list of courses), whatever it names.
        if (look.size > 0 && line.size > 0 && line.size < look.size - 0.6 && !caps_line(line.text) && look.caps) return std::nullopt;
        // A label repeated under each role ("Key Achievements", "Technologies") is part of the role.
        if (in_entry && g.kind != current && heading_texts_[lower(line.text)] >= 2) return std::nullopt;
        if (g.match == HeadingMatch::head_word && current == SectionKind::skills && g.kind == SectionKind::other && !caps_line(line.text))
          return std::nullopt;
        // "Infosys Technologies" above "Engineer | 2019 - 2021" is an employer: only sections of roles and studies
        // open with a dated line.
        bool roles = g.kind == SectionKind::experience || g.kind == SectionKind::projects || g.kind == SectionKind::education;
        if (g.match == HeadingMatch::head_word && !roles && !caps_line(line.text) && !line.heading && names_organisation(line.text) &&
            dated_soon(lines, i))
          return std::nullopt;
        return g.kind;
      }
      case HeadingMatch::look: {
        // Capitals alone do not make a heading: an employer, a school or a degree set in capitals starts an
        // entry. Only a line set like the recognised headings, not followed by a dated line, starts a section.
        DateRange dr;
        bool entry_follows = dated_soon(lines, i);
        bool dated = find_date_range(line.text, dr);
        bool like_headings = look.caps && same_size && (look.size > 0 || line.heading || line.at.page == 0);
        if (!seen_named_section || dated || entry_follows || !like_headings) return std::nullopt;
        r_.notes.push_back("heading \"" + line.text + "\" (" + where(line.at) + ") not classified: read as a section of kind other");
        return SectionKind::other;
      }
    }
    return std::nullopt;
  }

  // "H I S TO RY" → "HISTORY", "WORK EXP E RI E NCE" → "WORK EXPERIENCE": letter-spaced type as it reads.
  static std::string unspaced(const std::string& t) {
    std::vector<std::string> tokens;
    size_t shorts = 0;
    for (size_t i = 0; i < t.size();) {
      size_t end = t.find(' ', i);
      if (end == std::string::npos) end = t.size();
      if (end > i) tokens.push_back(t.substr(i, end - i)), shorts += end - i <= 2;
      i = end + 1;
    }
    if (tokens.size() < 3 || shorts * 10 < tokens.size() * 4) return t;
    std::string out = tokens[0];
    for (size_t k = 1; k < tokens.size(); ++k) out += (tokens[k].size() <= 2 || tokens[k - 1].size() <= 2 ? "" : " ") + tokens[k];
    return out;
  }

  // The heading as it reads: letter-spaced type ("EXPER IENCE", "W O R K E X P E R I E N C E") takes the spacing
  // of the synonym it matched, in the heading's letter case.
  static std::string heading_text(const std::string& text, const std::string& synonym) {
    std::string squeezed;
    for (char c : text) if (c != ' ') squeezed += c;
    std::string plain;
    for (char c : synonym) if (c != ' ') plain += c;
    // Words each set as a capital and small letters are typed words ("Extra Curricular Activities"), not breaks
    // that letter spacing made.
    static const RE2 typed_words(R"(([A-Z][a-z]+)( [A-Z][a-z]+)*)");
    // Words typed as the synonym's ("Pet projects", "WORK EXPERIENCE") stay as written.
    if (synonym.empty() || lower(text) == synonym || lower(squeezed) != lower(plain) ||
        synonym.find_first_of(":&/-") != std::string::npos || RE2::FullMatch(text, typed_words))
      return unspaced(text);
    bool caps = caps_line(text);
    std::string out;
    bool start = true;
    for (char c : synonym) {
      out += (caps || start) && c >= 'a' && c <= 'z' ? char(c - 32) : c;
      start = c == ' ';
    }
    return out;
  }

  static std::string where(const Location& at) {
    return at.page ? "page " + std::to_string(at.page) + " line " + std::to_string(at.line) : "line " + std::to_string(at.line);
  }

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
        for (auto& sk : split_skills(line, *vocabulary_.lexicon)) r_.skills.push_back(std::move(sk));
        return;
      default:
        add_entry_line(s, line);
    }
  }

  void add_entry_line(Section& s, const TextLine& line) {
    line_.role_item = false;
    bool experience_like = s.kind == SectionKind::experience || s.kind == SectionKind::projects;
    if (experience_like && !line.bullet && is_sub_label(line.text)) {
      s.paragraph.push_back(line);
      last_bullet_ = nullptr;
      opened_.label_since = true;
      return;
    }
    // "• 2 years as Front-End Lead at Synthesio from 2014 to today": a role held, one list item each. Only where
    // no role is open (first in the section, under a label such as "Earlier", or after another such item): under
    // a dated role, "- Tech lead of the billing rewrite, 2021 - 2022" is one of its points.
    bool role_open = current_entry_ && (!current_entry_->bullets.empty() || !current_entry_->start.empty()) &&
                     !opened_.by_role_item && !opened_.label_since;
    line_.role_item = line.bullet && s.kind == SectionKind::experience && !role_open && names_role(line.text) &&
                      reads_as_role_header(line.text, vocabulary_, 16);
    // "* 2022/2024: Firmware Engineer" over "  * Qubika" and "  * Duties included: ...": in that academic-site
    // layout (the dates first), the first item nested under a role's dated item, a short name, is where the role
    // was held.
    bool project_item = line.bullet && s.kind == SectionKind::projects && (line.box.known() || line_.heads_items) &&
                        names_project_and_stack(line.text, vocabulary_);
    bool employer_item = line.bullet && opened_.dates_first && current_entry_ && current_entry_->bullets.empty() &&
                         current_entry_->organisation.empty() && header_lines_ < 3 && count_words(line.text) <= 5 &&
                         line.text.find(':') == std::string::npos && is_name(line.text) && !names_role(line.text) &&
                         names_no_action(line.text, vocabulary_) && !vocabulary_.lexicon->lookup_any_case(line.text);
    if (line.bullet && !is_organisation_line(line.text) && !is_dated_entry_item(line.text) && !line_.dated_group_item && !line_.role_item &&
        !employer_item && !project_item) {
      // "GitHub Link: …", "Demo: …": a link under a project is evidence, not an accomplishment.
      static const GatedPattern link_line(R"((?i)^((github|gitlab|source|code|repo|demo|live|project|website|site)\s*(link|url|demo|page)?|link|url)\s*:)");
      // "Technologies used: Kotlin, Gradle": the entry's stack, a list of terms rather than a point to judge.
      static const GatedPattern stack_line(
          R"((?i)^(tech(nology|nologies)?(\s+(stack|used))?|stack|tools(\s+used)?|technologies\s+used|skills\s+used|environment|built\s+with)\s*:)");
      // A point that is one technology's name and nothing else ("Java", "React" as JSON Resume highlights) is the
      // entry's stack too: nothing was done there to judge.
      // A version after the name ("Angular 2+", "Java 17", "Python 3.x") is still the name alone.
      static const GatedPattern version(R"(\s+v?\d+(\.\d+)*(\.x)?\+?$)");
      std::string name = line.text;
      if (auto* re = version.for_text(name)) RE2::Replace(&name, *re, "");
      bool only_a_technology = count_words(name) <= 3 && vocabulary_.lexicon->lookup_any_case(name) != nullptr;
      if (link_line.partial_match(line.text) || stack_line.partial_match(line.text) || only_a_technology) {
        s.paragraph.push_back(line);
        return;
      }
      if (s.kind == SectionKind::projects && add_one_line_project(s, line)) return;
      add_bullet(s, line);
      return;
    }
    if (project_item) {  // the project's name is its title; what follows the bar is its stack
      TextLine name = line;
      size_t bar = line.text.find(" | ");
      name.text = line.text.substr(0, bar);
      new_entry(s, name, true);
      // names_project_and_stack found the bar; what follows it is no organisation, and the stack when it lists one
      if (auto list = technologies_in(line.text.substr(bar + 3), *vocabulary_.lexicon, 1))
        current_entry_->stack = stack_apart_ = *list;
      last_bullet_ = nullptr;
      return;
    }
    DateRange dr;
    bool dated = find_date_range(line.text, dr) && !date_inside_sentence(line.text, dr);
    if (line.bullet) {  // an organisation set as a list item starts its entry ...
      // ... unless it is the first line under a role that names no organisation ("Intern  2017" / "• Acme, Berlin").
      if (current_entry_ && current_entry_->bullets.empty() && current_entry_->organisation.empty() &&
          !current_entry_->title.empty() && header_lines_ < 3 && (is_organisation_line(line.text) || employer_item)) {
        read_entry_line(s, line, *current_entry_, header_lines_++);
        return;
      }
      new_entry(s, line, true);
      last_bullet_ = nullptr;
      return;
    }
    int indent_step = doc_.format == "pdf" ? 3 : 1;
    // "… degree program. Re-" / "tained until University 2022 Autumn term. …": a date inside a sentence that goes
    // on from the point above opens no entry.
    bool stops_open = last_bullet_ && (last_bullet_->text.back() == '-' || last_bullet_->text.back() == ',' ||
                                       ends_mid_sentence(last_bullet_->text));
    bool date_in_sentence = dated && stops_open && starts_lower(line.text) && dr.begin > 0;
    if (last_bullet_ && (!dated || date_in_sentence) && line.gap_before < 0.8 &&
        ((last_bullet_->marked && line.indent >= bullet_indent_ + indent_step) || opened_.one_line_project ||
         starts_lower(line.text) || stops_open)) {
      join_wrapped(last_bullet_->text, line.text);
      ++last_bullet_->line_count;
      return;
    }
    int words = count_words(line.text);
    // A project card's technology line after its description ("Django, MySQL"): the project's stack, not the name
    // of the next project.
    if (s.kind == SectionKind::projects && current_entry_ && !current_entry_->bullets.empty() && !dated)
      if (auto list = technologies_in(line.text, *vocabulary_.lexicon, 2)) {
        append_to_stack(current_entry_->stack, *list);
        last_bullet_ = nullptr;
        return;
      }
    // Under a project's name, a sentence that wraps onto a line starting lower case ("A blogging site where users
    // read articles," / "like and comment on them.") is its description, not more of its header.
    bool wrapping_prose = s.kind == SectionKind::projects && line_.wraps_on && current_entry_ &&
                          current_entry_->bullets.empty() && header_lines_ >= 1 && words >= 5 && !names_role(line.text) &&
                          !is_organisation_line(line.text) && !names_school(line.text);
    // Set in from the title line of a dated entry whose organisation is known, an undated line is one of its
    // points (its marker drawn, not written), not the next entry.
    bool set_in = current_entry_ && line.indent >= entry_indent_ + 2 * indent_step;
    bool point = set_in && !current_entry_->start.empty() && !is_organisation_line(line.text) &&
                 (!current_entry_->bullets.empty() || (!current_entry_->organisation.empty() && !names_role(line.text)));
    bool title_like = dated || (!point && !wrapping_prose && words <= 10 && (line.text.back() != '.' || is_organisation_line(line.text)) &&
                                !(current_entry_ && opens_with_past_verb(line.text) && words >= 4 && !names_role(line.text) &&
                                  line.text.find(" | ") == std::string::npos));
    if (title_like) {
      // Consecutive header lines ("Title | dates" then "Company, City") describe one entry.
      // An organisation with its whole tenure, then the role held there with its own dates: one entry, the role's.
      bool role_under_org = dated && current_entry_ && current_entry_->bullets.empty() && !current_entry_->start.empty() &&
                            !names_role(current_entry_->title) && !names_role(current_entry_->organisation) && names_role(line.text);
      if (role_under_org) current_entry_->start.clear(), current_entry_->end.clear();
      if (current_entry_ && current_entry_->bullets.empty() && header_lines_ < 3 && !(dated && !current_entry_->start.empty())) {
        read_entry_line(s, line, *current_entry_, header_lines_);
        ++header_lines_;
      } else {
        new_entry(s, line, true);
      }
      last_bullet_ = nullptr;
      return;
    }
    if (experience_like) {
      // A sentence under a role line with no marker is still judged as a bullet. Set in from the role line it is a
      // point whose marker was drawn rather than written (a vector dot in a PDF); flush with it, a sentence of prose.
      add_bullet(s, line);
      current_entry_->bullets.back().marked = set_in;
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

  // "1. ChannelX: anonymous messaging over WebSockets": a list of projects, one per item, named before a colon.
  // Each item is a project of its own whose description is prose, not a point under the project before it.
  bool add_one_line_project(Section& s, const TextLine& line) {
    size_t colon = line.text.find(": ");
    if (colon == std::string::npos || colon == 0) return false;
    std::string name = line.text.substr(0, colon), rest = trim(line.text.substr(colon + 2));
    bool named = count_words(name) <= 6 && !opens_with_past_verb(name) && name.find_first_of(".;,") == std::string::npos &&
                 !names_role_part(name + ":") && count_words(rest) >= 3;
    // Only as the section's first item or after another such project: under a titled project it is a point.
    if (!named || (current_entry_ && !opened_.one_line_project)) return false;
    TextLine title = line;
    title.text = name;
    title.bullet = false;
    new_entry(s, title, false);
    current_entry_->title = name;
    TextLine about = line;
    about.text = rest;
    add_bullet(s, about);
    current_entry_->bullets.back().marked = false;
    opened_.one_line_project = true;
    return true;
  }

  void new_entry(Section& s, const TextLine& line, bool titled) {
    DateRange dr;
    opened_ = {};
    opened_.dates_first = line_.dated_group_item && find_date_range(line.text, dr) && dr.begin == 0;
    opened_.by_role_item = line_.role_item;
    Entry e;
    e.at = line.at;
    entry_parts_.clear();
    stack_apart_.clear();
    if (titled) read_entry_line(s, line, e, 0);
    s.entries.push_back(e);
    current_entry_ = &s.entries.back();
    header_lines_ = 1;
    entry_indent_ = line.indent;
  }

  // "Senior Engineer — Acme, Berlin | Jan 2020 – Present", one header line of the current entry.
  void read_entry_line(const Section& s, const TextLine& line, Entry& e, int index) {
    std::string rest = line.text;
    DateRange dr;
    if (find_date_range(rest, dr)) {
      if (e.start.empty()) { e.start = dr.start; e.end = dr.end; }
      rest = rest.substr(0, dr.begin) + " | " + rest.substr(dr.begin + dr.length);
    }
    const Lexicon& lexicon = *vocabulary_.lexicon;
    bool project = s.kind == SectionKind::projects;
    if (project) append_to_stack(stack_apart_, take_bracketed_stack(rest, lexicon));
    split_entry_line(rest, index, line.at, entry_parts_);
    // Decided over the whole header read so far, since the employer may be named on the next line; only for roles
    // and projects (a degree's field is no stack).
    bool stack_here = project || s.kind == SectionKind::experience;
    e.stack = stack_apart_;
    assign_entry_fields(stack_here ? without_stack(entry_parts_, project, e.stack, lexicon) : entry_parts_, e);
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
        for (auto& b : e.bullets) b.terms = vocabulary_.lexicon->find(b.text);
    tag_traits(r_, vocabulary_);
  }

  const Document& doc_;
  const Vocabulary& vocabulary_;
  Resume r_;
  Entry* current_entry_ = nullptr;
  Bullet* last_bullet_ = nullptr;
  int bullet_indent_ = 0;
  int entry_indent_ = 0;  ///< Where the current entry's title line starts.
  int header_lines_ = 0;
  /// What the line being added is, as the lines around it tell.
  struct LineKind {
    bool heads_items = false;       ///< A list item of a text file with items nested under it.
    bool dated_group_item = false;  ///< Such an item with dates: a role's header.
    bool role_item = false;         ///< A role held, told in one list item.
    bool wraps_on = false;          ///< The next line goes on with it: it starts lower case, close below.
  } line_;
  /// How the current entry was opened, and what came after it; new_entry and a new section reset it.
  struct EntryOpening {
    bool dates_first = false;       ///< By a dated group item that starts with its dates ("* 2022/2024: Engineer").
    bool by_role_item = false;      ///< By a role told in one list item.
    bool one_line_project = false;  ///< By a project named on its one list item.
    bool label_since = false;       ///< A sub-label ("Earlier:") came after its lines.
  } opened_;
  std::string stack_apart_;  ///< The current entry's stack read apart from its header's parts: brackets after a
                             ///< project's name, the list after a project item's bar.
  std::vector<EntryPart> entry_parts_;  ///< The current entry's header, in parts.
  std::map<std::string, int> heading_texts_;  ///< How often each heading-like line occurs.
  Location first_line_;
};

}  // namespace

Resume parse_resume(const Document& doc, const Vocabulary& vocabulary) { return Builder(doc, vocabulary).build(); }

bool reads_alike(const Vocabulary& a, const Vocabulary& b) { return a.lexicon == b.lexicon && a.headings == b.headings; }

void tag_traits(Resume& resume, const Vocabulary& vocabulary) {
  for (auto& s : resume.sections)
    for (auto& e : s.entries)
      for (auto& b : e.bullets) {
        b.traits.clear();
        for (const auto& [name, trait] : vocabulary.traits)
          if (trait.test(b.text, b.terms)) b.traits.insert(name);
      }
}

}  // namespace bescore
