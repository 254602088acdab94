// Plain text and Markdown: the source line of every content line is kept for findings.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/markdown_html.h"
#include "extract/markers.h"
#include "base/text.h"

namespace bescore {

namespace {

// Removes Markdown emphasis, code spans and link syntax, keeping the words (and link targets
// that are not already visible, so contact links survive).
std::string strip_inline_markdown(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[' ) {
      size_t close = s.find("](", i);
      size_t end = close == std::string::npos ? close : s.find(')', close);
      if (close != std::string::npos && end != std::string::npos && s.find('\n', i) > end) {
        std::string text = s.substr(i + 1, close - i - 1);
        std::string url = s.substr(close + 2, end - close - 2);
        std::string inner = strip_inline_markdown(text);
        out += inner;
        bool visible = inner.find('.') != std::string::npos || url.rfind("mailto:", 0) == 0 || url.rfind("tel:", 0) == 0;
        if (!visible) out += " (" + url + ")";
        i = end;
        continue;
      }
    }
    if (c == '`') continue;
    if (c == '*' || (c == '_' && (i == 0 || !isalnum((unsigned char)s[i - 1]) || i + 1 >= s.size() ||
                                  !isalnum((unsigned char)s[i + 1])))) {
      // A lone '*' between spaces is a real asterisk; emphasis markers touch a word.
      bool before = i > 0 && s[i - 1] != ' ';
      bool after = i + 1 < s.size() && s[i + 1] != ' ';
      if (before || after) continue;
    }
    if (c == '\\' && i + 1 < s.size() && ispunct((unsigned char)s[i + 1])) { out += s[++i]; continue; }
    out += c;
  }
  return out;
}

int leading_spaces(const std::string& s) {
  int n = 0;
  for (char c : s) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 4;
    else break;
  }
  return n;
}

// Text exported by a job site or an ATS can arrive as one line per resume, with runs of spaces where the
// line breaks were: such a line is split back at those runs (each piece keeps the source line number).
std::vector<std::string> unflatten(const std::string& raw) {
  if (raw.size() < 300) return {raw};
  // Two spaces after a full stop are a typing habit, not a line break.
  int runs = 0;
  for (size_t i = raw.find("  "); i != std::string::npos; i = raw.find("  ", i + 2))
    runs += i > 0 && std::string_view(".!?").find(raw[i - 1]) == std::string_view::npos;
  if (runs * 250 < int(raw.size())) return {raw};  // a run every few hundred characters at least
  std::vector<std::string> pieces;
  size_t from = 0;
  for (size_t i = raw.find("  "); i != std::string::npos; i = raw.find("  ", from)) {
    if (i > from) pieces.push_back(raw.substr(from, i - from));
    from = raw.find_first_not_of(' ', i);
    if (from == std::string::npos) return pieces;
  }
  pieces.push_back(raw.substr(from));
  return pieces;
}

// A tab or a run of three spaces inside a line sets columns apart (a heading in a label column, dates pushed
// right): it reads as " | ", as a wide gap does in a PDF.
std::string mark_wide_gaps(const std::string& t) {
  std::string out;
  for (size_t i = 0; i < t.size();) {
    size_t end = t.find_first_not_of(" \t", i);
    if (end == i) { out += t[i++]; continue; }
    if (end == std::string::npos) break;
    bool wide = end - i >= 3 || std::find(t.begin() + i, t.begin() + end, '\t') != t.begin() + end;  // this run only
    out += wide && !out.empty() ? " | " : " ";
    i = end;
  }
  return out;
}

