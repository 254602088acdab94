#include "parse/dates.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <cctype>
#include <string>
#include <vector>

#include "base/text.h"
#include "parse/date_scan.h"
#include "test_random_strings.h"

using bescore::DateRange;
using bescore::find_date_range;
using bescore::is_month_word;
using bescore::is_present_word;

TEST_CASE("date ranges in the usual formats") {
  struct Case { const char* line; const char* start; const char* end; };
  for (auto c : {Case{"Engineer — Acme | Jan 2020 – Present", "2020-01", "present"},
                 Case{"Engineer, Acme 01/2020 - now", "2020-01", "present"},
                 Case{"Engineer 2020–present", "2020", "present"},
                 Case{"Sept 2021 - now", "2021-09", "present"},
                 Case{"B.Sc. — Uni | 2014 – 2018", "2014", "2018"},
                 Case{"Mar 2019 to Feb 2021", "2019-03", "2021-02"},
                 Case{"2019-04 – 2020-11", "2019-04", "2020-11"},
                 Case{"Nov 2020 -- Present", "2020-11", "present"},  // LaTeX's en dash, typed in Markdown
                 Case{"2020 Aug. – Present", "2020-08", "present"},  // year first
                 Case{"2018 Sept -- 2019 Jan", "2018-09", "2019-01"},
                 Case{"Oct, 2017- Mar, 2018", "2017-10", "2018-03"},  // a comma after the month
                 Case{"2021.01 – present", "2021-01", "present"},  // year and month with a dot
                 Case{"2019.09 - 2020.06", "2019-09", "2020-06"},
                 Case{"2022/2024: Firmware Engineer", "2022", "2024"},  // two years with a slash
                 Case{"Engineer 2020/01 - 2021/03", "2020-01", "2021-03"},  // a year and a month, not two years
                 Case{"Teaching Assistant 2019/20", "2019", ""},
                 Case{"Intern, Jun '19 - Aug '19", "2019-06", "2019-08"},  // a year of two digits
                 Case{"Summer Intern, June - August 2019", "2019-06", "2019-08"},  // two months, one year
                 Case{"May-Sep 2017 Machine Learning Intern", "2017-05", "2017-09"},
                 Case{"Dec - Jan 2020 Winter school", "2020-01", ""},  // crosses a year it does not write
                 Case{"Summay - Aug 2019", "2019-08", ""}}) {
    DateRange d;
    REQUIRE_MESSAGE(find_date_range(c.line, d), c.line);
    CHECK(d.start == c.start);
    CHECK(d.end == c.end);
  }
}

TEST_CASE("figures are not dates") {
  DateRange d;
  CHECK_FALSE(find_date_range("Served 20200 requests", d));
  CHECK_FALSE(find_date_range("Cut latency by 40%", d));
  CHECK_FALSE(find_date_range("Scored 2019.125 points", d));  // a decimal, not year.month
}

TEST_CASE("month and present words, as the date grammar and a wrapped date column read them") {
  for (const char* w : {"Jan", "january", "SEPT", "Sep", "May", "december"}) CHECK_MESSAGE(is_month_word(w), w);
  for (const char* w : {"", "Ja", "Mayday", "Spring", "Septembers", "2019", "Present"}) CHECK_FALSE_MESSAGE(is_month_word(w), w);
  for (const char* w : {"Present", "now", "ONGOING", "Current", "today"}) CHECK_MESSAGE(is_present_word(w), w);
  for (const char* w : {"", "date", "presently", "May", "nowhere"}) CHECK_FALSE_MESSAGE(is_present_word(w), w);
}

namespace {

// months_sharing_year as the pattern it was before it was read backwards by hand: the reference for the scan.
bool shared_year_by_pattern(const std::string& line, size_t begin, const std::string& second, DateRange& out) {
  if (begin == 0 || second.size() != 7 || std::isdigit(static_cast<unsigned char>(line[begin]))) return false;
  size_t from = begin > 16 ? begin - 16 : 0;
  re2::StringPiece before(line.data() + from, begin - from), found;
  static const RE2 first_month(
      "(?i)(\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
      "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s*(?:-{1,3}|–|—|to)\\s*)$");
  std::string month;
  if (!RE2::PartialMatch(before, first_month, &found, &month)) return false;
  size_t at = size_t(found.data() - line.data());
  if (at > 0 && std::isalnum(static_cast<unsigned char>(line[at - 1]))) return false;
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  int n = 0;
  for (int i = 0; i < 12; ++i)
    if (bescore::lower(month).substr(0, 3) == names[i]) n = i + 1;
  std::string first = second.substr(0, 4) + (n < 10 ? "-0" : "-") + std::to_string(n);
  if (first > second) return false;
  out.start = first;
  out.end = second;
  out.begin = at;
  return true;
}

}  // namespace

TEST_CASE("two months sharing a year are read backwards as the pattern read them") {
  const std::vector<std::string> pieces = {
      "Jan", "june", "JUNE", "Sept", "sepember", "May", "Mayo", "Sum", "dec", "December", "ember", "x", "_", "9",
      "2019", ".", ",", " ", " ", "  ", "\t", "-", "--", "---", "----", "\xE2\x80\x93", "\xE2\x80\x94",
      "\xE2\x88\x92", "to", "TO", "Pluto", "Aug 2019", "Jan 2020", "aug 2019", "Dec 2019", "2019-08", "2020"};
  int read = 0;
  bescore::testing::for_random_strings(pieces, 7, 60000, [&](std::string line, int n) {
    if (n % 2 == 0) line += pieces[n / 2 % 10] + pieces[16 + n / 4 % 15];  // a month-like word, a separator-like piece
    if (n % 4 != 3) line += pieces[31 + n / 2 % 4];  // and most lines end with a month and a year
    DateRange got;
    if (!find_date_range(line, got)) return;
    auto found = bescore::first_date_match(line);
    REQUIRE(found);
    INFO("line: [" << line << "]");
    DateRange want;
    if (found->until.empty() && shared_year_by_pattern(line, found->begin, found->start, want)) {
      ++read;
      CHECK(got.begin == want.begin);
      CHECK(got.start == want.start);
      CHECK(got.end == want.end);
    } else {
      CHECK(got.begin == found->begin);
      CHECK(got.start == found->start);
      CHECK(got.end == found->until);
    }
    CHECK(got.length == found->end - got.begin);
  });
  CHECK(read > 1000);  // the random lines reach the two-month reading often
}
