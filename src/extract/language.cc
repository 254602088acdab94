#include "extract/language.h"

#include <array>
#include <map>
#include <set>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {

struct Script {
  char32_t from, to;
  const char* name;
};

// Scripts a resume may be written in; Latin is told apart by words below.
constexpr std::array<Script, 11> kScripts = {{
    {0x0400, 0x052F, "Russian or another Cyrillic-script language"},
    {0x0370, 0x03FF, "Greek"},
    {0x0590, 0x05FF, "Hebrew"},
    {0x0600, 0x06FF, "Arabic or another Arabic-script language"},
    {0x0900, 0x097F, "Hindi or another Devanagari-script language"},
    {0x0E00, 0x0E7F, "Thai"},
    {0x3040, 0x30FF, "Japanese"},
    {0x3400, 0x4DBF, "Chinese"},
    {0x4E00, 0x9FFF, "Chinese"},
    {0xAC00, 0xD7AF, "Korean"},
    {0x1100, 0x11FF, "Korean"},
}};

struct Language {
  const char* name;
  std::set<std::string_view> words;
};

// The commonest short words of each language, none of them an English word too.
const std::array<Language, 6>& languages() {
  static const std::array<Language, 6> all = {{
      {"English", {"the", "and", "of", "to", "in", "for", "with", "on", "at", "by", "from", "as", "an", "is", "was", "were", "using", "my", "our", "into", "over"}},
      {"Spanish", {"de", "la", "el", "y", "los", "las", "del", "para", "con", "por", "una", "un", "en", "que", "se", "al", "como", "sus"}},
      {"French", {"le", "les", "des", "et", "du", "pour", "avec", "une", "dans", "sur", "au", "aux", "de", "la", "en", "est", "un", "par"}},
      {"German", {"und", "der", "die", "das", "mit", "f\xC3\xBCr", "von", "im", "bei", "ein", "eine", "zur", "zum", "den", "dem", "auf", "ist", "sowie"}},
      {"Portuguese", {"de", "e", "do", "da", "em", "para", "com", "os", "uma", "um", "no", "na", "dos", "das", "ao", "como", "pelo", "pela"}},
      {"Italian", {"di", "e", "il", "la", "per", "con", "del", "della", "in", "un", "una", "dei", "delle", "nel", "nella", "al", "che", "sono"}},
  }};
  return all;
}

}  // namespace

std::string non_english_language(const Document& doc) {
  std::map<std::string_view, int> script_letters;
  int latin = 0;
  std::map<std::string_view, int> hits;
  int words = 0;
  for (const auto& line : doc.lines) {
    const std::string& t = line.text;
    std::string word;
    for (size_t i = 0; i <= t.size();) {
      char32_t c = i < t.size() ? next_code_point(t, i) : (++i, U' ');
      if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ++latin;
      for (const auto& s : kScripts) if (c >= s.from && c <= s.to) { ++script_letters[s.name]; break; }
      bool letter = (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || (c >= 0xC0 && c < 0x250);
      if (letter) { append_utf8(word, c); continue; }
      if (word.empty()) continue;
      ++words;
      std::string w = lower(word);
      for (const auto& l : languages()) if (l.words.count(w)) ++hits[l.name];
      word.clear();
    }
  }
  // A name or an address in another script is fine; a resume mostly in it is not (CJK letters are whole words).
  for (const auto& [name, n] : script_letters) {
    int weight = std::string_view(name) == "Chinese" || std::string_view(name) == "Japanese" || std::string_view(name) == "Korean" ? 3 : 1;
    if (n * weight >= 60 && n * weight > latin) return std::string(name);
  }
  if (words < 60) return "";
  int english = hits["English"];
  std::string_view best;
  int most = 0;
  for (const auto& [name, n] : hits) if (name != "English" && n > most) most = n, best = name;
  // Terse English bullets hold few common words; another language has to show many, and many more than English.
  if (most * 100 >= words * 8 && most >= 3 * std::max(english, 1)) return std::string(best);
  return "";
}

}  // namespace bescore
