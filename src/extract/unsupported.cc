#include "extract/unsupported.h"

#include <algorithm>
#include <cctype>

namespace bescore {

namespace {

bool has_extension(const std::string& name, std::initializer_list<std::string_view> extensions) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return std::any_of(extensions.begin(), extensions.end(), [&](std::string_view e) { return lower.ends_with(e); });
}

// The first bytes after a UTF-8 byte order mark and white space, lower-cased.
std::string opening(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t first = bytes.find_first_not_of(" \t\r\n");
  std::string head(first == std::string_view::npos ? "" : bytes.substr(first, 64));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return head;
}

// Bytes pos to pos + n, or fewer (none) past the end.
std::string_view part(std::string_view b, size_t pos, size_t n) { return pos < b.size() ? b.substr(pos, n) : std::string_view(); }

const char* image_kind(std::string_view b) {
  if (b.starts_with("\x89PNG\r\n\x1a\n")) return "PNG";
  if (b.starts_with("\xFF\xD8\xFF")) return "JPEG";
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return "GIF";
  if (b.starts_with("RIFF") && part(b, 8, 4) == "WEBP") return "WebP";
  if (b.starts_with(std::string_view("II*\0", 4)) || b.starts_with(std::string_view("MM\0*", 4))) return "TIFF";
  if (part(b, 4, 8) == "ftypheic" || part(b, 4, 8) == "ftypheix" || part(b, 4, 8) == "ftypmif1") return "HEIC";
  return nullptr;
}

}  // namespace

std::string unsupported_format(std::string_view bytes, const std::string& name) {
  const std::string to_docx_or_pdf = "save it as .docx or PDF (File > Save As) and score that";
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "a Word 97-2003 .doc file: " + to_docx_or_pdf;
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4)) && bytes.substr(0, 200).find("application/vnd.oasis.opendocument") != std::string_view::npos)
    return "an OpenDocument file (.odt): " + to_docx_or_pdf;
  if (const char* image = image_kind(bytes))
    return std::string("a ") + image + " image, and bescore reads text: export the resume as a PDF with selectable text, or as .docx";
  std::string head = opening(bytes);
  if (head.starts_with("{\\rtf")) return "an RTF file: " + to_docx_or_pdf;
  if (head.starts_with("<!doctype html") || head.starts_with("<html") ||
      (has_extension(name, {".html", ".htm"}) && head.starts_with("<")))
    return "an HTML page: print it to PDF from the browser, or save its text as .txt or .md, and score that";
  return "";
}

}  // namespace bescore
