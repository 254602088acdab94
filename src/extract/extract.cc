#include "extract/extract.h"
#include "base/text.h"
#include "extract/language.h"
#include "extract/unsupported.h"
#include "extract/reader_modules.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace bescore {

// \documentclass or \begin{document} near the top, or section commands (a body-only file).
static bool looks_like_latex(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  for (std::string_view mark : {"\\documentclass", "\\begin{document}", "\\section{", "\\section*{", "\\cvsection{"})
    if (head.find(mark) != std::string_view::npos) return true;
  return false;
}

// A JSON object with a "basics" or "work" key: invalid JSON in such a file is reported, not read as text.
static bool looks_like_json_resume(std::string_view bytes) {
  size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string_view::npos || bytes[first] != '{') return false;
  for (const char* key : {"\"basics\"", "\"work\""}) {
    for (size_t k = bytes.find(key); k != std::string_view::npos; k = bytes.find(key, k + 1)) {
      size_t colon = bytes.find_first_not_of(" \t\r\n", k + std::strlen(key));
      if (colon != std::string_view::npos && bytes[colon] == ':') return true;
    }
  }
  return false;
}

std::string detect_format(std::string_view bytes, const std::string& name) {
  // A ZIP is a DOCX when it holds word/document.xml (names are stored uncompressed); any other ZIP is binary.
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4)))
    return bytes.find("word/document.xml") != std::string_view::npos ? "docx" : "";
  std::string_view head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return "pdf";
  if (bytes.find('\0') != std::string_view::npos) return "";
  if (ends_with(name, ".tex") || looks_like_latex(bytes)) return "latex";
  if (ends_with(name, ".json") || looks_like_json_resume(bytes)) return "jsonresume";
  if (ends_with(name, ".md") || ends_with(name, ".markdown")) return "markdown";
  // Markdown told by content: an ATX heading or a link at the start of a line.
  size_t pos = 0;
  for (int n = 0; n < 200 && pos < bytes.size(); ++n) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ")) return "markdown";
    if (line.find("](http") != std::string_view::npos || line.find("**") != std::string_view::npos) return "markdown";
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return "text";
}

// The cause when a file of this many bytes is over the limit, else empty. Sizes round up: 20 MB and a byte is 21.
static std::string too_large(size_t bytes, const ExtractLimits& limits) {
  if (bytes <= limits.max_bytes) return "";
  return "file is " + std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB (limit " +
         std::to_string(limits.max_bytes >> 20) + " MB; raise it with --max-size)";
}

static Result<Document> read_format(std::string_view bytes, const std::string& name, const std::string& format,
                                    const ExtractLimits& limits) {
  if (format == "pdf") {  // poppler and qpdf only when a PDF is read (src/extract/reader_modules.h)
    auto pdf = pdf_reader_module();
    if (!pdf) return Error{pdf.error()};
    return pdf.value()->read(bytes, name, limits);
  }
  if (format == "docx") {
    auto docx = docx_reader_module();
    if (!docx) return Error{docx.error()};
    return docx.value()->read(bytes, name, limits);
  }
  if (format == "latex") return read_latex(bytes, name, limits);
  if (format == "jsonresume") return read_json_resume(bytes, name);
  return read_text(bytes, name, format == "markdown");
}

// Characters (code points, not bytes) of the text the reader extracted.
static size_t text_chars(const Document& doc) {
  size_t n = 0;
  for (const auto& line : doc.lines)
    for (unsigned char c : line.text) n += (c & 0xC0) != 0x80;
  return n;
}

Result<Document> extract_bytes(std::string_view bytes, const std::string& name, const ExtractLimits& limits) {
  if (bytes.empty()) return Error{"file is empty"};
  if (auto cause = too_large(bytes.size(), limits); !cause.empty()) return Error{cause};
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xFF\xFE\0\0"sv) || bytes.starts_with("\0\0\xFE\xFF"sv)) return Error{"UTF-32 text; save it as UTF-8"};
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return Error{"UTF-16 text; save it as UTF-8"};
  if (auto kind = unsupported_format(bytes, name); !kind.empty()) return Error{kind};
  std::string format = detect_format(bytes, name);
  if (format.empty())
    return Error{bytes.starts_with(std::string_view("PK\x03\x04", 4))
                     ? "not a PDF, DOCX or text file (a ZIP archive without word/document.xml)"
                     : "not a PDF, DOCX or text file (binary content)"};
  auto doc = read_format(bytes, name, format, limits);
  if (!doc) return doc;
  if (size_t chars = text_chars(*doc); chars > limits.max_text_chars)
    return Error{"extracted text is " + std::to_string(chars) + " characters (limit " +
                 std::to_string(limits.max_text_chars) + "; raise it with --max-text)"};
  if (auto language = non_english_language(*doc); !language.empty())
    return Error{"written in " + language + "; bescore reads resumes in English"};
  // The file as uploaded is what an applicant tracking system meets: its size and pages belong to the audit.
  doc->layout.file_bytes = bytes.size();
  doc->layout.pages = doc->pages;
  if (limits.keep_readings)
    for (const auto& l : doc->lines) doc->layout.reconstruction.emplace_back(l.at.page, l.text);
  return doc;
}

Result<Document> extract_file(const std::string& path, const ExtractLimits& limits) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Error{errno == ENOENT ? "no such file" : std::strerror(errno)};
  if (S_ISDIR(st.st_mode)) return Error{"is a directory; to score the resumes in it: bescore batch " + path};
  if (auto cause = too_large(size_t(st.st_size), limits); !cause.empty()) return Error{cause};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno)};
  // Read in chunks up to the limit: a pipe or a device (/dev/zero) has no size to check beforehand.
  std::string bytes;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, size_t(in.gcount()));
    if (auto cause = too_large(bytes.size(), limits); !cause.empty()) return Error{cause};
  }
  return extract_bytes(bytes, path, limits);
}

}  // namespace bescore
