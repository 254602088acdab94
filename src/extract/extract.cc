#include "extract/extract.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace bescore {

static bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

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

Result<Document> extract_bytes(std::string_view bytes, const std::string& name, const ExtractLimits& limits) {
  if (bytes.empty()) return Error{"file is empty"};
  if (bytes.size() > limits.max_bytes)
    return Error{"file is " + std::to_string(bytes.size() >> 20) + " MB (limit " + std::to_string(limits.max_bytes >> 20) +
                 " MB; raise it with --max-size)"};
  std::string format = detect_format(bytes, name);
  if (format.empty()) return Error{"not a PDF or text file (binary content)"};
  if (format == "pdf") return read_pdf(bytes, name, limits);
  if (format == "latex") return read_latex(bytes, name, limits);
  if (format == "jsonresume") return read_json_resume(bytes, name);
  return read_text(bytes, name, format == "markdown");
}

Result<Document> extract_file(const std::string& path, const ExtractLimits& limits) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Error{errno == ENOENT ? "no such file" : std::strerror(errno)};
  if (S_ISDIR(st.st_mode)) return Error{"is a directory"};
  if (size_t(st.st_size) > limits.max_bytes)
    return Error{"file is " + std::to_string(st.st_size >> 20) + " MB (limit " + std::to_string(limits.max_bytes >> 20) +
                 " MB; raise it with --max-size)"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno)};
  std::ostringstream buf;
  buf << in.rdbuf();
  return extract_bytes(buf.str(), path, limits);
}

}  // namespace bescore
