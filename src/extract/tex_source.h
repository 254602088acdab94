// TeX source scanning for the LaTeX reader (src/extract/latex_reader.h): a loaded .tex file with its lines and
// matched braces, groups, arguments and optional arguments, comments, accents and symbol commands. What a command
// means (a heading, an entry, layout) is the table in src/extract/tex_commands.h.
#pragma once
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.h"

namespace bescore::tex {

inline constexpr size_t kMaxOptionLength = 1024;  ///< Longer "[..." is text, not an optional argument.
inline constexpr size_t npos = std::string_view::npos;

/// One loaded .tex file and where its lines start.
struct TexFile {
  std::string shown;  ///< Path reported in locations; empty for the main input.
  std::string path;   ///< Path its own includes are resolved against.
  std::string text;
  std::vector<size_t> line_starts;

  std::vector<std::pair<size_t, size_t>> braces;  ///< Each '{' and its '}' (npos if unclosed), in file order.

  TexFile(std::string shown_as, std::string path_, std::string text_)
      : shown(std::move(shown_as)), path(std::move(path_)), text(std::move(text_)) {
    line_starts.push_back(0);
    std::vector<size_t> open;
    // Matched once for the whole file, so unclosed groups cannot make argument reading quadratic.
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n') line_starts.push_back(i + 1);
      else if (c == '\\') ++i;
      else if (c == '%') { while (i + 1 < text.size() && text[i + 1] != '\n') ++i; }
      else if (c == '{') { open.push_back(braces.size()); braces.push_back({i, npos}); }
      else if (c == '}' && !open.empty()) { braces[open.back()].second = i; open.pop_back(); }
    }
  }

  Location at(size_t pos) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
    return Location{0, int(it - line_starts.begin()), shown};
  }

  /// Where the '{' at pos closes; npos when it does not.
  size_t close_of(size_t pos) const {
    auto it = std::lower_bound(braces.begin(), braces.end(), std::pair<size_t, size_t>{pos, 0});
    return it != braces.end() && it->first == pos ? it->second : npos;
  }
};

/// The inside of a {...} or [...] group.
struct Span {
  size_t b = 0, e = 0;
};

bool is_letter(char c);

/// Skips spaces, single newlines and comments; stops at a blank line, which ends an argument list in TeX.
void skip_space(std::string_view t, size_t& i, size_t e);

/// Index of the bracket closing the group opened at f.text[i] ('{' or '[') before e; npos if unclosed.
size_t group_end(const TexFile& f, size_t i, size_t e);

/// Reads the group opened by `open` after optional space at i; i moves past it. nullopt when there is none.
std::optional<Span> read_group(const TexFile& f, size_t& i, size_t e, char open = '{');

/// Skips optional [...] arguments at i.
void skip_options(const TexFile& f, size_t& i, size_t e);

/// Up to n brace arguments in a row, each skipped optional [...] before it; i moves past the last one read.
std::vector<Span> arguments(const TexFile& f, size_t& i, size_t e, int n);

/// Skips n arguments that are layout, not text (a bare "\name" counts as one: \newcommand\name{...}).
void drop_arguments(const TexFile& f, size_t& i, size_t e, int n);

/// The raw characters of an argument (URLs, file names), with TeX escapes undone.
std::string raw(const TexFile& f, Span s);

/// Where the visible text of an argument starts (for the line a finding points at).
size_t first_text(const TexFile& f, Span s);

/// "\input{x}" at the start of its line, not commented out: the position of needle outside comments, or npos.
size_t find_outside_comments(std::string_view t, std::string_view needle);

/// Letters with an accent command over them (\'e, \v{c}, \"o...).
std::string compose_accent(char accent, char base);

/// Commands that stand for a character or a space.
const std::map<std::string, std::string, std::less<>>& symbols();

/// Mandatory arguments of environments that are layout (column specs, widths).
int environment_arguments(std::string_view env);

}  // namespace bescore::tex
