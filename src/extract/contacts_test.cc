// Contact details in a line, and the GitHub handle against the patterns it was found with before (kept here as the
// reference: they held a counted repetition, "{0,38}", that made them costly to compile), on random strings.
#include "extract/contacts.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "base/text.h"
#include "test_random_strings.h"

using bescore::collect_contacts;
using bescore::Contacts;
using bescore::github_handle;

namespace {

std::string by_patterns(const std::string& line) {
  static const RE2 labelled("(?i)\\bgithub\\s*(?::\\s*(?://)?|/)\\s*@?([A-Za-z0-9][A-Za-z0-9-]{0,38})([./]?)");
  static const RE2 icon("§\\s*@?([A-Za-z0-9][A-Za-z0-9-]{0,38})([./]?)");
  static const RE2 not_handle("(?i)^(github|gitlab|bitbucket|git|actions|pages|copilot|com|io)$");
  static const RE2 contact_mark("@|\\d{3}|https?://|\\.(com|io|dev|me|org)\\b|\\||•|·");
  if (bescore::count_words(line) > 3 && !RE2::PartialMatch(line, contact_mark)) return "";
  std::string handle, after;
  if (RE2::PartialMatch(line, labelled, &handle, &after) && after.empty() && !RE2::FullMatch(handle, not_handle))
    return handle;
  if (RE2::PartialMatch(line, icon, &handle, &after) && after.empty() && line.find('|') != std::string::npos &&
      !RE2::FullMatch(handle, not_handle))
    return handle;
  return "";
}

std::string github_of(const std::string& line) {
  Contacts c;
  collect_contacts(line, c);
  return c.github;
}

}  // namespace

TEST_CASE("contact details in a line") {
  Contacts c;
  collect_contacts("Ada Lovelace | ada@example.org | github.com/ada | linkedin.com/in/ada | ada.dev", c);
  CHECK(c.email == "ada@example.org");
  CHECK(c.github == "github.com/ada");
  CHECK(c.linkedin == "linkedin.com/in/ada");
  CHECK(c.urls == std::vector<std::string>{"ada.dev"});
  CHECK(github_of("GitHub: @octo-cat | +1 555 010 0199") == "github.com/octo-cat");
  CHECK(github_handle("github: name.github.io") == "");  // a site, not a user: read as a link
  CHECK(github_of("github: name.github.io") == "name.github.io");
  CHECK(github_of("Github:// actions") == "");
  CHECK(github_of("Git, GitHub, GitLab and Docker for every project") == "");
  std::string long_run(45, 'a');
  CHECK(github_of("github/" + long_run) == "github.com/" + long_run.substr(0, 39));
  CHECK(bescore::find_phone("+1 (555) 010-0199 · ada@example.org") == "+1 (555) 010-0199");
  CHECK(bescore::find_phone("2019 - 2021") == "");
  CHECK(bescore::find_phone("Call 555 0199") == "");  // seven digits
  CHECK(bescore::find_phone("Call 5550 1234 9") == "5550 1234 9");  // nine: the fewest a phone has
  CHECK(bescore::find_phone("Call 5550 1234") == "");                 // eight
  // (?i) reads the Kelvin sign as k and the long s as s, a character each however many bytes it takes.
  std::string kelvin = "\xE2\x84\xAA", long_s = "\xC5\xBF";
  CHECK(github_handle("GitHub: " + std::string(38, 'a') + kelvin) == std::string(38, 'a') + kelvin);
  CHECK(github_handle("GitHub: " + std::string(38, 'a') + kelvin + "bc") == std::string(38, 'a') + kelvin);
  CHECK(github_handle("GitHub: page" + long_s) == "");  // "pages", not a user
  CHECK(github_handle("GitHub: bitbuc" + kelvin + "et") == "");
  CHECK(bescore::is_contact_line("ada@example.org | +44 20 7946 0958"));
  CHECK_FALSE(bescore::is_contact_line("Built a payments API serving 2M users across 14 countries in 2021"));
}

TEST_CASE("the GitHub handle agrees with the patterns it replaced on random strings") {
  const std::vector<std::string> pieces = {"github", "GitHub", "GITHUB", ":", "://", "/", " ", "@", "§", "|", "ada",
                                           "Octo-Cat", "-", "x1", "io", "Pages", ".", "a.com", "555", "•", "Git",
                                           std::string(20, 'b'), "\xC5\xBF", "\xE2\x84\xAA", "\t",
                                           "http://", "https:/", "\xC2\xB7", ".me", ".org", "12", "3", "_", "ada devs",
                                           "page", "bitbuc", "et", std::string(18, 'c') + "\xE2\x84\xAA"};
  int handles = 0;
  bescore::testing::for_random_strings(pieces, 6, 80000, [&](const std::string& text, int) {
    std::string want = by_patterns(text);
    handles += !want.empty();
    REQUIRE_MESSAGE(github_handle(text) == want, "[" << text << "]");
  });
  CHECK(handles > 250);
}
