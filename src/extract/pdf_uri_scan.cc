#include "extract/pdf_uri_scan.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace bescore {

namespace {

// Past any of these limits the full parser decides: a resume has a few links, and a hostile file must not make the
// scan read the same bytes over and over.
constexpr size_t kMaxInflated = 64u << 20;  // bytes of all object streams together
constexpr size_t kMaxString = 4096;         // bytes of one string as written
constexpr int kMaxUris = 10000;             // /URI names in the file and its object streams
constexpr int kMaxReferences = 32;          // "/URI 12 0 R" looked up
constexpr int kMaxObjectStreams = 10000;
constexpr size_t kDictionaryReach = 4096;   // from /ObjStm back to "obj" and on to "stream"

bool is_white(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) { return is_white(c) || std::strchr("()<>[]{}/%", c) != nullptr; }

// Where the name (such as "/URI") occurs at or after from as a whole name, or npos.
size_t find_name(std::string_view text, std::string_view name, size_t from) {
  for (size_t at = text.find(name, from); at != std::string_view::npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    if (end == text.size() || is_delimiter(text[end])) return at;
  }
  return std::string_view::npos;
}

size_t skip_white(std::string_view text, size_t i) {
  while (i < text.size() && is_white(text[i])) ++i;
  return i;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The literal string whose '(' is at text[i] (balanced parentheses, backslash escapes); false when it does not close.
bool read_literal(std::string_view text, size_t i, std::string& out) {
  int depth = 0;
  for (size_t end = std::min(text.size(), i + kMaxString); i < end; ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      char n = text[++i];
      switch (n) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\r':  // a backslash at the end of a line joins the lines
          if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
          break;
        case '\n': break;
        default:
          if (n >= '0' && n <= '7') {
            int value = n - '0';
            for (int k = 0; k < 2 && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '7'; ++k)
              value = value * 8 + (text[++i] - '0');
            out += char(value & 0xFF);
          } else {
            out += n;  // "\(", "\)", "\\", and any other character stands for itself
          }
      }
      continue;
    }
    if (c == '(' && depth++ == 0) continue;
    if (c == ')' && --depth == 0) return true;
    out += c;
  }
  return false;
}

// The hex string whose '<' is at text[i]; false when it does not close or holds something else than hex digits.
bool read_hex(std::string_view text, size_t i, std::string& out) {
  int high = -1;
  for (size_t end = std::min(text.size(), i + kMaxString); ++i < end;) {
    char c = text[i];
    if (c == '>') {
      if (high >= 0) out += char(high << 4);  // an odd last digit is followed by a 0
      return true;
    }
    if (is_white(c)) continue;
    int v = hex_value(c);
    if (v < 0) return false;
    if (high < 0) {
      high = v;
    } else {
      out += char(high << 4 | v);
      high = -1;
    }
  }
  return false;
}

bool plain_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// The number at text[i] ("12" of "12 0 R"); npos when there is none. i moves past it.
size_t read_number(std::string_view text, size_t& i) {
  size_t start = i, value = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 10; ++i) value = value * 10 + size_t(text[i] - '0');
  return i == start ? std::string_view::npos : value;
}

// Where the string of the object reference at text[i] ("12 0 R") starts in pdf, the whole file: after the object's
// last "12 0 obj" (a later update replaces an earlier one); npos when text[i] is no reference, nullopt when the object
// is not among the file's plain objects (it is in an object stream: the scan is unsure).
std::optional<size_t> referred_string(std::string_view text, size_t i, std::string_view pdf) {
  size_t number = read_number(text, i);
  size_t j = skip_white(text, i);
  size_t generation = read_number(text, j);
  j = skip_white(text, j);
  if (number == std::string_view::npos || generation == std::string_view::npos || j >= text.size() || text[j] != 'R')
    return std::string_view::npos;
  std::string header = std::to_string(number) + " " + std::to_string(generation) + " obj";
  for (size_t at = pdf.rfind(header); at != std::string_view::npos; at = at ? pdf.rfind(header, at - 1) : std::string_view::npos)
    if (at == 0 || is_delimiter(pdf[at - 1])) return skip_white(pdf, at + header.size());
  return std::nullopt;
}

struct Scan {
  std::string_view pdf;
  std::vector<std::string> targets;
  size_t max_links;
  bool unsure = false;
  int uris = 0, references = 0;

