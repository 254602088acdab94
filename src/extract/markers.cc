#include "extract/markers.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/text.h"

namespace bescore {

namespace {
// Symbols that only ever start a list item when followed by a space.
constexpr std::array<std::string_view, 24> kSymbols = {
    "-", "*", "+", "•", "–", "—", "▪", "●", "◦", "‣", "·", "○", "■", "□", "➢", "►", "▶", "✓", "✔", "❖", "➤", "⁃", "∙", "◆"};
}  // namespace

bool strip_list_marker(std::string& line) {
  for (std::string_view m : kSymbols) {
    if (line.size() > m.size() + 1 && line.compare(0, m.size(), m) == 0) {
      std::string_view rest = std::string_view(line).substr(m.size());
      if (rest[0] == ' ' || rest[0] == '\t' || (m.size() > 1 && rest[0] != '-')) {
        std::string t = trim(rest);
        if (t.empty()) return false;
        line = t;
        return true;
      }
    }
  }
  // Numbered: "1." "12)" "a)" followed by a space.
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 && line.size() > 2 && line[0] >= 'a' && line[0] <= 'h' && line[1] == ')') i = 1;
  if (i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ') {
    std::string t = trim(std::string_view(line).substr(i + 1));
    if (t.empty()) return false;
    line = t;
    return true;
  }
  return false;
}

namespace {
bool opens_with_letter_alone(const std::string& line, char letter) {
  return line.size() > 3 && line[0] == letter && line[1] == ' ' && line[2] >= 'A' && line[2] <= 'Z';
}
}  // namespace

char icon_bullet_letter(const std::vector<std::string>& lines) {
  std::array<int, 26> opens{};
  // Not a letter that is a word of its own in English or a language of its names ("a", "I", "y", "w", "z"...); "o"
  // is Word's second-level bullet.
  constexpr std::string_view kWords = "aeiuwyz";
  for (const auto& l : lines)
    if (l.size() > 3 && l[0] >= 'a' && l[0] <= 'z' && kWords.find(l[0]) == std::string_view::npos && opens_with_letter_alone(l, l[0]))
      ++opens[size_t(l[0] - 'a')];
  auto most = std::max_element(opens.begin(), opens.end());
  return *most >= 3 ? char('a' + (most - opens.begin())) : 0;
}

bool strip_icon_bullet(std::string& line, char letter) {
  if (!letter || !opens_with_letter_alone(line, letter)) return false;
  line = trim(std::string_view(line).substr(2));
  return true;
}

}  // namespace bescore
