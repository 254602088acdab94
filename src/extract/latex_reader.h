// The LaTeX reader: the text a reader of the PDF would see, one line per heading, entry and item, each at its line
// in its own source file so findings land where people edit. Three files share it: latex_reader.cc scans the
// source and builds the lines, latex_commands.cc does what each role of the command table (tex_commands.h) does,
// latex_preamble.cc reads the name and contacts templates keep in the preamble. Includes: tex_includes.h.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "document.h"
#include "extract/extract.h"
#include "extract/tex_commands.h"
#include "extract/tex_includes.h"
#include "extract/tex_source.h"

namespace bescore {

/// read_latex with another command table (a test adds a template's command as one row).
Result<Document> read_latex(std::string_view text, const std::string& path, const SourceLoader& load,
                            const ExtractLimits& limits, const tex::CommandTable& commands);

namespace tex {

class LatexReader {
 public:
  LatexReader(const SourceLoader& load, const ExtractLimits& limits, const CommandTable& commands)
      : includes_(load, limits.max_bytes), commands_(commands) {}

  Result<Document> read(std::string_view bytes, const std::string& path);

 private:
  // ---- output: the lines of the Document (latex_reader.cc) ----
  void put(std::string_view s, const TexFile& f, size_t pos);
  void line_break(bool paragraph);
  void push(std::string text, Location at, bool bullet, int heading);
  void emit(const std::string& raw, const TexFile& f, size_t pos, bool bullet, int heading = 0);
  std::string flatten(const TexFile& f, Span s);

  // ---- scanning (latex_reader.cc) ----
  void scan(const TexFile& f, size_t b, size_t e);
  void scan_text(const TexFile& f, size_t b, size_t e);
  void command(const TexFile& f, size_t& i, size_t e);
  void control_symbol(const TexFile& f, size_t& i, size_t e, size_t start);
  void accent(char accent, const TexFile& f, size_t& i, size_t e, size_t start);
  void verbatim(const TexFile& f, size_t& i, size_t e);

  // ---- the roles of the command table (latex_commands.cc) ----
  void run(const Command& c, const TexFile& f, size_t& i, size_t e, size_t start);
  void item(const TexFile& f, size_t& i, size_t e, size_t start);
  void bullet(const Command& c, const TexFile& f, size_t& i, size_t e);
  void labelled(const std::string& label, const std::string& text, const TexFile& f, size_t at);
  void entry_command(const Command& c, const TexFile& f, size_t& i, size_t e);
  void description(const TexFile& f, Span s);
  void entry(const std::string& line, const TexFile& f, size_t pos);
  void link(const TexFile& f, size_t& i, size_t e, size_t start);
  void environment(bool begin, const TexFile& f, size_t& i, size_t e);
  void definition(const TexFile& f, size_t& i, size_t e);
  void include(const TexFile& from, const std::string& name, size_t at);

  // ---- the preamble (latex_preamble.cc) ----
  void header_from_preamble(const TexFile& f, size_t end);

  struct Pending {
    std::string text;
    Location at;
    bool bullet = false;
  };

  TexIncludes includes_;
  const CommandTable& commands_;
  Document doc_;
  Pending pending_;
  double gap_ = 1;
  std::string* flat_ = nullptr;      ///< Set while an argument is read as one string.
  int nesting_ = 0;                  ///< Scans inside scans (arguments, descriptions, includes).
  bool description_ = false;         ///< Inside an entry's description, where every line is a bullet.
  std::optional<std::string> error_;
  bool ended_ = false;               ///< \end{document} seen.
};

}  // namespace tex
}  // namespace bescore
