// LaTeX resumes (Jake's resume, moderncv, awesome-cv, article class): the source scanned character by character
// into the lines a reader of the PDF would see, each at its line in its own source file. What a command does is
// its row of the table in tex_commands.h (done in latex_commands.cc).
#include "extract/latex_reader.h"

#include <algorithm>

#include "base/text.h"

namespace bescore {

namespace tex {

namespace {

constexpr int kMaxNesting = 64;  ///< Commands inside arguments deeper than this are kept as raw text.

}  // namespace

Result<Document> LatexReader::read(std::string_view bytes, const std::string& path) {
  doc_.file = path;
  doc_.format = "latex";
  const TexFile& main = includes_.open_main(bytes, path);
  size_t begin = find_outside_comments(main.text, "\\begin{document}");
  size_t body = 0;
  if (begin != npos) {
    header_from_preamble(main, begin);
    body = begin + std::string_view("\\begin{document}").size();
  }
  scan(main, body, main.text.size());
  line_break(true);
  if (error_) return Error{*error_};
  return std::move(doc_);
}

// ---- output: lines of the Document ----

void LatexReader::put(std::string_view s, const TexFile& f, size_t pos) {
  if (flat_) { *flat_ += s; return; }
  if (pending_.text.empty()) {
    if (trim(s).empty()) return;
    pending_.at = f.at(pos);
  }
  pending_.text += s;
}

// Ends the line being built; a paragraph break (blank line, list, heading) sets the gap before the next one.
void LatexReader::line_break(bool paragraph) {
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

void LatexReader::push(std::string text, Location at, bool bullet, int heading) {
  TextLine line;
  line.text = std::move(text);
  line.at = std::move(at);
  line.bullet = bullet;
  line.heading = heading;
  line.gap_before = gap_;
  doc_.lines.push_back(std::move(line));
}

// A whole line from a command (heading, item, entry), or text in place when reading an argument as text.
void LatexReader::emit(const std::string& raw, const TexFile& f, size_t pos, bool bullet, int heading) {
  std::string text = squeeze_spaces(trim(raw));
  if (flat_) { *flat_ += " " + text + " "; return; }
  line_break(true);
  if (!text.empty()) push(text, f.at(pos), bullet, heading);
  gap_ = 1;
}

// The text of a span as one string (an argument read as text: breaks become spaces).
std::string LatexReader::flatten(const TexFile& f, Span s) {
  std::string out;
  std::string* saved = flat_;
  flat_ = &out;
  scan(f, s.b, s.e);
  flat_ = saved;
  return squeeze_spaces(trim(out));
}

// ---- scanning ----

void LatexReader::scan(const TexFile& f, size_t b, size_t e) {
  if (nesting_ >= kMaxNesting) { put(raw(f, Span{b, e}), f, b); return; }
  ++nesting_;
  scan_text(f, b, e);
  --nesting_;
}

void LatexReader::scan_text(const TexFile& f, size_t b, size_t e) {
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

void LatexReader::command(const TexFile& f, size_t& i, size_t e) {
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
  if (auto c = commands_.find(name); c != commands_.end()) { run(c->second, f, i, e, start); return; }
  if (auto s = symbols().find(name); s != symbols().end()) { put(s->second, f, start); return; }
  if (name.size() == 1 && std::string_view("vcrHuk").find(name[0]) != npos) { accent(name[0], f, i, e, start); return; }
  if (bracket_follows) skip_options(f, i, e);  // unknown command: its options are layout, its braces are text
}

void LatexReader::control_symbol(const TexFile& f, size_t& i, size_t e, size_t start) {
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

void LatexReader::accent(char accent, const TexFile& f, size_t& i, size_t e, size_t start) {
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

void LatexReader::verbatim(const TexFile& f, size_t& i, size_t e) {
  if (i >= e) return;
  char delim = f.text[i];
  size_t close = f.text.find_first_of(std::string{delim, '\n'}, i + 1);  // \verb never spans lines
  if (close == npos || close > e) close = e;
  put(std::string_view(f.text).substr(i + 1, close - i - 1), f, i + 1);
  i = std::min(close + 1, e);
}

}  // namespace tex

Result<Document> read_latex(std::string_view text, const std::string& path, const SourceLoader& load,
                            const ExtractLimits& limits, const tex::CommandTable& commands) {
  return tex::LatexReader(load, limits, commands).read(text, path);
}

Result<Document> read_latex(std::string_view text, const std::string& path, const SourceLoader& load,
                            const ExtractLimits& limits) {
  return read_latex(text, path, load, limits, tex::template_commands());
}

Result<Document> read_latex(std::string_view text, const std::string& path, const ExtractLimits& limits) {
  SourceLoader load = [max = limits.max_bytes](const std::string& file) { return tex::read_source_file(file, max); };
  return read_latex(text, path, load, limits);
}

}  // namespace bescore
