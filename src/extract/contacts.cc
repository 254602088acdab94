#include "extract/contacts.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include "base/gated_pattern.h"
#include "base/text.h"

namespace bescore {

namespace {
const RE2& email_re() { static const RE2 re("([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"); return re; }
const RE2& phone_re() { static const RE2 re("(\\+?\\(?\\d[\\d ().-]{7,}\\d)"); return re; }
// URLs with a scheme, or bare host/path forms people type ("github.com/x", "orders.fly.dev").
const RE2& url_re() {
  static const RE2 re("((?:https?://)?(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|io|dev|app|org|net|me|co|ai|sh|page|site|tech|xyz|cloud|run|fly\\.dev|vercel\\.app|onrender\\.com)(?:/[^\\s|,;)]*)?)");
  return re;
}
// text in lower case as (?i) compares it: ASCII lowered, the Kelvin sign as 'k', the long s as 's'.
std::string folded(const std::string& text) {
  std::string out = lower(text);
  for (auto [from, to] : {std::pair<std::string_view, char>{"\u212A", 'k'}, {"\u017F", 's'}})
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + 1)) out.replace(at, from.size(), 1, to);
  return out;
}

// '@', three digits in a row, a scheme, a common domain ending, or a separator of contact details ('|', '•', '·').
bool has_contact_mark(std::string_view line) {
  if (line.find_first_of("@|") != std::string_view::npos || line.find("•") != std::string_view::npos ||
      line.find("·") != std::string_view::npos || line.find("http://") != std::string_view::npos ||
      line.find("https://") != std::string_view::npos)
    return true;
  auto word = [&](size_t i) { return i < line.size() && is_word_byte(line[i]); };
  for (size_t i = 0, digits = 0; i < line.size(); ++i) {
    digits = is_ascii_digit(line[i]) ? digits + 1 : 0;
    if (digits == 3) return true;
    if (line[i] != '.') continue;
    for (std::string_view end : {"com", "io", "dev", "me", "org"})
      if (line.substr(i + 1, end.size()) == end && !word(i + 1 + end.size())) return true;
  }
  return false;
}

}  // namespace

// "GitHub: @name", "Github:// name", "github/name", or a handle after the GitHub icon where the icon font extracts
// as "§" (Jake's resume template): the profile without its host. A handle followed by "." is a site, not a user.
std::string github_handle(const std::string& line) {
  // A handle is 1-39 characters. The patterns take the whole run and found() cuts it after its 39th character as
  // "{0,38}" would have (a counted repetition made them four to seven times as costly to compile). Under (?i) a
  // letter may be the Kelvin sign or the long s, several bytes each.
  static const GatedPattern labelled("(?i)\\bgithub\\s*(?::\\s*(?://)?|/)\\s*@?([A-Za-z0-9][A-Za-z0-9-]*)([./]?)");
  static const GatedPattern icon("§\\s*@?([A-Za-z0-9][A-Za-z0-9-]*)([./]?)");
  static const std::set<std::string, std::less<>> not_handle = {"actions", "bitbucket", "com",   "copilot",
                                                                 "git",     "github",    "gitlab", "io", "pages"};
  const RE2* by_label = labelled.for_text(line);
  const RE2* by_icon = line.find("§") == std::string::npos ? nullptr : icon.for_text(line);
  if (!by_label && !by_icon) return "";  // most lines: neither "github" nor the icon
  // Only where contact details are: "Git/GitHub/GitLab" in a skills line names tools, not a profile.
  if (count_words(line) > 3 && !has_contact_mark(line)) return "";
  std::string handle, after;
  auto found = [&](const RE2* re) {
    if (!re || !RE2::PartialMatch(line, *re, &handle, &after)) return false;
    size_t end = 0;
    for (int characters = 0; end < handle.size() && characters < 39; ++characters) next_code_point(handle, end);
    if (end < handle.size()) handle.resize(end), after.clear();  // the run goes on: no '.' or '/' right after it
    return after.empty() && !not_handle.count(folded(handle));
  };
  if (found(by_label)) return handle;
  if (found(by_icon) && line.find('|') != std::string::npos) return handle;
  return "";
}

