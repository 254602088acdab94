// What each role of the command table (tex_commands.h) does to the lines being read: a heading, a bullet, an
// entry line from its fields, a link, an include read in place, a definition kept out of the text.
#include <algorithm>

#include "base/text.h"
#include "extract/latex_reader.h"

namespace bescore::tex {

namespace {

// A link's target as people read it: no scheme, "mailto:", "www." or trailing slash, lower case.
std::string bare_link(std::string s) {
  s = lower(trim(s));
  for (const char* p : {"mailto:", "tel:", "https://", "http://", "www."})
    if (s.rfind(p, 0) == 0) s.erase(0, std::string_view(p).size());
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

void LatexReader::run(const Command& c, const TexFile& f, size_t& i, size_t e, size_t start) {
  switch (c.role) {
    case Role::Heading: {
      auto a = arguments(f, i, e, c.args);
      if (!a.empty()) emit(flatten(f, a[0]), f, first_text(f, a[0]), false, c.level);
      return;
    }
    case Role::Item: item(f, i, e, start); return;
    case Role::Bullet: case Role::Bullets: bullet(c, f, i, e); return;
    case Role::Labelled: {
      auto a = arguments(f, i, e, c.args);
      if (a.empty()) return;
      std::string text = a.size() > 1 ? flatten(f, a[1]) : "";
      if (a.size() > 2) { std::string comment = flatten(f, a[2]); if (!comment.empty()) text += " (" + comment + ")"; }
      labelled(flatten(f, a[0]), text, f, first_text(f, a[0]));
      return;
    }
    case Role::LabelledPairs: {
      auto a = arguments(f, i, e, c.args);
      for (size_t k = 0; k + 1 < a.size(); k += 2) labelled(flatten(f, a[k]), flatten(f, a[k + 1]), f, first_text(f, a[k]));
      return;
    }
    case Role::Entry: entry_command(c, f, i, e); return;
    case Role::Link: link(f, i, e, start); return;
    case Role::Url:
      if (auto a = arguments(f, i, e, c.args); !a.empty()) put(raw(f, a[0]), f, start);
      return;
    case Role::Include: {
      auto a = arguments(f, i, e, c.args);
      if (a.empty() || int(a.size()) < c.args) return;
      std::string name;
      for (const Span& s : a) name += includes_.expand(raw(f, s));
      include(f, name, start);
      return;
    }
    case Role::LineBreak: line_break(false); return;
    case Role::Paragraph: line_break(true); return;
    case Role::Begin: case Role::End: environment(c.role == Role::Begin, f, i, e); return;
    case Role::Definition: definition(f, i, e); return;
    case Role::Ignored: drop_arguments(f, i, e, c.args); return;
  }
}

void LatexReader::item(const TexFile& f, size_t& i, size_t e, size_t start) {
  std::string label;
  if (auto o = read_group(f, i, e, '[')) label = flatten(f, *o);
  if (flat_) { put(" ", f, start); return; }
  line_break(true);
  pending_.bullet = true;
  // "\item[Go:] ..." keeps a worded label; "\item[--]" is only a marker.
  if (std::any_of(label.begin(), label.end(), [](char ch) { return isalnum((unsigned char)ch); })) put(label + " ", f, start);
}

// Jake's \resumeItem{text} (older forks: \resumeItem{Title}{text}); moderncv's \cvlistdoubleitem{a}{b} is two.
void LatexReader::bullet(const Command& c, const TexFile& f, size_t& i, size_t e) {
  auto a = arguments(f, i, e, c.args);
  if (a.empty()) return;
  if (c.role == Role::Bullets) {
    for (const Span& s : a) emit(flatten(f, s), f, first_text(f, s), true);
    return;
  }
  std::string text = flatten(f, a[0]);
  if (a.size() == 2) text = (text.empty() ? "" : text + ": ") + flatten(f, a[1]);
  emit(text, f, first_text(f, a[0]), true);
}

// moderncv's \cvitem{}{text} is a list item; \cvitem{Languages}{Go, SQL} a labelled line.
void LatexReader::labelled(const std::string& label, const std::string& text, const TexFile& f, size_t at) {
  emit(label.empty() ? text : text.empty() ? label : label + ": " + text, f, at, label.empty());
}

// An entry command: its fields by the layout its arguments fit, a line below it, then its description.
void LatexReader::entry_command(const Command& c, const TexFile& f, size_t& i, size_t e) {
  auto a = arguments(f, i, e, c.args);
  if (a.empty()) return;
  std::vector<std::string> values(a.size());
  for (size_t k = 0; k < a.size(); ++k)
    if (!description_at(c.layouts, a.size(), k)) values[k] = flatten(f, a[k]);
  size_t at = first_text(f, a[0]);
  const EntryLayout* layout = fitting_layout(c.layouts, values);
  if (!layout) {  // a layout nobody listed: its arguments in order
    std::string line;
    for (const auto& x : values) if (!x.empty()) line += (line.empty() ? "" : " | ") + x;
    entry(line, f, at);
    return;
  }
  entry(entry_line(*layout, values), f, at);
  for (size_t k = 0; k < a.size(); ++k)
    if ((*layout)[k] == Field::Line && !values[k].empty()) emit(values[k], f, first_text(f, a[k]), false);
  for (size_t k = 0; k < a.size(); ++k)
    if ((*layout)[k] == Field::Description) description(f, a[k]);
}

// An entry's description: its own text is a bullet, and so is every \item in it.
void LatexReader::description(const TexFile& f, Span s) {
  if (flat_) {  // inside an argument read as text: the description's words after a space
    std::string text = flatten(f, s);
    *flat_ += ' ';
    *flat_ += text;
    return;
  }
  bool outer = description_;
  description_ = true;
  line_break(true);
  scan(f, s.b, s.e);
  description_ = outer;
  line_break(true);
}

// An entry's title line. A \subsection right above it only groups entries (moderncv's "Vocational"): as a line
// of its own the parser would read it as this entry's title, so it is left out, with a note.
void LatexReader::entry(const std::string& line, const TexFile& f, size_t pos) {
  if (flat_) { emit(line, f, pos, false); return; }
  line_break(true);
  if (!doc_.lines.empty() && doc_.lines.back().heading >= 3) {
    const TextLine& label = doc_.lines.back();
    doc_.notes.push_back("subsection \"" + label.text + "\" (line " + std::to_string(label.at.line) +
                         ") groups the entries below it; left out");
    doc_.lines.pop_back();
  }
  emit(line, f, pos, false);
}

void LatexReader::link(const TexFile& f, size_t& i, size_t e, size_t start) {
  auto a = arguments(f, i, e, 2);
  if (a.empty()) return;
  std::string url = raw(f, a[0]);
  std::string text = a.size() > 1 ? flatten(f, a[1]) : "";
  put(text.empty() ? url : bare_link(text) == bare_link(url) ? text : text + " (" + url + ")", f, start);
}

void LatexReader::environment(bool begin, const TexFile& f, size_t& i, size_t e) {
  auto a = arguments(f, i, e, 1);
  std::string env = a.empty() ? "" : raw(f, a[0]);
  if (!begin) {
    line_break(true);
    if (env == "document") ended_ = true;
    return;
  }
  line_break(true);
  if (env == "comment") {
    size_t end = f.text.find("\\end{comment}", i);
    i = end == npos ? e : std::min(e, end + std::string_view("\\end{comment}").size());
    return;
  }
  drop_arguments(f, i, e, environment_arguments(env));
}

// \newcommand{\x}[n]{body}, \def\x{body}: never text. Bodies without parameters are kept, so that include
// paths written with them (\import{\sectiondir}{...}) can be expanded.
void LatexReader::definition(const TexFile& f, size_t& i, size_t e) {
  std::string_view t = f.text;
  skip_space(t, i, e);
  std::string macro;
  if (auto g = read_group(f, i, e)) macro = trim(raw(f, *g));
  else if (i + 1 < e && t[i] == '\\') {
    size_t k = i + 1;
    while (k < e && is_letter(t[k])) ++k;
    macro = std::string(t.substr(i, k - i));
    i = k;
  }
  bool parameters = false;
  while (read_group(f, i, e, '[')) parameters = true;
  while (i < e && t[i] != '{' && t[i] != '\n') parameters |= t[i++] == '#';  // \def\x#1{...}
  if (auto body = read_group(f, i, e); body && !parameters && !macro.empty()) includes_.define(macro, raw(f, *body));
}

void LatexReader::include(const TexFile& from, const std::string& name, size_t at) {
  Opened opened = includes_.open(from, name, at);
  if (!opened.error.empty()) { error_ = opened.error; return; }
  if (!opened.note.empty()) doc_.notes.push_back(opened.note);
  if (!opened.file) return;
  scan(*opened.file, 0, opened.file->text.size());
  line_break(true);
  includes_.close();
}

}  // namespace bescore::tex