// A site generator's front matter ("---" lines at the top around "layout: archive", "permalink: /cv/"): the
// number of lines it takes, 0 when there is none. It may hold the resume's own header ("name: …", contacts).
int front_matter_lines(const std::vector<std::string_view>& lines) {
  if (lines.empty() || trim(std::string(lines[0])) != "---") return 0;
  for (size_t i = 1; i < lines.size() && i < 80; ++i) {
    std::string raw(lines[i]), t = trim(raw);
    if (t == "---" || t == "...") return int(i + 1);
    // YAML only: "key: value", a list item, or a line indented under one; a heading or prose means the "---" was
    // a rule drawn at the top of the resume.
    bool key = !t.empty() && t.find(':') != std::string::npos && t.find(' ') > t.find(':') - 1 && t[0] != '#';
    bool nested = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    bool comment = t.rfind("# ", 0) == 0 && i > 1;  // a YAML comment ("# personal details") after a first key
    if (!t.empty() && !key && !nested && !comment && t.rfind("- ", 0) != 0) return 0;
  }
  return 0;
}

// A front matter line that sets up the page rather than saying anything about the person: "layout: archive",
// "author_profile: true", "title: \" \"", or a path listed under a setting ("- /resume").
bool page_setting(const std::string& t) {
  static const std::set<std::string> keys = {"layout", "permalink", "author_profile", "redirect_from", "date", "tags",
                                             "categories", "draft", "sidebar", "toc", "excerpt", "classes", "weight",
                                             "slug", "aliases", "menu", "type", "lang", "published", "output", "geometry",
                                             "template", "fontsize", "mainfont", "header-includes", "documentclass"};
  if (t.rfind("- /", 0) == 0) return true;
  size_t colon = t.find(':');
  if (colon == std::string::npos) return false;
  std::string key = lower(trim(t.substr(0, colon))), value = trim(t.substr(colon + 1));
  bool no_words = std::none_of(value.begin(), value.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
  std::string title = lower(value);
  if (title.size() >= 2 && (title[0] == '"' || title[0] == '\'') && title.back() == title[0]) title = title.substr(1, title.size() - 2);
  // "CV", "Professional Resume", "About": the page's name, not the person's.
  static const std::set<std::string> page_words = {"cv", "resume", "résumé", "vitae", "about", "home", "portfolio"};
  bool page_title = false;
  std::istringstream words(title);
  for (std::string w; words >> w;) page_title = page_title || page_words.count(w);
  return keys.count(key) || (key == "title" && (no_words || page_title));
}

// A line that is only a template tag ("{% include base_path %}", "{{ site.author }}"): the page's code.
bool template_tag(const std::string& t) {
  bool liquid = t.size() >= 4 && t.compare(0, 2, "{%") == 0 && t.compare(t.size() - 2, 2, "%}") == 0;
  bool output = t.size() >= 4 && t.compare(0, 2, "{{") == 0 && t.compare(t.size() - 2, 2, "}}") == 0;
  return liquid || output;
}

// A line's text on each side of a page break ("\f", which pdftotext writes before each page's first line): a line
// of the last page and the next page's first line that a flattening ran together are two lines ("…VirtualBox\f
// EDUCATION"). A break that opens or ends the line only ends a page, as the whitespace it is.
std::vector<std::string> apart_at_page_breaks(std::vector<std::string> pieces) {
  if (std::none_of(pieces.begin(), pieces.end(), [](const std::string& p) { return p.find('\f') != std::string::npos; }))
    return pieces;
  std::vector<std::string> out;
  for (const auto& p : pieces) {
    size_t from = 0;
    for (size_t brk = p.find('\f'); brk != std::string::npos; brk = p.find('\f', brk + 1))
      if (!trim(p.substr(from, brk - from)).empty() && !trim(p.substr(brk + 1)).empty()) {
        out.push_back(p.substr(from, brk - from));
        from = brk + 1;
      }
    out.push_back(p.substr(from));
  }
  return out;
}

}  // namespace