  // Every "/URI (string)", "/URI <hex>" or "/URI 12 0 R" (a string object) in text.
  void uris_in(std::string_view text) {
    for (size_t at = find_name(text, "/URI", 0); at != std::string_view::npos && !unsure;
         at = find_name(text, "/URI", at + 4)) {
      if (++uris > kMaxUris) {
        unsure = true;
        return;
      }
      std::string_view in = text;
      size_t i = skip_white(text, at + 4);
      if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        auto string_at = ++references > kMaxReferences ? std::nullopt : referred_string(text, i, pdf);
        if (!string_at) {
          unsure = true;
          return;
        }
        in = pdf;
        i = *string_at;
      }
      if (i >= in.size()) continue;
      std::string target;
      bool read = in[i] == '(' ? read_literal(in, i, target)
                  : in[i] == '<' && (i + 1 == in.size() || in[i + 1] != '<') ? read_hex(in, i, target)
                                                                              : false;
      if (read) add(target);
    }
  }

  void add(const std::string& target) {
    if (!plain_ascii(target)) {  // UTF-16 or PDFDocEncoding: the full parser converts it
      unsure = true;
      return;
    }
    if (target.rfind("http://", 0) != 0 && target.rfind("https://", 0) != 0) return;
    if (targets.size() >= max_links || std::find(targets.begin(), targets.end(), target) != targets.end()) return;
    targets.push_back(target);
  }
};

// The Flate stream that starts at data (zlib's format), inflated; false when it does not inflate whole or the total
// passes the limit.
bool inflate_stream(std::string_view data, std::string& out, size_t& total) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = uInt(std::min<size_t>(data.size(), 0xFFFFFFFFu));
  char buffer[65536];
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    status = inflate(&z, Z_NO_FLUSH);
    size_t got = sizeof buffer - z.avail_out;
    total += got;
    if (total > kMaxInflated) break;
    out.append(buffer, got);
  }
  inflateEnd(&z);
  return status == Z_STREAM_END && total <= kMaxInflated;
}

// The object streams (/Type /ObjStm): each one's dictionary runs from its "obj" to its "stream". Uncompressed ones
// were scanned with the file; Flate ones are inflated and scanned; any other filter makes the scan unsure.
void object_streams(std::string_view pdf, Scan& scan) {
  size_t total = 0;
  int streams = 0;
  for (size_t at = find_name(pdf, "/ObjStm", 0); at != std::string_view::npos && !scan.unsure;
       at = find_name(pdf, "/ObjStm", at + 7)) {
    if (++streams > kMaxObjectStreams) {
      scan.unsure = true;
      return;
    }
    size_t from = at - std::min(at, kDictionaryReach);
    std::string_view around = pdf.substr(from, at - from + kDictionaryReach);
    size_t start = around.rfind("obj", at - from);
    size_t keyword = around.find("stream", at - from);
    if (start == std::string_view::npos || keyword == std::string_view::npos) continue;
    std::string_view dict = around.substr(start, keyword - start);
    keyword += from;
    if (dict.find("endobj") != std::string_view::npos || dict.find("endstream") != std::string_view::npos) continue;
    size_t filter = find_name(dict, "/Filter", 0);
    if (filter == std::string_view::npos) continue;
    size_t i = skip_white(dict, filter + 7);
    bool array = i < dict.size() && dict[i] == '[';
    if (array) i = skip_white(dict, i + 1);
    size_t after = i + std::strlen("/FlateDecode");
    bool flate = dict.compare(i, after - i, "/FlateDecode") == 0 && after < dict.size() && is_delimiter(dict[after]);
    if (array) flate = flate && skip_white(dict, after) < dict.size() && dict[skip_white(dict, after)] == ']';
    if (!flate || find_name(dict, "/DecodeParms", 0) != std::string_view::npos) {
      scan.unsure = true;
      return;
    }
    size_t data = keyword + 6;
    if (data < pdf.size() && pdf[data] == '\r') ++data;
    if (data < pdf.size() && pdf[data] == '\n') ++data;
    std::string inflated;
    if (!inflate_stream(pdf.substr(std::min(data, pdf.size())), inflated, total)) {
      scan.unsure = true;
      return;
    }
    scan.uris_in(inflated);
  }
}

}  // namespace

std::optional<std::vector<std::string>> scan_link_targets(std::string_view pdf_bytes, int max_links) {
  if (find_name(pdf_bytes, "/Encrypt", 0) != std::string_view::npos) return std::nullopt;
  Scan scan{pdf_bytes, {}, size_t(std::max(max_links, 0))};
  scan.uris_in(pdf_bytes);
  object_streams(pdf_bytes, scan);
  if (scan.unsure) return std::nullopt;
  return std::move(scan.targets);
}

}  // namespace bescore
