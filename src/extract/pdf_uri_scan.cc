#include "extract/pdf_uri_scan.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <utility>

namespace bescore {

namespace {

// Past any of these limits the full parser decides: a resume has a few links, and a hostile file must not make the
// scan read the same bytes over and over.
constexpr size_t kMaxInflated = 64u << 20;  // bytes of all object streams together, inflated
constexpr size_t kMaxString = 4096;         // bytes of one string as written
constexpr int kMaxUris = 10000;             // /URI names in the file and its object streams
constexpr int kMaxObjectStreams = 10000;
constexpr size_t kDictionaryReach = 4096;   // from /ObjStm back to its object's "12 0 obj" and on to "stream"
constexpr int kMaxEscapes = 100000;         // '#' looked at for a name spelled with escapes
constexpr size_t kMaxWhite = 256;           // white space and comments between a key and its value
constexpr size_t kMaxObjects = 200000;      // object headers in the index
constexpr size_t npos = std::string_view::npos;

bool is_white(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) { return is_white(c) || std::strchr("()<>[]{}/%", c) != nullptr; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Past white space and comments ("% to the end of the line"); npos past kMaxWhite bytes of them (no writer puts
// that much between a key and its value, and a hostile file would make every name read on to its end).
size_t skip_white(std::string_view text, size_t i) {
  size_t from = i;
  while (i < text.size() && i - from <= kMaxWhite) {
    if (is_white(text[i])) {
      ++i;
    } else if (text[i] == '%') {
      while (i < text.size() && text[i] != '\n' && text[i] != '\r' && i - from <= kMaxWhite) ++i;
    } else {
      return i;
    }
  }
  return i - from > kMaxWhite ? npos : i;
}

// Where the name (such as "/URI") occurs at or after from as a whole name, or npos.
size_t find_name(std::string_view text, std::string_view name, size_t from) {
  for (size_t at = text.find(name, from); at != npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    if (end == text.size() || is_delimiter(text[end])) return at;
  }
  return npos;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "/U#52I" is "/URI": whether text spells a name the scan looks for with '#' escapes, which only a full parser reads
// (a PDF writer has no reason to; a file that does is made to be read differently). Past the limit, as if it did.
bool escapes_a_name(std::string_view text) {
  static const std::array<std::string_view, 7> names = {"URI", "ObjStm", "Encrypt", "Filter", "FlateDecode",
                                                         "DecodeParms", "Type"};
  int looked = 0;
  for (size_t hash = text.find('#'); hash != npos; hash = text.find('#', hash + 1)) {
    if (++looked > kMaxEscapes) return true;
    size_t slash = hash;
    while (slash > 0 && hash - slash < 24 && text[slash] != '/' && !is_delimiter(text[slash])) --slash;
    if (text[slash] != '/') continue;
    std::string name;
    for (size_t i = slash + 1; i < text.size() && !is_delimiter(text[i]) && name.size() < 16; ++i) {
      int high = text[i] == '#' && i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
      int low = high >= 0 ? hex_value(text[i + 2]) : -1;
      if (low >= 0) {
        name += char(high << 4 | low);
        i += 2;
      } else {
        name += text[i];
      }
    }
    if (std::find(names.begin(), names.end(), name) != names.end()) return true;
  }
  return false;
}

// How reading a string ended.
enum class Read { whole, none, too_long };

// The literal string whose '(' is at text[i] (balanced parentheses, backslash escapes).
Read read_literal(std::string_view text, size_t i, std::string& out) {
  int depth = 0;
  size_t end = std::min(text.size(), i + kMaxString);
  for (; i < end; ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < end) {
      char n = text[++i];
      switch (n) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\r':  // a backslash at the end of a line joins the lines
          if (i + 1 < end && text[i + 1] == '\n') ++i;
          break;
        case '\n': break;
        default:
          if (n >= '0' && n <= '7') {
            int value = n - '0';
            for (int k = 0; k < 2 && i + 1 < end && text[i + 1] >= '0' && text[i + 1] <= '7'; ++k)
              value = value * 8 + (text[++i] - '0');
            out += char(value & 0xFF);
          } else {
            out += n;  // "\(", "\)", "\\", and any other character stands for itself
          }
      }
      continue;
    }
    if (c == '(' && depth++ == 0) continue;
    if (c == ')' && --depth == 0) return Read::whole;
    out += c;
  }
  return end < text.size() ? Read::too_long : Read::none;
}

// The hex string whose '<' is at text[i]; none when it holds something else than hex digits.
Read read_hex(std::string_view text, size_t i, std::string& out) {
  int high = -1;
  size_t end = std::min(text.size(), i + kMaxString);
  for (++i; i < end; ++i) {
    char c = text[i];
    if (c == '>') {
      if (high >= 0) out += char(high << 4);  // an odd last digit is followed by a 0
      return Read::whole;
    }
    if (is_white(c)) continue;
    int v = hex_value(c);
    if (v < 0) return Read::none;
    if (high < 0) {
      high = v;
    } else {
      out += char(high << 4 | v);
      high = -1;
    }
  }
  return end < text.size() ? Read::too_long : Read::none;
}

// The string at text[i]: "(literal)" or "<hex>" (not "<<", a dictionary).
Read read_string(std::string_view text, size_t i, std::string& out) {
  if (i >= text.size()) return Read::none;
  if (text[i] == '(') return read_literal(text, i, out);
  if (text[i] == '<' && (i + 1 == text.size() || text[i + 1] != '<')) return read_hex(text, i, out);
  return Read::none;
}

bool plain_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// The number whose last digit is at text[i - 1], read backwards; npos when there is none. i moves before it.
size_t number_before(std::string_view text, size_t& i) {
  size_t value = 0, scale = 1, digits = 0;
  for (; i > 0 && is_digit(text[i - 1]) && digits < 10; --i, ++digits, scale *= 10) value += size_t(text[i - 1] - '0') * scale;
  return digits == 0 ? npos : value;
}

// The object "12 0" when text[at] starts the "obj" of a header "12 0 obj" (not "endobj", not "(obj)"); nullopt else.
std::optional<std::pair<size_t, size_t>> header_at(std::string_view text, size_t at) {
  if (text.compare(at, 3, "obj") != 0 || (at + 3 < text.size() && !is_delimiter(text[at + 3]))) return std::nullopt;
  size_t i = at;
  if (i == 0 || !is_white(text[i - 1])) return std::nullopt;
  while (i > 0 && is_white(text[i - 1]) && at - i < 16) --i;
  size_t generation = number_before(text, i);
  if (generation == npos || i == 0 || !is_white(text[i - 1])) return std::nullopt;
  while (i > 0 && is_white(text[i - 1]) && at - i < 48) --i;
  size_t number = number_before(text, i);
  if (number == npos || (i > 0 && !is_delimiter(text[i - 1]))) return std::nullopt;
  return std::make_pair(number, generation);
}

struct Scan {
  Scan(std::string_view bytes, int most) : pdf(bytes), max_links(size_t(std::max(most, 0))) {}
  std::string_view pdf;
  std::vector<std::string> targets;
  size_t max_links;
  bool unsure = false;
  int uris = 0;
  // Where each plain object's "12 0 obj" ends, its last one (a later update replaces an earlier one): found in one
  // pass the first time a target is given by reference.
  std::map<std::pair<size_t, size_t>, size_t> objects;
  bool indexed = false;

  // Every "/URI (string)", "/URI <hex>" or "/URI 12 0 R" (a string object) in text.
  void uris_in(std::string_view text) {
    for (size_t at = find_name(text, "/URI", 0); at != npos && !unsure; at = find_name(text, "/URI", at + 4)) {
      if (++uris > kMaxUris) {
        unsure = true;
        return;
      }
      std::string_view in = text;
      size_t i = skip_white(text, at + 4);
      if (i == npos) {
        unsure = true;
        return;
      }
      if (i < text.size() && is_digit(text[i])) {  // "12 0 R"
        size_t r = text.substr(i, 25).find('R');
        if (r == npos) continue;
        r += i;
        size_t j = r;
        while (j > i && is_white(text[j - 1])) --j;
        size_t generation = number_before(text, j);
        while (j > i && is_white(text[j - 1])) --j;
        size_t number = number_before(text, j);
        if (j != i || number == npos || generation == npos) continue;  // something else after /URI
        ObjectValue value = value_of(number, generation);
        if (value.outcome != ObjectValue::found) {
          unsure = true;
          return;
        }
        in = pdf;
        i = value.at;
      }
      std::string target;
      Read read = read_string(in, i, target);
      if (read == Read::too_long) unsure = true;
      if (read == Read::whole) add(target);
    }
  }

  // Where the object's value starts in the file.
  struct ObjectValue {
    enum { found, not_plain, past_limit } outcome;  // not_plain: in an object stream
    size_t at = 0;
  };
  ObjectValue value_of(size_t number, size_t generation) {
    if (!indexed) {
      indexed = true;
      for (size_t at = pdf.find("obj"); at != npos && objects.size() < kMaxObjects; at = pdf.find("obj", at + 3))
        if (auto object = header_at(pdf, at)) objects[*object] = at + 3;
    }
    if (objects.size() >= kMaxObjects) return {ObjectValue::past_limit};
    auto header = objects.find({number, generation});
    if (header == objects.end()) return {ObjectValue::not_plain};
    size_t at = skip_white(pdf, header->second);
    if (at == npos) return {ObjectValue::past_limit};
    return {ObjectValue::found, at};
  }

  void add(const std::string& target) {
    if (!plain_ascii(target)) {  // UTF-16 or PDFDocEncoding: the full parser converts it
      unsure = true;
      return;
    }
    keep_link_target(targets, target, max_links);
  }
};

// The Flate stream that starts at data (zlib's format), inflated, and how many bytes of data it took; nullopt when
// it does not inflate whole or the total inflated passes the limit.
std::optional<size_t> inflate_stream(std::string_view data, std::string& out, size_t& total) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return std::nullopt;
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
  size_t taken = z.total_in;
  inflateEnd(&z);
  if (status != Z_STREAM_END || total > kMaxInflated) return std::nullopt;
  return taken;
}

// Whether a stream dictionary's filter is Flate alone ("/FlateDecode" or "[/FlateDecode]") without parameters (a
// predictor); false for no filter.
bool flate_alone(std::string_view dict) {
  size_t filter = find_name(dict, "/Filter", 0);
  if (filter == npos || find_name(dict, "/DecodeParms", 0) != npos) return false;
  size_t i = skip_white(dict, filter + 7);
  bool array = i < dict.size() && dict[i] == '[';
  if (array) i = skip_white(dict, i + 1);
  if (i >= dict.size()) return false;  // npos included
  size_t after = i + std::strlen("/FlateDecode");
  if (dict.compare(i, after - i, "/FlateDecode") != 0 || after >= dict.size() || !is_delimiter(dict[after])) return false;
  size_t close = skip_white(dict, after);
  return !array || (close < dict.size() && dict[close] == ']');
}

// The object streams (/Type /ObjStm): each one's dictionary runs from its object's "12 0 obj" to its "stream".
// Uncompressed ones were scanned with the file; Flate ones are inflated (each byte of the file at most once) and
// scanned; any other filter makes the scan unsure.
void scan_object_streams(Scan& scan) {
  std::string_view pdf = scan.pdf;
  size_t total = 0, done = 0;  // done: the file before it is read (this object stream's dictionary and data)
  int streams = 0;
  for (size_t at = find_name(pdf, "/ObjStm", 0); at != npos && !scan.unsure;
       at = find_name(pdf, "/ObjStm", std::max(at + 7, done))) {
    if (++streams > kMaxObjectStreams) {
      scan.unsure = true;
      return;
    }
    size_t from = at - std::min(at, kDictionaryReach), start = npos;
    std::string_view before = pdf.substr(from, at - from);
    for (size_t o = before.rfind("obj"); o != npos; o = o ? before.rfind("obj", o - 1) : npos)
      if (header_at(pdf, from + o)) {
        start = from + o + 3;
        break;
      }
    size_t keyword = pdf.substr(0, std::min(pdf.size(), at + kDictionaryReach)).find("stream", at);
    if (start == npos || keyword == npos) {  // no object around it within reach: let qpdf read it
      scan.unsure = true;
      return;
    }
    std::string_view dict = pdf.substr(start, keyword - start);
    if (dict.find("endobj") != npos) continue;  // the name outside any object's dictionary
    done = keyword + 6;  // a dictionary naming /ObjStm again is read once
    if (find_name(dict, "/Filter", 0) == npos) continue;
    if (!flate_alone(dict)) {
      scan.unsure = true;
      return;
    }
    size_t data = keyword + 6;
    if (data < pdf.size() && pdf[data] == '\r') ++data;
    if (data < pdf.size() && pdf[data] == '\n') ++data;
    std::string inflated;
    auto taken = inflate_stream(pdf.substr(std::min(data, pdf.size())), inflated, total);
    if (!taken || escapes_a_name(inflated)) {
      scan.unsure = true;
      return;
    }
    done = data + *taken;  // the next /ObjStm is looked for after this stream's data: each byte inflated once
    scan.uris_in(inflated);
  }
}

}  // namespace

std::optional<std::vector<std::string>> scan_link_targets(std::string_view pdf_bytes, int max_links) {
  if (find_name(pdf_bytes, "/Encrypt", 0) != npos || escapes_a_name(pdf_bytes)) return std::nullopt;
  Scan scan(pdf_bytes, max_links);
  scan.uris_in(pdf_bytes);
  if (!scan.unsure) scan_object_streams(scan);
  if (scan.unsure) return std::nullopt;
  return std::move(scan.targets);
}

}  // namespace bescore