Result<Document> read_text(std::string_view bytes, const std::string& name, bool markdown) {
  std::string text(bytes);
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  size_t bad = repair_utf8(text);
  if (bad > 16 && bad * 20 > text.size()) return Error{"invalid UTF-8 beyond repair (" + std::to_string(bad) + " bad sequences)"};
  remove_invisible_marks(text);  // text copied from Google Docs carries direction marks around every run

  Document doc;
  doc.file = name;
  doc.format = markdown ? "markdown" : "text";
  int blank_run = 0, line_no = 0;
  bool in_code = false, in_comment = false, text_fence = false;
  const auto source_lines = split_lines(text);
  int front_matter_end = markdown ? front_matter_lines(source_lines) : 0;
  for (std::string_view raw_view : source_lines) {
    ++line_no;
    std::string source(raw_view);
    if (line_no <= front_matter_end) {
      if (line_no == 1 || line_no == front_matter_end || page_setting(trim(source)) || trim(source).rfind("#", 0) == 0) continue;
      std::string t = trim(source);
      if (lower(t).rfind("name:", 0) == 0 || lower(t).rfind("author:", 0) == 0 || lower(t).rfind("title:", 0) == 0) {
        source = trim(t.substr(t.find(':') + 1));
        if (source.size() >= 2 && (source[0] == '"' || source[0] == '\'') && source.back() == source[0])
          source = source.substr(1, source.size() - 2);  // name: "Jo Park", title: "Backend Engineer"
      }
    }
    // A fence of plain text ("```", "```text") is read as plain text: a resume set whole in one is still a resume.
    // A fence of code ("```bash") is code, not the resume's words.
    bool fence = markdown && (trim(source).rfind("```", 0) == 0 || trim(source).rfind("~~~", 0) == 0);
    if (fence && !in_code) {
      std::string info = lower(trim(trim(source).substr(3)));
      text_fence = info.empty() || info == "text" || info == "txt" || info == "plain" || info == "plaintext";
    }
    bool code = markdown && in_code && !fence;
    if (code && !text_fence) continue;
    std::vector<std::string> pieces = markdown && !code ? html_pieces(source) : std::vector<std::string>{source};
    for (const std::string& piece : pieces)
    for (std::string& raw : apart_at_page_breaks(unflatten(piece))) {
      TextLine line;
      line.at = {0, line_no};
      line.indent = leading_spaces(raw);
      std::string t = trim(raw);
      if (markdown && !code) {
        if (t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0) { in_code = !in_code; continue; }
        if (in_comment) { if (t.find("-->") != std::string::npos) in_comment = false; continue; }
        if (t.rfind("<!--", 0) == 0) { in_comment = t.find("-->") == std::string::npos; continue; }
        if (t == "---" || t == "***" || t == "___") { ++blank_run; continue; }
        if (template_tag(t)) continue;
        // Setext underline turns the previous line into a heading.
        if (!t.empty() && t.find_first_not_of('=') == std::string::npos && !doc.lines.empty() && blank_run == 0) {
          doc.lines.back().heading = 1; continue;
        }
        if (!t.empty() && t[0] == '#') {
          size_t hashes = t.find_first_not_of('#');
          if (hashes != std::string::npos && hashes <= 6 && t[hashes] == ' ') { t = trim(t.substr(hashes)); line.heading = int(hashes); }
        }
        if (!t.empty() && t[0] == '>') t = trim(t.substr(1));
        if (t.size() >= 2 && t.compare(t.size() - 2, 2, "  ") == 0) t = trim(t);
      }
      if (t.empty()) { ++blank_run; continue; }
      line.bullet = strip_list_marker(t);
      if (markdown && !code) {
        t = trim(strip_inline_markdown(t));
        if (t.size() > 3 && t.compare(0, 3, "[ ]") == 0) t = trim(t.substr(3));
        if (t.empty()) continue;
      }
      line.text = squeeze_spaces(mark_wide_gaps(t));
      line.gap_before = blank_run;
      blank_run = 0;
      doc.lines.push_back(std::move(line));
    }
  }
  doc.pages = 1;
  return doc;
}

}  // namespace bescore
