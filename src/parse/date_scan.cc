#include "parse/date_scan.h"

#include <array>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace bescore {

namespace {

bool digit(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool space(const std::string& s, size_t i) {
  return i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r');
}
bool word_char(const std::string& s, size_t i) {
  char c = s[i];
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Whether word (lower case) is at line[i], in any case.
bool word_at(const std::string& s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower_ascii(s[i + k]) != word[k]) return false;
  return true;
}

size_t spaces_from(const std::string& s, size_t i) {
  while (space(s, i)) ++i;
  return i;
}

// "19xx" or "20xx" at i.
bool year_at(const std::string& s, size_t i) {
  return digit(s, i) && digit(s, i + 1) && digit(s, i + 2) && digit(s, i + 3) &&
         ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'));
}

struct Month {
  std::string_view base, rest;  // "jan" and "uary": the whole name is preferred, the base alone taken after it
  int number;
};
constexpr std::array<Month, 12> kMonths = {{{"jan", "uary", 1}, {"feb", "ruary", 2}, {"mar", "ch", 3}, {"apr", "il", 4},
                                            {"may", "", 5}, {"jun", "e", 6}, {"jul", "y", 7}, {"aug", "ust", 8},
                                            {"sep", "", 9}, {"oct", "ober", 10}, {"nov", "ember", 11},
                                            {"dec", "ember", 12}}};

// The lengths a month name can have at i, in the order a pattern prefers them, and its number.
std::vector<size_t> month_lengths(const std::string& s, size_t i, int& number) {
  std::vector<size_t> out;
  for (const auto& m : kMonths) {
    if (!word_at(s, i, m.base)) continue;
    number = m.number;
    size_t after = i + m.base.size();
    if (m.number == 9) {  // sept?(?:ember)?
      for (size_t t : {1, 0})
        if (t == 0 || word_at(s, after, "t")) {
          if (word_at(s, after + t, "ember")) out.push_back(m.base.size() + t + 5);
          out.push_back(m.base.size() + t);
        }
    } else {
      if (!m.rest.empty() && word_at(s, after, m.rest)) out.push_back(m.base.size() + m.rest.size());
      out.push_back(m.base.size());
    }
    return out;
  }
  return out;
}

std::string two_digits(int n) { return {char('0' + n / 10), char('0' + n % 10)}; }  // n is 1-12

// One date at i: where it ends and its normal form.
struct OneDate {
  size_t end;
  std::string normal;
};

// Whether a date can start at i: a digit, or the first letter of a month or a season (most places cannot, and
// date_at is asked at every place of every line).
bool may_start_date(const std::string& s, size_t i) {
  if (i >= s.size()) return false;
  char c = lower_ascii(s[i]);
  return digit(s, i) || std::string_view("jfmasondw").find(c) != std::string_view::npos;
}

std::optional<OneDate> date_at(const std::string& s, size_t i) {
  if (!may_start_date(s, i)) return std::nullopt;
  int month = 0;
  // MONTH[.][,] YYYY, MONTH[.][,] 'YY
  for (size_t length : month_lengths(s, i, month)) {
    size_t j = i + length;
    if (j < s.size() && s[j] == '.') ++j;
    if (j < s.size() && s[j] == ',') ++j;
    if (!space(s, j)) continue;
    j = spaces_from(s, j);
    if (digit(s, j) && digit(s, j + 1) && digit(s, j + 2) && digit(s, j + 3)) {
      std::string year = s.substr(j, 4);
      if (year_at(s, j)) return OneDate{j + 4, year + "-" + two_digits(month)};
      return OneDate{j + 4, s.substr(i, j + 4 - i)};  // "May 2100": no year of this grammar, kept as written
    }
    if (j < s.size() && s[j] == '\'' && digit(s, j + 1) && digit(s, j + 2)) {
      std::string yy = s.substr(j + 1, 2);
      return OneDate{j + 3, (yy < "50" ? "20" : "19") + yy + "-" + two_digits(month)};
    }
  }
  // M/YYYY, MM.YYYY: (0?[1-9]|1[0-2])[/.]YYYY
  auto month_then_year = [&](size_t digits) -> std::optional<OneDate> {
    size_t j = i + digits;
    if (j < s.size() && (s[j] == '/' || s[j] == '.') && year_at(s, j + 1)) {
      std::string m = s.substr(i, digits);
      return OneDate{j + 5, s.substr(j + 1, 4) + "-" + (m.size() == 1 ? "0" + m : m)};
    }
    return std::nullopt;
  };
  if (digit(s, i)) {
    if (s[i] == '0' && digit(s, i + 1) && s[i + 1] != '0')
      if (auto d = month_then_year(2)) return d;
    if (s[i] != '0')
      if (auto d = month_then_year(1)) return d;
    if (s[i] == '1' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '2')
      if (auto d = month_then_year(2)) return d;
  }
  if (!year_at(s, i)) {
    // SEASON YYYY
    for (std::string_view season : {"spring", "summer", "fall", "autumn", "winter"})
      if (word_at(s, i, season) && space(s, i + season.size())) {
        size_t j = spaces_from(s, i + season.size());
        if (year_at(s, j)) return OneDate{j + 4, s.substr(j, 4)};
      }
    return std::nullopt;
  }
  std::string year = s.substr(i, 4);
  size_t j = i + 4;
  // YYYY-MM, YYYY/MM, YYYY.MM
  if (j < s.size() && (s[j] == '-' || s[j] == '/' || s[j] == '.') && digit(s, j + 1) && digit(s, j + 2) &&
      ((s[j + 1] == '0' && s[j + 2] != '0') || (s[j + 1] == '1' && s[j + 2] <= '2')))
    return OneDate{j + 3, year + "-" + s.substr(j + 1, 2)};
  // YYYY MONTH[.], the month a whole word
  if (space(s, j)) {
    size_t k = spaces_from(s, j);
    for (size_t length : month_lengths(s, k, month)) {
      size_t e = k + length;
      if (e < s.size() && word_char(s, e)) continue;
      if (e < s.size() && s[e] == '.') ++e;
      return OneDate{e, year + "-" + two_digits(month)};
    }
  }
  return OneDate{j, year};
}

// What ends a range still running.
constexpr std::array<std::string_view, 6> kPresent = {"present", "current", "now", "today", "ongoing", "date"};

// The separator of a range at i ("-", "--", "–", "to", ...): where each way of reading it ends, in the order of
// preference.
std::vector<size_t> separator_ends(const std::string& s, size_t i) {
  std::vector<size_t> out;
  size_t dashes = 0;
  while (dashes < 3 && i + dashes < s.size() && s[i + dashes] == '-') ++dashes;
  for (size_t d = dashes; d >= 1; --d) out.push_back(i + d);
  for (std::string_view dash : {"\u2013", "\u2014", "\u2212"})
    if (s.compare(i, dash.size(), dash) == 0) out.push_back(i + dash.size());
  for (std::string_view word : {"to", "until", "till"})
    if (word_at(s, i, word)) out.push_back(i + word.size());
  return out;
}

}  // namespace

int month_number(std::string_view word) {
  std::string s(word);
  int number = 0;
  for (size_t length : month_lengths(s, 0, number))
    if (length == s.size()) return number;
  return 0;
}

bool is_present_word(std::string_view word) {
  for (std::string_view present : kPresent)
    if (present != "date" && word.size() == present.size() && word_at(std::string(word), 0, present)) return true;
  return false;
}

std::optional<DateMatch> first_date_match(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto first = date_at(s, i);
    if (!first) continue;
    DateMatch m;
    m.begin = i;
    m.end = first->end;
    m.start = first->normal;
    // The range's end: spaces, a separator, spaces, then a present word or a date.
    size_t from = spaces_from(s, first->end);
    for (size_t after_separator : separator_ends(s, from)) {
      size_t at = spaces_from(s, after_separator);
      for (std::string_view word : kPresent)
        if (word_at(s, at, word)) {
          m.end = at + word.size();
          m.until = "present";
          return m;
        }
      if (auto second = date_at(s, at)) {
        m.end = second->end;
        m.until = second->normal;
        return m;
      }
    }
    // "2022/2024"
    if (first->end < s.size() && s[first->end] == '/' && year_at(s, first->end + 1)) {
      m.end = first->end + 5;
      m.until = s.substr(first->end + 1, 4);
    }
    return m;
  }
  return std::nullopt;
}

}  // namespace bescore
