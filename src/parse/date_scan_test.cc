// The hand-written date scanner against the regular expression it replaced (kept here as the reference): the same
// leftmost match, the same span and the same normal forms, on the usual dates and on many random strings made of
// the grammar's own pieces.
#include "parse/date_scan.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <vector>

#include "test_random_strings.h"

#include "base/text.h"

using namespace bescore;

namespace {

const char* kMonth =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    "nov(?:ember)?|dec(?:ember)?)";

std::string date_pattern() {
  std::string month = std::string("(?:") + (kMonth + 1);
  return std::string("(?:") + month +
         "\\.?,?\\s+(?:\\d{4}|'\\d{2})|(?:0?[1-9]|1[0-2])[/.](?:19|20)\\d{2}|(?:19|20)\\d{2}[-/.](?:0[1-9]|1[0-2])|"
         "(?:19|20)\\d{2}\\s+" + month + "\\b\\.?|(?:19|20)\\d{2}|(?:spring|summer|fall|autumn|winter)\\s+(?:19|20)\\d{2})";
}

int month_number(const std::string& m) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = lower(m).substr(0, 3);
  for (int i = 0; i < 12; ++i)
    if (l == names[i]) return i + 1;
  return 0;
}

std::string normalise(const std::string& d) {
  static const RE2 month_year(std::string("(?i)") + kMonth + "\\.?,?\\s+((?:19|20)\\d{2})");
  static const RE2 num_month_year("((?:0?[1-9]|1[0-2]))[/.]((?:19|20)\\d{2})");
  static const RE2 year_month("((?:19|20)\\d{2})[-/.](0[1-9]|1[0-2])");
  static const RE2 year_month_name(std::string("(?i)((?:19|20)\\d{2})\\s+") + kMonth + "\\b");
  static const RE2 year("((?:19|20)\\d{2})");
  static const RE2 month_short_year(std::string("(?i)") + kMonth + "\\.?,?\\s+'(\\d{2})");
  std::string m, y;
  auto with_month = [](const std::string& year_text, const std::string& month_text) {
    int n = month_number(month_text);
    return year_text + (n < 10 ? "-0" : "-") + std::to_string(n);
  };
  if (RE2::PartialMatch(d, month_year, &m, &y)) return with_month(y, m);
  if (RE2::PartialMatch(d, num_month_year, &m, &y)) return y + "-" + (m.size() == 1 ? "0" + m : m);
  if (RE2::PartialMatch(d, year_month, &y, &m)) return y + "-" + m;
  if (RE2::PartialMatch(d, year_month_name, &y, &m)) return with_month(y, m);
  if (RE2::PartialMatch(d, year, &y)) return y;
  if (RE2::PartialMatch(d, month_short_year, &m, &y)) return with_month((y < "50" ? "20" : "19") + y, m);
  return d;
}

std::optional<DateMatch> by_pattern(const std::string& line) {
  static const RE2 wrapped("(?i)((" + date_pattern() +
                           ")(?:\\s*(?:-{1,3}|–|—|−|to|until|till)\\s*(present|current|now|today|ongoing|date|" +
                           date_pattern() + ")|/((?:19|20)\\d{2}))?)");
  re2::StringPiece input(line), whole, start, end, slashed;
  if (!RE2::PartialMatch(input, wrapped, &whole, &start, &end, &slashed)) return std::nullopt;
  if (!slashed.empty()) end = slashed;
  DateMatch m;
  m.begin = size_t(whole.data() - line.data());
  m.end = m.begin + whole.size();
  m.start = normalise(std::string(start));
  std::string e = lower(std::string(end));
  if (e.empty()) m.until = "";
  else if (e == "present" || e == "current" || e == "now" || e == "today" || e == "ongoing" || e == "date") m.until = "present";
  else m.until = normalise(std::string(end));
  return m;
}

void same(const std::string& line) {
  auto a = first_date_match(line);
  auto b = by_pattern(line);
  INFO("line: [" << line << "]");
  REQUIRE(a.has_value() == b.has_value());
  if (!a) return;
  CHECK(a->begin == b->begin);
  CHECK(a->end == b->end);
  CHECK(a->start == b->start);
  CHECK(a->until == b->until);
}

}  // namespace

TEST_CASE("the date scanner reads the usual dates as the pattern did") {
  for (const char* line :
       {"Engineer — Acme | Jan 2020 – Present", "01/2020 - now", "2020–present", "Sept. 2021 - now", "Oct, 2017 to 2019",
        "2020 Aug. - 2021 May", "2019.12 -- 2020.03", "2022/2024", "2020/01 - 2021/03", "Jun '19 - Aug '19",
        "Spring 2025", "May 2100", "Summay - Aug 2019", "2019 - nowhere", "Mayo 2020", "12.2019 until today",
        "Teaching Assistant 2019/20", "Served 20200 requests", "Junes 2020", "2020 Junes", "September 2019 — date",
        "Sepember 2019", "Jan.,  2020\tto\fDec 2020", "1/2020", "012/2020", "2019 - -present", "---2019---2020",
        "Fall 2019 till Winter 2020", "2020 - 2019", "March 1999 \xE2\x88\x92 1/2001", "no date here", "",
        "Jan\v2020", "2020 May\xC3\xA9", "Summay 2020", "2019 \xE2\x80\x93 ", "2019 today"})
    same(line);
}

TEST_CASE("the date scanner and the pattern agree on random strings of the grammar's pieces") {
  const std::vector<std::string> pieces = {
      "Jan", "january", "FEB", "Mar", "march", "apr", "May", "Mayo", "jun", "June", "Jul", "july", "Aug", "AUGUST",
      "sep", "Sept", "September", "Sepember", "oct", "Nov", "December", "spring", "Summer", "fall", "Autumn",
      "winter", "2020", "1999", "2100", "1899", "20", "19", "'19", "'75", "0", "01", "1", "9", "10", "12", "13",
      "00", "/", ".", ",", "-", "--", "---", "----", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92", " ", " ", " ",
      "  ", "\t", "to", "until", "till", "today", "now", "nowhere", "present", "Present", "current", "ongoing",
      "date", "x", "Acme", "_", "5", "'", "s", "e", "ember", "t", "uary", "2019.12", "2020/2021", "1/2020"};
  bescore::testing::for_random_strings(pieces, 9, 40000, [](const std::string& line, int) { same(line); });
}
