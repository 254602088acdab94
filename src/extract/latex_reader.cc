// LaTeX resumes (Jake's resume, moderncv, awesome-cv, article class): the text a reader of the PDF would see,
// one line per heading, entry and item, each at its line in its own source file so findings land where people edit.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/tex_source.h"
#include "base/text.h"

namespace bescore {

namespace {

using namespace tex;  // TeX source scanning: src/extract/tex_source.h
namespace fs = std::filesystem;

constexpr int kMaxIncludeDepth = 10;
constexpr int kMaxNesting = 64;          ///< Commands inside arguments deeper than this are kept as raw text.
// A link's target as people read it: no scheme, "mailto:", "www." or trailing slash, lower case.
std::string bare_link(std::string s) {
  s = lower(trim(s));
  for (const char* p : {"mailto:", "tel:", "https://", "http://", "www."})
    if (s.rfind(p, 0) == 0) s.erase(0, std::string_view(p).size());
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// An argument that holds the dates of an entry ("Apr 2022 -- Present", "2013 -- 2017").
bool looks_like_dates(const std::string& s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i)
    if ((s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0) && isdigit((unsigned char)s[i + 2]) &&
        isdigit((unsigned char)s[i + 3]) && (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
        (i + 4 == s.size() || !isdigit((unsigned char)s[i + 4])))
      return true;
  std::string l = lower(s);
  return l.find("present") != std::string::npos || l.find("current") != std::string::npos;
}

// "Title — Organisation, Place | Dates", the entry line the parser splits.
std::string entry_line(const std::string& title, const std::string& org, const std::string& place, const std::string& dates) {
  std::string where = org.empty() ? place : place.empty() ? org : org + ", " + place;
  std::string line = title.empty() ? where : where.empty() ? title : title + " — " + where;
  if (!dates.empty()) line += line.empty() ? dates : " | " + dates;
  return line;
}

Result<std::string> read_from_disk(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Error{fs::exists(path, ec) ? "not a regular file" : "no such file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open"};
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string clean_source(std::string_view bytes) {
  std::string text(bytes);
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  repair_utf8(text);
  return text;
}

class LatexReader {
 public:
  LatexReader(const SourceLoader& load, const ExtractLimits& limits) : load_(load), limits_(limits) {}

  Result<Document> read(std::string_view bytes, const std::string& path) {
    doc_.file = path;
    doc_.format = "latex";
    files_.emplace_back("", path, clean_source(bytes));
    const TexFile& main = files_.back();
    total_bytes_ = main.text.size();
    size_t begin = find_outside_comments(main.text, "\\begin{document}");
    size_t body = 0;
    if (begin != npos) {
      header_from_preamble(main, begin);
      body = begin + std::string_view("\\begin{document}").size();
    }
    stack_.push_back(fs::path(path).lexically_normal().string());
    std::error_code ec;
    fs::path folder = fs::absolute(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path(), ec);
    root_ = fs::weakly_canonical(folder, ec);
    if (ec) root_ = folder.lexically_normal();
    scan(main, body, main.text.size());
    line_break(true);
    if (error_) return Error{*error_};
    return std::move(doc_);
  }

 private:
  // ---- output: lines of the Document ----

  void put(std::string_view s, const TexFile& f, size_t pos) {
    if (flat_) { *flat_ += s; return; }
    if (pending_.text.empty()) {
      if (trim(s).empty()) return;
      pending_.at = f.at(pos);
    }
    pending_.text += s;
  }

  // Ends the line being built; a paragraph break (blank line, list, heading) sets the gap before the next one.
  void line_break(bool paragraph) {
    if (flat_) { *flat_ += ' '; return; }
    std::string text = squeeze_spaces(trim(pending_.text));
    if (!text.empty()) {
      push(std::move(text), pending_.at, pending_.bullet, 0);
      gap_ = 0;
    }
    if (paragraph) gap_ = 1;
    pending_ = Pending{};
    pending_.bullet = description_;
  }

  void push(std::string text, Location at, bool bullet, int heading) {
    TextLine line;
    line.text = std::move(text);
    line.at = std::move(at);
    line.bullet = bullet;
    line.heading = heading;
    line.gap_before = gap_;
    doc_.lines.push_back(std::move(line));
  }

  // A whole line from a command (heading, item, entry), or text in place when reading an argument as text.
  void emit(const std::string& raw, const TexFile& f, size_t pos, bool bullet, int heading = 0) {
    std::string text = squeeze_spaces(trim(raw));
    if (flat_) { *flat_ += " " + text + " "; return; }
    line_break(true);
    if (!text.empty()) push(text, f.at(pos), bullet, heading);
    gap_ = 1;
  }

  // The text of a span as one string (an argument read as text: breaks become spaces).
  std::string flatten(const TexFile& f, Span s) {
    std::string out;
    std::string* saved = flat_;
    flat_ = &out;
    scan(f, s.b, s.e);
    flat_ = saved;
    return squeeze_spaces(trim(out));
  }

  // The raw characters of an argument (URLs, file names), with TeX escapes undone.
  static std::string raw(const TexFile& f, Span s) {
    std::string out;
    for (size_t i = s.b; i < s.e; ++i) {
      if (f.text[i] == '\\' && i + 1 < s.e && !is_letter(f.text[i + 1])) ++i;
      if (f.text[i] != '\n') out += f.text[i];
    }
    return trim(out);
  }

  // Where the visible text of an argument starts (for the line a finding points at).
  static size_t first_text(const TexFile& f, Span s) {
    size_t i = s.b;
    while (i < s.e && (f.text[i] == ' ' || f.text[i] == '\n' || f.text[i] == '\t' || f.text[i] == '{')) ++i;
    return i < s.e ? i : s.b;
  }

  // Up to n brace arguments in a row, each skipped optional [...] before it.
  static std::vector<Span> arguments(const TexFile& f, size_t& i, size_t e, int n) {
    std::vector<Span> args;
    while (int(args.size()) < n) {
      size_t k = i;
      skip_options(f, k, e);
      auto g = read_group(f, k, e);
      if (!g) break;
      args.push_back(*g);
      i = k;
    }
    return args;
  }

  // ---- scanning ----

  void scan(const TexFile& f, size_t b, size_t e) {
    if (nesting_ >= kMaxNesting) { put(raw(f, Span{b, e}), f, b); return; }
    ++nesting_;
    scan_text(f, b, e);
    --nesting_;
  }

  void scan_text(const TexFile& f, size_t b, size_t e) {
    std::string_view t = f.text;
    size_t i = b;
    while (i < e && !error_ && !ended_) {
      char c = t[i];
      switch (c) {
        case '%': while (i < e && t[i] != '\n') ++i; if (i < e) ++i; break;
        case '\\': command(f, i, e); break;
        case '{': case '$': ++i; break;
        case '}':
          ++i;
          // Adjacent arguments of an unknown macro are separate words, unless the next one starts with punctuation.
          if (i + 1 < e && t[i] == '{' && std::string_view(",.:;)}").find(t[i + 1]) == npos) put(" ", f, i);
          break;
        case '~': put(" ", f, i++); break;
        case '&': put(" | ", f, i++); break;
        case '\n': {
          size_t k = i + 1;
          while (k < e && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) ++k;
          if (k < e && t[k] == '\n') { line_break(true); i = k; }
          else { put(" ", f, i); ++i; }
          break;
        }
        case '-': {
          size_t n = 0;
          while (i + n < e && t[i + n] == '-' && n < 3) ++n;
          put(n == 3 ? "—" : n == 2 ? "–" : "-", f, i);
          i += n;
          break;
        }
        case '`': case '\'':
          if (i + 1 < e && t[i + 1] == c) { put(c == '`' ? "“" : "”", f, i); i += 2; }
          else put(c == '`' ? "‘" : "'", f, i++);
          break;
        default: {
          size_t k = i + 1;
          while (k < e && std::string_view("%\\{}$~&\n-`'").find(t[k]) == npos) ++k;
          put(t.substr(i, k - i), f, i);
          i = k;
        }
      }
    }
  }

  void command(const TexFile& f, size_t& i, size_t e) {
    std::string_view t = f.text;
    size_t start = i++;
    if (i >= e) return;
    if (!is_letter(t[i])) { control_symbol(f, i, e, start); return; }
    size_t k = i;
    while (k < e && is_letter(t[k])) ++k;
    std::string name(t.substr(i, k - i));
    if (k < e && t[k] == '*') { name += '*'; ++k; }
    i = k;
    if (name == "verb") { verbatim(f, i, e); return; }
    bool bracket_follows = i < e && t[i] == '[';
    // Control words swallow the spaces after them ("\small Go" reads "Go"), but never a blank line.
    while (i < e && (t[i] == ' ' || t[i] == '\t')) ++i;
    if (i < e && t[i] == '\n') {
      size_t n = i + 1;
      while (n < e && (t[n] == ' ' || t[n] == '\t' || t[n] == '\r')) ++n;
      if (n >= e || t[n] != '\n') i = n;
    }
    if (structure(name, f, i, e, start)) return;
    if (auto s = symbols().find(name); s != symbols().end()) { put(s->second, f, start); return; }
    if (auto l = layout_arguments().find(name); l != layout_arguments().end()) {
      drop_arguments(f, i, e, l->second);
      return;
    }
    if (name.size() == 1 && std::string_view("vcrHuk").find(name[0]) != npos) { accent(name[0], f, i, e, start); return; }
    if (bracket_follows) skip_options(f, i, e);  // unknown command: its options are layout, its braces are text
  }

  void control_symbol(const TexFile& f, size_t& i, size_t e, size_t start) {
    char s = f.text[i++];
    switch (s) {
      case '\\':
        if (i < e && f.text[i] == '*') ++i;
        if (i < e && f.text[i] == '[') skip_options(f, i, e);
        line_break(false);
        return;
      case ' ': case ',': case ';': case ':': put(" ", f, start); return;
      case '\n': put(" ", f, start); return;
      case '!': case '-': case '/': case '@': case '(': case ')': case '[': case ']': return;
      case '\'': case '`': case '^': case '"': case '~': case '=': case '.': accent(s, f, i, e, start); return;
      default: put(std::string(1, s), f, start);  // \& \% \$ \# \_ \{ \}
    }
  }

  void accent(char accent, const TexFile& f, size_t& i, size_t e, size_t start) {
    std::string_view t = f.text;
    std::string base;
    if (auto g = read_group(f, i, e)) base = flatten(f, *g);
    else if (i + 1 < e && t[i] == '\\' && is_letter(t[i + 1])) {  // \'\i
      size_t k = i + 1;
      while (k < e && is_letter(t[k])) ++k;
      auto s = symbols().find(t.substr(i + 1, k - i - 1));
      base = s != symbols().end() ? s->second : "";
      i = k;
    } else if (i < e) base = std::string(1, t[i++]);
    if (base.size() == 1) put(compose_accent(accent, base[0]), f, start);
    else put(base, f, start);
  }

  void verbatim(const TexFile& f, size_t& i, size_t e) {
    if (i >= e) return;
    char delim = f.text[i];
    size_t close = f.text.find_first_of(std::string{delim, '\n'}, i + 1);  // \verb never spans lines
    if (close == npos || close > e) close = e;
    put(std::string_view(f.text).substr(i + 1, close - i - 1), f, i + 1);
    i = std::min(close + 1, e);
  }

  void drop_arguments(const TexFile& f, size_t& i, size_t e, int n) {
    for (int a = 0; a < n; ++a) {
      skip_options(f, i, e);
      size_t k = i;
      skip_space(f.text, k, e);
      if (k + 1 < e && f.text[k] == '\\' && is_letter(f.text[k + 1])) {  // \newcommand\name{...}
        i = k + 1;
        while (i < e && is_letter(f.text[i])) ++i;
        continue;
      }
      if (!read_group(f, i, e)) break;
    }
    skip_options(f, i, e);
  }

  // Headings, list items, entries, environments and includes; false when name is none of them.
  bool structure(const std::string& name, const TexFile& f, size_t& i, size_t e, size_t start) {
    static const std::map<std::string, int, std::less<>> headings = {
        {"section", 1}, {"section*", 1}, {"cvsection", 1}, {"chapter", 1}, {"chapter*", 1}, {"part", 1},
        // One level down, like a Markdown "###": a synonym ("\subsection{Skills}") still names a section, other
        // subsections ("Vocational") stay lines inside the section instead of opening one.
        {"subsection", 3}, {"subsection*", 3}, {"cvsubsection", 3}, {"subsubsection", 4}, {"subsubsection*", 4}};
    if (auto h = headings.find(name); h != headings.end()) {
      auto a = arguments(f, i, e, 1);
      if (!a.empty()) emit(flatten(f, a[0]), f, first_text(f, a[0]), false, h->second);
      return true;
    }
    if (name == "item") {
      std::string label;
      if (auto o = read_group(f, i, e, '[')) label = flatten(f, *o);
      if (flat_) { put(" ", f, start); return true; }
      line_break(true);
      pending_.bullet = true;
      // "\item[Go:] ..." keeps a worded label; "\item[--]" is only a marker.
      if (std::any_of(label.begin(), label.end(), [](char c) { return isalnum((unsigned char)c); })) put(label + " ", f, start);
      return true;
    }
    if (name == "resumeItem" || name == "resumeSubItem" || name == "cvlistitem" || name == "cvlistdoubleitem") {
      // Jake's \resumeItem{text}; older forks write \resumeItem{Title}{text}.
      auto a = arguments(f, i, e, 2);
      if (a.empty()) return true;
      if (name == "cvlistdoubleitem") {
        for (const Span& s : a) emit(flatten(f, s), f, first_text(f, s), true);
        return true;
      }
      std::string text = flatten(f, a[0]);
      if (a.size() == 2) text = (text.empty() ? "" : text + ": ") + flatten(f, a[1]);
      emit(text, f, first_text(f, a[0]), true);
      return true;
    }
    if (name == "cvitem" || name == "cvskill" || name == "cvitemwithcomment") {
      auto a = arguments(f, i, e, name == "cvitemwithcomment" ? 3 : 2);
      if (a.empty()) return true;
      std::string text = a.size() > 1 ? flatten(f, a[1]) : "";
      if (a.size() > 2) { std::string c = flatten(f, a[2]); if (!c.empty()) text += " (" + c + ")"; }
      labelled(flatten(f, a[0]), text, f, first_text(f, a[0]));
      return true;
    }
    if (name == "cvdoubleitem") {  // two labelled items side by side
      auto a = arguments(f, i, e, 4);
      for (size_t k = 0; k + 1 < a.size(); k += 2) labelled(flatten(f, a[k]), flatten(f, a[k + 1]), f, first_text(f, a[k]));
      return true;
    }
    if (name == "cventry") { cventry(f, i, e); return true; }
    if (name == "resumeSubheading" || name == "resumeSubHeading") { subheading(f, i, e); return true; }
    if (name == "resumeSubSubheading" || name == "resumeProjectHeading") {
      auto a = arguments(f, i, e, 2);
      if (a.empty()) return true;
      std::string line = flatten(f, a[0]);
      std::string more = a.size() > 1 ? flatten(f, a[1]) : "";
      entry(more.empty() ? line : line + " | " + more, f, first_text(f, a[0]));
      return true;
    }
    if (name == "href") {
      auto a = arguments(f, i, e, 2);
      if (a.empty()) return true;
      std::string url = raw(f, a[0]);
      std::string text = a.size() > 1 ? flatten(f, a[1]) : "";
      put(text.empty() ? url : bare_link(text) == bare_link(url) ? text : text + " (" + url + ")", f, start);
      return true;
    }
    if (name == "url" || name == "nolinkurl") {
      if (auto a = arguments(f, i, e, 1); !a.empty()) put(raw(f, a[0]), f, start);
      return true;
    }
    if (name == "begin" || name == "end") { environment(name == "begin", f, i, e); return true; }
    if (name == "input" || name == "include" || name == "subfile") {
      if (auto a = arguments(f, i, e, 1); !a.empty()) include(f, expand(raw(f, a[0])), start);
      return true;
    }
    if (name == "import" || name == "subimport") {  // Awesome-CV: \import{\sectiondir}{experience.tex}
      auto a = arguments(f, i, e, 2);
      if (a.size() == 2) include(f, expand(raw(f, a[0])) + expand(raw(f, a[1])), start);
      return true;
    }
    if (name == "newline" || name == "linebreak") { line_break(false); return true; }
    if (name == "par") { line_break(true); return true; }
    if (definition(name, f, i, e)) return true;
    return false;
  }

  // moderncv's \cvitem{}{text} is a list item; \cvitem{Languages}{Go, SQL} a labelled line.
  void labelled(const std::string& label, const std::string& text, const TexFile& f, size_t at) {
    emit(label.empty() ? text : text.empty() ? label : label + ": " + text, f, at, label.empty());
  }

  // moderncv: \cventry{dates}{title}{employer}{city}{grade}{description};
  // awesome-cv: \cventry{position}{organisation}{location}{dates}{description}.
  void cventry(const TexFile& f, size_t& i, size_t e) {
    auto a = arguments(f, i, e, 6);
    if (a.empty()) return;
    std::vector<std::string> s;
    for (size_t k = 0; k + 1 < a.size(); ++k) s.push_back(flatten(f, a[k]));
    size_t at = first_text(f, a[0]);
    if (a.size() == 6) {
      entry(entry_line(s[1], s[2], s[3], s[0]), f, at);
      if (!s[4].empty()) emit(s[4], f, first_text(f, a[4]), false);
    } else if (a.size() == 5) {
      entry(entry_line(s[0], s[1], s[2], s[3]), f, at);
    } else {
      s.push_back(flatten(f, a.back()));
      std::string line;
      for (const auto& x : s) if (!x.empty()) line += (line.empty() ? "" : " | ") + x;
      entry(line, f, at);
      return;
    }
    description(f, a.back());
  }

  // An entry's description: its own text is a bullet, and so is every \item in it.
  void description(const TexFile& f, Span s) {
    if (flat_) { put(" " + flatten(f, s), f, s.b); return; }
    bool outer = description_;
    description_ = true;
    line_break(true);
    scan(f, s.b, s.e);
    description_ = outer;
    line_break(true);
  }

  // An entry's title line. A \subsection right above it only groups entries (moderncv's "Vocational"): as a line
  // of its own the parser would read it as this entry's title, so it is left out, with a note.
  void entry(const std::string& line, const TexFile& f, size_t pos) {
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

  // Jake's \resumeSubheading: {Title}{Dates}{Org}{Place} for jobs, {Org}{Place}{Title}{Dates} for schools;
  // the dates argument tells which.
  void subheading(const TexFile& f, size_t& i, size_t e) {
    auto a = arguments(f, i, e, 4);
    if (a.empty()) return;
    std::vector<std::string> s;
    for (const Span& x : a) s.push_back(flatten(f, x));
    s.resize(4);
    bool dates_second = looks_like_dates(s[1]) && !looks_like_dates(s[3]);
    std::string line = dates_second ? entry_line(s[0], s[2], s[3], s[1]) : entry_line(s[2], s[0], s[1], s[3]);
    entry(line, f, first_text(f, a[0]));
  }

  void environment(bool begin, const TexFile& f, size_t& i, size_t e) {
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
  bool definition(const std::string& name, const TexFile& f, size_t& i, size_t e) {
    static const std::set<std::string, std::less<>> kinds = {
        "newcommand", "newcommand*", "renewcommand", "renewcommand*", "providecommand", "providecommand*", "def"};
    if (!kinds.count(name)) return false;
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
    if (auto body = read_group(f, i, e); body && !parameters && !macro.empty()) macros_[macro] = raw(f, *body);
    return true;
  }

  // An include path with the parameterless macros defined so far replaced by their text.
  std::string expand(const std::string& path) const {
    std::string out;
    for (size_t i = 0; i < path.size(); ++i) {
      size_t k = i + 1;
      while (path[i] == '\\' && k < path.size() && is_letter(path[k])) ++k;
      auto it = k > i + 1 ? macros_.find(path.substr(i, k - i)) : macros_.end();
      if (it == macros_.end()) { out += path[i]; continue; }
      out += it->second;
      i = k - 1;
    }
    return out;
  }

  void include(const TexFile& from, std::string name, size_t at) {
    if (name.empty()) return;
    std::string written = name;
    if (fs::path(name).extension().empty()) name += ".tex";
    std::string where = "\\input{" + written + "}" + (from.shown.empty() ? "" : " in " + from.shown) + " (line " +
                        std::to_string(from.at(at).line) + ")";
    if (int(stack_.size()) > kMaxIncludeDepth) {
      error_ = where + ": includes nested deeper than " + std::to_string(kMaxIncludeDepth);
      return;
    }
    // A resume is untrusted: an include may only name a file inside the main file's folder (after symlinks),
    // never an absolute path, or "\\input{/etc/passwd}" would put any readable file into the reports.
    std::string refused = fs::path(name).is_absolute() || name[0] == '~' ? "an absolute path" : "";
    // Relative to the including file first, then to the main file (where pdflatex runs).
    std::vector<std::string> candidates;
    for (const std::string& dir : {from.path, files_.front().path}) {
      if (!refused.empty()) break;
      std::string p = (fs::path(dir).parent_path() / name).lexically_normal().string();
      if (!inside_root(p)) continue;
      if (std::find(candidates.begin(), candidates.end(), p) == candidates.end()) candidates.push_back(p);
    }
    if (refused.empty() && candidates.empty()) refused = "outside the resume's folder";
    if (!refused.empty()) {
      doc_.notes.push_back(where + ": not read, " + refused + " (includes must stay in the resume's folder)");
      return;
    }
    std::optional<Result<std::string>> loaded;
    std::string path;
    for (const auto& p : candidates) {
      if (std::find(stack_.begin(), stack_.end(), p) != stack_.end()) {
        std::string chain;
        for (const auto& s : stack_) chain += s + " → ";
        error_ = where + ": include cycle " + chain + p;
        return;
      }
      loaded.emplace(load_(p));
      path = p;
      if (loaded->ok()) break;
    }
    if (!loaded->ok()) {
      error_ = where + ": " + candidates.front() + ": " + loaded->error();
      return;
    }
    total_bytes_ += loaded->value().size();
    if (total_bytes_ > limits_.max_bytes) {
      error_ = where + ": included files exceed " + std::to_string(limits_.max_bytes >> 20) + " MB";
      return;
    }
    files_.emplace_back(path, path, clean_source(loaded->value()));
    const TexFile& file = files_.back();
    doc_.notes.push_back("included " + path);
    stack_.push_back(path);
    scan(file, 0, file.text.size());
    line_break(true);
    stack_.pop_back();
  }

  // Whether path, with every symlink in it resolved, lies inside the main file's folder.
  bool inside_root(const std::string& path) const {
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return false;
    fs::path rel = resolved.lexically_relative(root_);
    return !rel.empty() && *rel.begin() != "..";
  }

  // moderncv and awesome-cv keep the name and contacts in the preamble: \name{First}{Last}, \email{...}.
  void header_from_preamble(const TexFile& f, size_t end) {
    static const std::set<std::string, std::less<>> kHeaderCommands = {
        "name", "firstname", "familyname", "title", "position", "email", "phone", "mobile", "homepage", "social",
        "github", "gitlab", "linkedin", "twitter", "stackoverflow"};
    std::string_view t = f.text;
    std::string name, headline;
    std::vector<std::string> contacts;
    std::optional<size_t> name_at, headline_at, contacts_at;
    for (size_t i = 0; i < end;) {
      if (t[i] == '%') { while (i < end && t[i] != '\n') ++i; continue; }
      if (t[i] != '\\') { ++i; continue; }
      size_t start = i++;
      size_t k = i;
      while (k < end && is_letter(t[k])) ++k;
      std::string cmd(t.substr(i, k - i));
      i = std::max(k, i + 1);
      if (k < end && t[k] == '*') { cmd += '*'; i = k + 1; }
      if (definition(cmd, f, i, end) || !kHeaderCommands.count(cmd)) continue;
      std::string option;
      if (auto o = read_group(f, i, end, '[')) option = lower(raw(f, *o));
      auto args = arguments(f, i, end, cmd == "name" ? 2 : 1);
      if (args.empty()) continue;
      std::vector<std::string> values;
      for (const Span& s : args) values.push_back(flatten(f, s));
      if (std::any_of(values.begin(), values.end(), [](const std::string& v) { return v.find('#') != npos; }))
        continue;  // a macro definition's parameter, not a value
      std::string value = values.size() == 2 && !values[1].empty() ? values[0] + " " + values[1] : values[0];
      if (value.empty()) continue;
      if (cmd == "name" || cmd == "firstname" || cmd == "familyname") {
        name += (name.empty() ? "" : " ") + value;
        if (!name_at) name_at = start;
      } else if (cmd == "title" || cmd == "position") {
        headline = value;
        headline_at = start;
      } else if (auto link = contact(cmd, option, value)) {
        contacts.push_back(*link);
        if (!contacts_at) contacts_at = start;
      }
    }
    if (name_at) push(name, f.at(*name_at), false, 0);
    if (headline_at) push(headline, f.at(*headline_at), false, 0);
    if (contacts_at) {
      std::string line;
      for (const auto& c : contacts) line += (line.empty() ? "" : " | ") + c;
      push(line, f.at(*contacts_at), false, 0);
    }
  }

  // A preamble contact command as the text a resume shows: \social[github]{ana} → github.com/ana.
  static std::optional<std::string> contact(const std::string& cmd, const std::string& option, const std::string& value) {
    static const std::map<std::string, std::string, std::less<>> sites = {
        {"github", "github.com/"}, {"gitlab", "gitlab.com/"}, {"linkedin", "linkedin.com/in/"},
        {"twitter", "twitter.com/"}, {"stackoverflow", "stackoverflow.com/users/"}};
    if (cmd == "email" || cmd == "phone" || cmd == "mobile" || cmd == "homepage") return value;
    std::string site = cmd == "social" ? option : cmd;
    auto it = sites.find(site);
    // Other networks (\social[skype]{jdoe}) show a bare user name: only an address is worth a contact line.
    if (it == sites.end()) return value.find_first_of("./") != npos ? std::optional(value) : std::nullopt;
    return value.find('/') != npos ? value : it->second + value;
  }

  struct Pending {
    std::string text;
    Location at;
    bool bullet = false;
  };

  const SourceLoader& load_;
  const ExtractLimits& limits_;
  std::list<TexFile> files_;         ///< Every file read; a list so references stay valid while includes load.
  std::vector<std::string> stack_;   ///< Paths of the files being read, outermost first (cycle and depth guard).
  size_t total_bytes_ = 0;
  fs::path root_;                    ///< The main file's folder, canonical: includes must stay inside it.
  Document doc_;
  Pending pending_;
  double gap_ = 1;
  std::string* flat_ = nullptr;      ///< Set while an argument is read as one string.
  int nesting_ = 0;                  ///< Scans inside scans (arguments, descriptions, includes).
  bool description_ = false;         ///< Inside an entry's description, where every line is a bullet.
  std::map<std::string, std::string> macros_;  ///< Parameterless \newcommand bodies, by "\\name".
  std::optional<std::string> error_;
  bool ended_ = false;               ///< \end{document} seen.
};

}  // namespace

Result<Document> read_latex(std::string_view text, const std::string& path, const SourceLoader& load,
                            const ExtractLimits& limits) {
  return LatexReader(load, limits).read(text, path);
}

Result<Document> read_latex(std::string_view text, const std::string& path, const ExtractLimits& limits) {
  return read_latex(text, path, SourceLoader(read_from_disk), limits);
}

}  // namespace bescore
