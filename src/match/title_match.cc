// Title matching by the kind of role each title names; seniority words are not compared.
#include "match/title_match.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/text.h"

namespace bescore {

namespace {

// Words as compared: lower case, two-word names joined, synonyms of "engineer" folded.
std::vector<std::string> title_words(const std::string& title) {
  std::string t = " " + lower(title) + " ";
  static const std::vector<std::pair<std::string, std::string>> joins = {
      {"back-end", "backend"},   {"back end", "backend"},     {"server-side", "serverside"}, {"server side", "serverside"},
      {"full-stack", "fullstack"}, {"full stack", "fullstack"}, {"front-end", "frontend"},   {"front end", "frontend"},
      {"site reliability", "sre"}, {"react native", "reactnative"}, {"machine learning", "ml"}, {"dev ops", "devops"}};
  for (const auto& [from, to] : joins) {
    std::string joined;
    size_t i = 0;
    for (size_t p; (p = t.find(from, i)) != std::string::npos; i = p + from.size()) joined += t.substr(i, p - i) + to;
    t = joined + t.substr(i);
  }
  std::vector<std::string> out;
  std::string w;
  for (char c : t) {
    if (std::isalnum(static_cast<unsigned char>(c))) { w += c; continue; }
    if (!w.empty()) out.push_back(w);
    w.clear();
  }
  static const std::map<std::string, std::string> fold = {{"developer", "engineer"}, {"programmer", "engineer"},
                                                          {"dev", "engineer"},       {"swe", "engineer"},
                                                          {"sde", "engineer"},       {"eng", "engineer"}};
  for (auto& x : out)
    if (auto it = fold.find(x); it != fold.end()) x = it->second;
  return out;
}

const std::map<std::string, std::string>& kind_of_word() {
  static const std::map<std::string, std::string> m = {
      {"backend", "backend"},      {"serverside", "backend"},  {"api", "backend"},       {"apis", "backend"},
      {"platform", "platform"},    {"infrastructure", "platform"}, {"infra", "platform"}, {"sre", "platform"},
      {"devops", "platform"},      {"devsecops", "platform"},  {"reliability", "platform"}, {"cloud", "platform"},
      {"fullstack", "fullstack"},  {"frontend", "frontend"},   {"ui", "frontend"},
      {"ios", "mobile"},           {"android", "mobile"},      {"mobile", "mobile"},     {"reactnative", "mobile"},
      {"flutter", "mobile"},       {"data", "data"},           {"ml", "data"},           {"analytics", "data"}};
  return m;
}

bool engineering_noun(const std::string& w) {
  return w == "engineer" || w == "architect" || w == "software" || w == "intern" || w == "sre";
}

int rank(const std::string& verdict) { return verdict == "yes" ? 2 : verdict == "partial" ? 1 : 0; }

bool neighbours(const std::string& a, const std::string& b) {
  auto pair = [&](const char* x, const char* y) { return (a == x && b == y) || (a == y && b == x); };
  return a == "software" || b == "software" || pair("backend", "platform") || pair("backend", "fullstack");
}

TitleMatch compare(const std::string& posting, const std::string& resume, Location at) {
  TitleMatch m;
  m.posting = posting;
  m.resume = resume;
  m.resume_at = at;
  auto pw = title_words(posting), rw = title_words(resume);
  std::set<std::string> rs(rw.begin(), rw.end());
  static const std::set<std::string> ignored = {"senior", "sr", "junior", "jr", "staff", "principal", "lead", "i", "ii",
                                                "iii", "iv", "of", "and", "the", "a", "for", "in", "at", "to", "with"};
  for (const auto& w : pw)
    if (rs.count(w) && !ignored.count(w) && std::find(m.shared.begin(), m.shared.end(), w) == m.shared.end())
      m.shared.push_back(w);
  std::string pk = title_kind(posting), rk = title_kind(resume);
  if (rk == "other" || pk == "other") {
    if (rk == "other")
      m.why = "\"" + resume + (names_other_discipline(resume) ? "\" is a title of another engineering discipline"
                                                              : "\" is not an engineering title");
    else
      m.why = names_other_discipline(posting) ? "the posting's title names another engineering discipline"
                                              : "the posting's title names no engineering role";
  } else if (pk == rk) {
    m.verdict = "yes";
    m.why = pk == "software" ? "both are software engineering titles" : "both are " + pk + " titles";
  } else if (neighbours(pk, rk)) {
    m.verdict = "partial";
    m.why = "a " + rk + " title for a " + pk + " posting";
  } else {
    m.why = "a " + rk + " title for a " + pk + " posting";
  }
  return m;
}

}  // namespace

std::string title_kind(const std::string& title) {
  auto words = title_words(title);
  for (const auto& w : words)
    if (auto it = kind_of_word().find(w); it != kind_of_word().end()) return it->second;
  if (names_other_discipline(title)) return "other";
  for (const auto& w : words)
    if (engineering_noun(w)) return "software";
  return "other";
}

bool names_other_discipline(const std::string& title) {
  static const std::set<std::string> discipline = {
      "mechanical", "mechatronics", "mechatronic", "electrical", "electronics", "civil", "chemical", "structural",
      "aerospace", "manufacturing", "biomedical", "industrial", "hardware", "analog", "materials", "petroleum",
      "mining", "environmental", "optical", "geotechnical"};
  static const std::set<std::string> software = {
      "software", "firmware", "embedded", "developer", "developers", "programmer", "devops", "platform", "cloud",
      "data", "system", "systems", "automation", "test", "qa", "it", "security", "network", "backend", "frontend"};
  bool other = false;
  for (const auto& w : title_words(title)) {
    if (software.count(w)) return false;
    other = other || discipline.count(w) > 0;
  }
  return other;
}

TitleMatch match_title(const std::string& posting_title, const Resume& resume) {
  std::vector<std::pair<std::string, Location>> candidates;
  if (!resume.headline.empty()) {
    Location at;
    for (const Section* s : resume.sections_of(SectionKind::header))
      for (const auto& l : s->paragraph)
        if (l.text == resume.headline && !at.line) at = l.at;
    candidates.emplace_back(resume.headline, at);
  }
  for (const Section* s : resume.sections_of(SectionKind::experience))
    for (const auto& e : s->entries)
      if (!e.title.empty()) candidates.emplace_back(e.title, e.at);
  TitleMatch best;
  best.posting = posting_title;
  best.why = "the resume has no headline or role titles";
  bool first = true;
  for (const auto& [title, at] : candidates) {
    TitleMatch m = compare(posting_title, title, at);
    if (first || rank(m.verdict) > rank(best.verdict)) best = m;
    first = false;
  }
  return best;
}

}  // namespace bescore
