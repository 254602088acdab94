#include "check/template.h"

#include <algorithm>

namespace bescore {

std::string fill_template(const std::string& text, const TemplateValues& values) {
  std::string out;
  out.reserve(text.size() + 64);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(text.substr(i + 1, close - i - 1));
        if (it != values.end()) { out += it->second; i = close; continue; }
      }
    }
    out += text[i];
  }
  return out;
}

namespace {

// What an empty value fills in a fix, so that tidy_fix finds the quote it leaves empty wherever it stands
// ("\"{text}, cutting …\"" with no text would read "\", cutting …\"").
constexpr char kNothing = '\x1f';

size_t empty_quote(const std::string& s, size_t from = 0) {
  return std::min(s.find("\"\"", from), s.find(kNothing, from));
}

}  // namespace

TemplateValues fix_values(TemplateValues values) {
  for (auto& [name, value] : values) {
    size_t end = value.size();
    while (end > 0 && (value[end - 1] == '.' || value[end - 1] == ';' || value[end - 1] == ',' || value[end - 1] == ':' ||
                       value[end - 1] == ' '))
      --end;
    value.resize(end);
    if (value.empty()) value = std::string(1, kNothing);
  }
  return values;
}

std::string tidy_fix(const std::string& fix) {
  if (empty_quote(fix) == std::string::npos) return fix;
  std::string out, piece;
  auto take = [&](std::string p) {
    size_t empty = empty_quote(p);
    if (empty != std::string::npos) {
      size_t cut = std::string::npos;
      for (const char* lead : {", e.g.", " e.g.", ", for example", " for example", ": \""}) {
        size_t at = p.rfind(lead, empty);
        if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at;
      }
      p = cut == std::string::npos ? "" : p.substr(0, cut);
      p.erase(std::remove(p.begin(), p.end(), kNothing), p.end());
    }
    if (!p.empty()) out += (out.empty() ? "" : "; ") + p;
  };
  size_t start = 0;
  for (size_t at; (at = fix.find("; ", start)) != std::string::npos; start = at + 2) take(fix.substr(start, at - start));
  take(fix.substr(start));
  return out;
}

}  // namespace bescore
