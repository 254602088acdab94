#include "extract/markdown_html.h"

#include <cctype>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {

// A tag: '<', then a letter, '/' or '!', up to the next '>' ("< 50 ms" and "<3" are text).
bool tag_at(const std::string& s, size_t i, size_t& end) {
  if (s[i] != '<' || i + 1 >= s.size()) return false;
  unsigned char c = (unsigned char)s[i + 1];
  if (!std::isalpha(c) && c != '/' && c != '!') return false;
  end = s.find('>', i);
  return end != std::string::npos;
}

// The tag's name in lower case, without '/' or attributes: "li", "h3", "br", "!--".
std::string tag_name(std::string_view tag) {
  size_t b = tag.find_first_not_of("</");
  size_t e = tag.find_first_of(" \t/>", b);
  return lower(std::string(tag.substr(b, e - b)));
}

bool block_tag(const std::string& name) {
  static const char* blocks[] = {"br", "p", "li", "ul", "ol", "div", "hr", "tr", "td", "th", "table", "section",
                                 "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote"};
  for (const char* b : blocks)
    if (name == b) return true;
  return false;
}

std::string decode_entities(std::string s) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}};
  for (const auto& [from, to] : entities)
    for (size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, std::string_view(from).size(), to);
  return s;
}

}  // namespace

std::vector<std::string> html_pieces(const std::string& line) {
  size_t probe = 0;
  bool any = false;
  for (size_t i = line.find('<'); i != std::string::npos && !any; i = line.find('<', i + 1)) any = tag_at(line, i, probe);
  if (!any) return {line};
  std::vector<std::string> out;
  std::string piece, prefix;
  auto flush = [&] {
    std::string t = trim(squeeze_spaces(decode_entities(piece)));
    if (!t.empty()) out.push_back(prefix + t);
    piece.clear();
    prefix.clear();
  };
  for (size_t i = 0; i < line.size(); ++i) {
    size_t end = 0;
    if (!tag_at(line, i, end)) { piece += line[i]; continue; }
    std::string_view tag(line.data() + i, end - i + 1);
    std::string name = tag_name(tag);
    bool closing = tag.size() > 1 && tag[1] == '/';
    if (name.rfind("!--", 0) == 0) {  // a comment: to its end, which may be further on
      size_t close = line.find("-->", i);
      i = close == std::string::npos ? line.size() : close + 2;
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
