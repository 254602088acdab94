#include "extract/tex_source.h"

#include <algorithm>

#include "base/text.h"

namespace bescore::tex {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

void skip_space(std::string_view t, size_t& i, size_t e) {
  int newlines = 0;
  while (i < e) {
    char c = t[i];
    if (c == '\n') {
      if (++newlines == 2) return;
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '%') {
      while (i < e && t[i] != '\n') ++i;
      if (i < e) ++i;  // a comment swallows its line end
    } else {
      return;
    }
  }
}

size_t group_end(const TexFile& f, size_t i, size_t e) {
  if (f.text[i] == '{') {
    size_t close = f.close_of(i);
    return close < e ? close : npos;
  }
  // An optional argument: short, on one paragraph, brace groups inside it skipped whole.
  size_t limit = std::min(e, i + kMaxOptionLength);
  for (size_t k = i + 1; k < limit; ++k) {
    char c = f.text[k];
    if (c == '\\') ++k;
    else if (c == '{') { k = f.close_of(k); if (k >= limit) return npos; }
    else if (c == ']') return k;
    else if (c == '\n' && k + 1 < limit && f.text[k + 1] == '\n') return npos;
  }
  return npos;
}

std::optional<Span> read_group(const TexFile& f, size_t& i, size_t e, char open) {
  size_t k = i;
  skip_space(f.text, k, e);
  if (k >= e || f.text[k] != open) return std::nullopt;
  size_t close = group_end(f, k, e);
  if (close == npos) return std::nullopt;
  i = close + 1;
  return Span{k + 1, close};
}

void skip_options(const TexFile& f, size_t& i, size_t e) {
  while (read_group(f, i, e, '[')) {}
}

std::vector<Span> arguments(const TexFile& f, size_t& i, size_t e, int n) {
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

std::string raw(const TexFile& f, Span s) {
  std::string out;
  for (size_t i = s.b; i < s.e; ++i) {
    if (f.text[i] == '\\' && i + 1 < s.e && !is_letter(f.text[i + 1])) ++i;
    if (f.text[i] != '\n') out += f.text[i];
  }
  return trim(out);
}

size_t first_text(const TexFile& f, Span s) {
  size_t i = s.b;
  while (i < s.e && (f.text[i] == ' ' || f.text[i] == '\n' || f.text[i] == '\t' || f.text[i] == '{')) ++i;
  return i < s.e ? i : s.b;
}

size_t find_outside_comments(std::string_view t, std::string_view needle) {
  for (size_t pos = t.find(needle); pos != npos; pos = t.find(needle, pos + 1)) {
    size_t line = t.rfind('\n', pos);
    line = line == npos ? 0 : line + 1;
    bool commented = false;
    for (size_t k = line; k < pos; ++k) {
      if (t[k] == '\\') ++k;
      else if (t[k] == '%') commented = true;
    }
    if (!commented) return pos;
  }
  return npos;
}

// Letters with an accent command over them (\'e, \v{c}, \"o...); every composed letter is two UTF-8 bytes.
std::string compose_accent(char accent, char base) {
  static const std::map<char, std::pair<std::string_view, std::string_view>> table = {
      {'\'', {"aeiouyAEIOUYcnszlrCNSZLR", "áéíóúýÁÉÍÓÚÝćńśźĺŕĆŃŚŹĹŔ"}},
      {'`', {"aeiouAEIOU", "àèìòùÀÈÌÒÙ"}},
      {'^', {"aeiouAEIOU", "âêîôûÂÊÎÔÛ"}},
      {'"', {"aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"}},
      {'~', {"anoANO", "ãñõÃÑÕ"}},
      {'=', {"aeiouAEIOU", "āēīōūĀĒĪŌŪ"}},
      {'.', {"zZ", "żŻ"}},
      {'v', {"cszrnedtCSZRNEDT", "čšžřňěďťČŠŽŘŇĚĎŤ"}},
      {'c', {"csCS", "çşÇŞ"}},
      {'r', {"auAU", "åůÅŮ"}},
      {'H', {"ouOU", "őűŐŰ"}},
      {'u', {"agAG", "ăğĂĞ"}},
      {'k', {"aeAE", "ąęĄĘ"}},
  };
  auto it = table.find(accent);
  if (it != table.end()) {
    size_t k = it->second.first.find(base);
    if (k != npos) return std::string(it->second.second.substr(2 * k, 2));
  }
  return std::string(1, base);
}

const std::map<std::string, std::string, std::less<>>& symbols() {
  static const std::map<std::string, std::string, std::less<>> m = {
      {"LaTeX", "LaTeX"}, {"TeX", "TeX"}, {"ldots", "…"}, {"dots", "…"}, {"textbar", "|"}, {"textbullet", "•"},
      {"bullet", "•"}, {"cdot", "·"}, {"cdotp", "·"}, {"textperiodcentered", "·"}, {"sim", "~"},
      {"textasciitilde", "~"}, {"times", "×"}, {"textless", "<"}, {"textgreater", ">"}, {"lt", "<"}, {"gt", ">"},
      {"le", "≤"}, {"leq", "≤"}, {"ge", "≥"}, {"geq", "≥"}, {"approx", "≈"}, {"rightarrow", "→"}, {"to", "→"},
      {"textendash", "–"}, {"textemdash", "—"}, {"textbackslash", "\\"}, {"pm", "±"}, {"textdegree", "°"},
      {"copyright", "©"}, {"texttrademark", "™"}, {"euro", "€"}, {"pounds", "£"}, {"textdollar", "$"},
      {"ss", "ß"}, {"o", "ø"}, {"O", "Ø"}, {"aa", "å"}, {"AA", "Å"}, {"ae", "æ"}, {"AE", "Æ"}, {"oe", "œ"},
      {"l", "ł"}, {"L", "Ł"}, {"i", "i"}, {"j", "j"}, {"quad", " "}, {"qquad", " "}, {"enskip", " "},
      {"enspace", " "}, {"space", " "}, {"hfill", " "}, {"hfil", " "}, {"hss", " "}, {"thinspace", " "},
  };
  return m;
}

int environment_arguments(std::string_view env) {
  static const std::map<std::string, int, std::less<>> m = {
      {"tabular", 1}, {"tabular*", 2}, {"tabularx", 2}, {"tabulary", 2}, {"longtable", 1}, {"minipage", 1},
      {"multicols", 1}, {"multicols*", 1}, {"wrapfigure", 2}, {"adjustwidth", 2}, {"paracol", 1},
  };
  auto it = m.find(env);
  return it == m.end() ? 0 : it->second;
}

}  // namespace bescore::tex
