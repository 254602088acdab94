#include "base/quick_json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <string>

namespace bescore {

namespace {

using nlohmann::json;

constexpr int kMaxDepth = 512;

// The bytes a string holds as they are: ASCII but for control characters, the quote and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[size_t(c)] = c != '"' && c != '\\';
  return plain;
}();

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  bool document(json& out) {
    space();
    if (!value(out, 0)) return false;
    space();
    return i_ == s_.size();
  }

 private:
  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }

  bool value(json& out, int depth) {
    if (depth > kMaxDepth || i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{': return object(out, depth);
      case '[': return array(out, depth);
      case '"': {
        std::string text;
        if (!string(text)) return false;
        out = std::move(text);
        return true;
      }
      case 't': return word("true", json(true), out);
      case 'f': return word("false", json(false), out);
      case 'n': return word("null", json(nullptr), out);
      default: return number(out);
    }
  }

  bool word(std::string_view w, json v, json& out) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    out = std::move(v);
    return true;
  }

  bool object(json& out, int depth) {
    ++i_;
    out = json::object();
    auto& members = out.get_ref<json::object_t&>();
    space();
    if (at('}')) return ++i_, true;
    while (true) {
      std::string key;
      if (!at('"') || !string(key)) return false;
      space();
      if (!at(':')) return false;
      ++i_;
      space();
      json v;
      if (!value(v, depth + 1)) return false;
      members.insert_or_assign(std::move(key), std::move(v));  // a repeated key: the last one, as nlohmann's parser
      space();
      if (at('}')) return ++i_, true;
      if (!at(',')) return false;
      ++i_;
      space();
    }
  }

  bool array(json& out, int depth) {
    ++i_;
    out = json::array();
    auto& items = out.get_ref<json::array_t&>();
    space();
    if (at(']')) return ++i_, true;
    while (true) {
      if (!value(items.emplace_back(), depth + 1)) return false;
      space();
      if (at(']')) return ++i_, true;
      if (!at(',')) return false;
      ++i_;
      space();
    }
  }

  // The bytes of one UTF-8 character at i_ when it is well formed (RFC 3629, as nlohmann checks it), else 0.
  size_t utf8_length() const {
    auto byte = [&](size_t k) { return i_ + k < s_.size() ? static_cast<unsigned char>(s_[i_ + k]) : 0u; };
    auto tail = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return byte(k) >= lo && byte(k) <= hi; };
    unsigned c = byte(0);
    if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
    if (c == 0xE0) return tail(1, 0xA0) && tail(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return tail(1) && tail(2) ? 3 : 0;
    if (c == 0xED) return tail(1, 0x80, 0x9F) && tail(2) ? 3 : 0;
    if (c == 0xF0) return tail(1, 0x90) && tail(2) && tail(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return tail(1) && tail(2) && tail(3) ? 4 : 0;
    if (c == 0xF4) return tail(1, 0x80, 0x8F) && tail(2) && tail(3) ? 4 : 0;
    return 0;
  }

  // Four hex digits at i_ (moved past them), or -1.
  long hex4() {
    if (i_ + 4 > s_.size()) return -1;
    long v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  bool escape(std::string& out) {
    if (++i_ >= s_.size()) return false;
    char c = s_[i_++];
    switch (c) {
      case '"': case '\\': case '/': out += c; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    long cp = hex4();
    if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: a low one must follow
      if (s_.substr(i_, 2) != "\\u") return false;
      i_ += 2;
      long low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
    return true;
  }

  // A string at i_ (its opening quote); runs of plain characters are copied whole.
  bool string(std::string& out) {
    ++i_;
    while (true) {
      size_t run = i_;
      while (i_ < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[i_]);
        if (kPlain[c]) {
          ++i_;
        } else if (c >= 0x80) {
          size_t n = utf8_length();
          if (n == 0) return false;
          i_ += n;
        } else {
          break;  // the closing quote, an escape or a control character
        }
      }
      out.append(s_.data() + run, i_ - run);
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_] == '"') return ++i_, true;
      if (!escape(out)) return false;
    }
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?: an integer as nlohmann types it (unsigned when not negative,
  // a float when it does not fit), anything else a float.
  bool number(json& out) {
    size_t start = i_;
    auto digits = [&] {
      size_t from = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ > from;
    };
    bool negative = at('-');
    if (negative) ++i_;
    if (at('0')) {
      ++i_;
    } else if (!digits()) {
      return false;
    }
    bool integer = true;
    if (at('.')) {
      ++i_;
      if (!digits()) return false;
      integer = false;
    }
    if (at('e') || at('E')) {
      ++i_;
      if (at('+') || at('-')) ++i_;
      if (!digits()) return false;
      integer = false;
    }
    const char* first = s_.data() + start;
    const char* last = s_.data() + i_;
    if (integer) {
      if (negative) {
        int64_t v = 0;
        if (auto r = std::from_chars(first, last, v); r.ec == std::errc() && r.ptr == last) return out = v, true;
      } else {
        uint64_t v = 0;
        if (auto r = std::from_chars(first, last, v); r.ec == std::errc() && r.ptr == last) return out = v, true;
      }
    }
    double v = 0;
    auto r = std::from_chars(first, last, v);
    if (r.ec != std::errc() || r.ptr != last) return false;  // out of a double's range: nlohmann's parser says so
    out = v;
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

std::optional<nlohmann::json> quick_json(std::string_view text) {
  json out;
  if (!Reader(text).document(out)) return std::nullopt;
  return out;
}

}  // namespace bescore