// How much a link says about the person's code: 3 a github.com profile, 2 a repository on it, 1 a GitHub Pages
// site (user.github.io), 0 anything else.
int code_host_rank(const std::string& url) {
  std::string l = lower(url);
  size_t at = l.find("github.com/");
  if (at != std::string::npos) {
    size_t slash = l.find('/', at + 11);
    return slash == std::string::npos || slash == l.size() - 1 ? 3 : 2;
  }
  size_t io = l.find(".github.io");
  return io != std::string::npos && io > 0 ? 1 : 0;
}

void collect_contacts(const std::string& line, Contacts& c) {
  if (c.github.empty() && line.find("github.com") == std::string::npos)
    if (auto handle = github_handle(line); !handle.empty()) c.github = "github.com/" + handle;
  // An address holds '@', a link a '.': most lines of a resume hold neither, and are not searched.
  if (line.find('.') == std::string::npos) return;
  re2::StringPiece input(line), m;
  std::string emails_removed = line;
  if (line.find('@') != std::string::npos) {
    if (RE2::PartialMatch(line, email_re(), &m) && c.email.empty()) c.email = std::string(m);
    RE2::GlobalReplace(&emails_removed, email_re(), " ");
  }
  input = emails_removed;
  while (RE2::FindAndConsume(&input, url_re(), &m)) {
    std::string url(m);
    while (!url.empty() && (url.back() == '.' || url.back() == ')')) url.pop_back();
    std::string l = lower(url);
    // "Fly.io" or "Render.com" in a sentence names a platform; a link has a scheme, a path or a subdomain.
    bool bare = l.find("://") == std::string::npos && l.find('/') == std::string::npos && l.rfind("www.", 0) != 0;
    if (bare && std::count(l.begin(), l.end(), '.') < 2) {
      static const std::set<std::string> platforms = {"fly.io", "render.com", "railway.app", "heroku.com", "vercel.com",
                                                      "netlify.com", "socket.io", "github.io", "digitalocean.com"};
      if (platforms.count(l)) continue;
    }
    if (int rank = code_host_rank(url); rank > 0) {
      // A profile (github.com/user) is preferred to a repository link, and either to a GitHub Pages site.
      if (rank > code_host_rank(c.github)) {
        if (!c.github.empty() && code_host_rank(c.github) == 1) c.urls.push_back(c.github);
        c.github = url;
      } else if (std::find(c.urls.begin(), c.urls.end(), url) == c.urls.end()) {
        c.urls.push_back(url);
      }
    } else if (l.find("linkedin.com/") != std::string::npos) {
      if (c.linkedin.empty()) c.linkedin = url;
    } else if (std::find(c.urls.begin(), c.urls.end(), url) == c.urls.end()) {
      c.urls.push_back(url);
    }
  }

}

std::string find_phone(const std::string& line) {
  // A phone number has nine digits or more.
  if (std::count_if(line.begin(), line.end(), is_ascii_digit) < 9) return "";
  std::string text = line;
  if (text.find('@') != std::string::npos) RE2::GlobalReplace(&text, email_re(), " ");
  re2::StringPiece m;
  if (!RE2::PartialMatch(text, phone_re(), &m)) return "";
  std::string p(m);
  int digits = 0;
  for (char ch : p) digits += isdigit(static_cast<unsigned char>(ch)) != 0;
  // Year ranges ("2019 - 2021", "2019.06 -2019.08") look like numbers too; a phone has 9-15 digits and is not a
  // pair of years or of years and months.
  static const RE2 years("^(19|20)\\d{2}([./-](0[1-9]|1[0-2]))?\\s*[-–]\\s*(19|20)\\d{2}([./-](0[1-9]|1[0-2]))?$");
  if (digits < 9 || digits > 15 || RE2::FullMatch(p, years)) return "";
  return trim(p);
}

bool is_contact_line(const std::string& line) {
  Contacts c;
  collect_contacts(line, c);
  int found = !c.email.empty() + !find_phone(line).empty() + !c.github.empty() + !c.linkedin.empty() + int(c.urls.size());
  return found >= 2 || (found == 1 && line.size() < 60);
}

}  // namespace bescore
