#include "extract/markdown_html.h"

#include <cctype>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {

// The tag's name in lower case, without '/' or attributes: "li", "h3", "br", "!--".
std::string tag_name(std::string_view tag) {
  size_t b = tag.find_first_not_of("</");
  size_t e = tag.find_first_of(" \t/>", b);
  return lower(std::string(tag.substr(b, e - b)));
}

bool block_tag(const std::string& name);

// A tag: '<', a known HTML element's name (or a comment), up to the next '>'. "< 50 ms", "<3", an autolink
// ("<ana@example.com>", "<https://...>") and a generic ("Cache<K, V>") are text.
bool tag_at(const std::string& s, size_t i, size_t& end) {
  if (s[i] != '<' || i + 1 >= s.size()) return false;
  if (s.compare(i, 4, "<!--") == 0) {
    end = s.find('>', i);
    return end != std::string::npos;
  }
  unsigned char c = (unsigned char)s[i + 1];
  if (!std::isalpha(c) && c != '/') return false;
  end = s.find('>', i);
  if (end == std::string::npos) return false;
  static const char* inline_tags[] = {"b", "i", "u", "em", "strong", "a", "img", "span", "font", "sub", "sup", "small",
                                      "code", "big", "mark", "s", "strike", "del", "ins", "abbr", "kbd", "picture",
                                      "source", "svg", "path", "nobr", "wbr"};
  std::string name = tag_name(std::string_view(s).substr(i, end - i + 1));
  for (const char* t : inline_tags)
    if (name == t) return true;
  return block_tag(name);
}

bool block_tag(const std::string& name) {
  static const char* blocks[] = {"br", "p", "li", "ul", "ol", "div", "hr", "tr", "td", "th", "table", "section",
                                 "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote"};
  for (const char* b : blocks)
    if (name == b) return true;
  return false;
}

// One pass, left to right: "&amp;lt;" is "&lt;" as written, and a long run costs no more than its length.
std::string decode_entities(const std::string& s) {
  static const std::pair<std::string_view, const char*> entities[] = {
      {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    if (s[i] == '&')
      for (const auto& [from, to] : entities)
        if (s.compare(i, from.size(), from) == 0) {
          out += to;
          i += from.size() - 1;
          replaced = true;
          break;
        }
    if (!replaced) out += s[i];
  }
  return out;
}

}  // namespace

std::vector<std::string> html_pieces(const std::string& line) {
  size_t probe = 0;
  bool any = false;
  for (size_t i = line.find('<'); i != std::string::npos && !any; i = line.find('<', i + 1)) any = tag_at(line, i, probe);
  if (!any) return {line};
  std::vector<std::string> out;
  std::string piece, prefix;
  auto flush = [&] {  // a list item's or heading's mark waits for its text ("<li><p>Built ...")
    std::string t = trim(squeeze_spaces(decode_entities(piece)));
    piece.clear();
    if (t.empty()) return;
    out.push_back(prefix + t);
    prefix.clear();
  };
  for (size_t i = 0; i < line.size(); ++i) {
    size_t end = 0;
    if (!tag_at(line, i, end)) { piece += line[i]; continue; }
    std::string_view tag(line.data() + i, end - i + 1);
    std::string name = tag_name(tag);
    bool closing = tag.size() > 1 && tag[1] == '/';
    if (name.rfind("!--", 0) == 0) {  // a comment to its end; one left open is left for the reader to follow
      size_t close = line.find("-->", i);
      if (close == std::string::npos) {
        flush();
        out.push_back(line.substr(i));
        return out;
      }
      i = close + 2;
      continue;
    }
    if (block_tag(name)) {
      // Markdown before the tag ("### <b> Summary </b>") stays with what follows it.
      bool markdown_only = trim(piece).find_first_not_of("#>*- ") == std::string::npos && !trim(piece).empty();
      if (!markdown_only) flush();
      if (!closing && name == "li") prefix = "- ";
      if (!closing && name.size() == 2 && name[0] == 'h' && std::isdigit((unsigned char)name[1]))
        prefix = std::string(size_t(name[1] - '0'), '#') + " ";
    }
    i = end;
  }
  flush();
  return out;
}

}  // namespace bescore
