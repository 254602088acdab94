#include "check/duty_object.h"

#include <cctype>
#include <set>
#include <vector>

#include "base/text.h"

namespace bescore {

namespace {

const std::set<std::string> kLeadingPrepositions = {"of", "in", "on", "at", "within", "across", "into", "for",
                                                    "under", "over", "from", "during", "throughout", "around"};
const std::set<std::string> kAdverbs = {"remotely", "closely", "actively", "directly", "primarily", "mainly",
                                        "daily", "regularly", "also", "successfully", "cross-functionally",
                                        "part-time", "part‑time", "full-time", "independently", "jointly"};
// Who a duty may be with: "Collaborated with the design team" is about people, not a thing to quote.
const std::set<std::string> kPeople = {
    "team", "teams", "pm", "pms", "designers", "stakeholders", "engineers", "developers", "colleagues", "clients",
    "customers", "members", "partners", "vendors", "fellows", "interns", "mentors", "managers", "users", "peers",
    "cto", "ceo", "leads", "groups", "departments", "dept", "analysts", "scientists", "researchers", "others"};
// Words that end the object: what follows is how, why or with whom, not what.
const std::set<std::string> kClauseWords = {"to", "by", "using", "ensuring", "including", "which", "while", "so",
                                            "through", "resulting", "where", "that", "with", "via", "leveraging",
                                            "utilizing", "utilising", "alongside", "as", "made", "built", "written",
                                            "associated", "based"};
// Words an object does not end on.
const std::set<std::string> kDangling = {"of", "the", "a", "an", "and", "or", "for", "to", "in", "on", "at", "with",
                                         "from", "our", "my", "their", "its", "&", "-", "–", "—"};

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end;
  }
  return out;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool ends_clause(const std::string& word) {
  char last = word.empty() ? ' ' : word.back();
  return last == ',' || last == ';' || last == ':' || last == '.' || last == ')';
}

// Words joined for a quote, without the clause mark or space they end on; "…" when they were cut short.
std::string quoted_words(const std::vector<std::string>& words, bool cut) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  while (!out.empty() && (ends_clause(out) || out.back() == ' ')) out.pop_back();
  return cut && !out.empty() ? out + "…" : out;
}

}  // namespace

std::string duty_object(const std::string& text, const std::string& evidence) {
  std::string rest = text;
  if (!evidence.empty() && lower(text.substr(0, evidence.size())) == lower(evidence)) rest = text.substr(evidence.size());
  // The duty's phrase cut inside a word ("interviewer & j|unior") leaves the word's tail: skip it.
  if (!evidence.empty() && rest.size() < text.size() && !rest.empty() && word_char(rest[0]) && word_char(evidence.back()))
    rest = rest.substr(std::min(rest.size(), rest.find(' ')));
  std::vector<std::string> words = words_of(rest);
  size_t i = 0;
  if (!words.empty() && (words[0][0] == ',' || words[0][0] == ';')) return "";  // a list of duties: "Support, design, ..."
  while (i < words.size() && (words[i] == "-" || words[i] == "–" || words[i] == "—" || words[i] == ":")) ++i;
  while (i < words.size()) {
    std::string w = lower(words[i]);
    if (kAdverbs.count(w)) { ++i; continue; }
    if ((w != "and" && w != "or" && w != "&") || i + 1 == words.size()) break;
    std::string verb = lower(words[++i]);  // "Managed and maintained X": X
    if (verb.size() > 3 && (verb.ends_with("ed") || verb.ends_with("ing"))) ++i;
  }
  // About people ("with the design team"), a purpose ("to maintain the app") or a role ("as a backend engineer"):
  // no object to quote. "With" a technology ("Worked with AWS Lambda") is about it.
  if (i < words.size() && (lower(words[i]) == "with" || lower(words[i]) == "alongside")) {
    for (size_t j = i + 1; j < words.size() && j <= i + 6; ++j) {
      std::string w = lower(words[j]);
      while (!w.empty() && !word_char(w.back())) w.pop_back();
      if (kPeople.count(w)) return "";
    }
    ++i;
  }
  if (i < words.size() && (lower(words[i]) == "to" || lower(words[i]) == "as")) return "";
  if (i < words.size() && kLeadingPrepositions.count(lower(words[i]))) ++i;
  std::vector<std::string> object;
  bool cut = false;  // stopped at eight words, inside the phrase
  for (; i < words.size(); ++i) {
    std::string w = lower(words[i]);
    if (!object.empty() && kClauseWords.count(w)) break;
    if (!object.empty() && w.size() > 1 && w[0] == '(') break;
    if (object.size() == 8) { cut = true; break; }
    object.push_back(words[i]);
    if (ends_clause(words[i])) break;
  }
  while (!object.empty() && kDangling.count(lower(object.back()))) object.pop_back();
  return quoted_words(object, cut);
}

std::string opening_words(const std::string& text) {
  std::vector<std::string> words = words_of(text);
  bool cut = words.size() > 8;
  if (cut) words.resize(8);
  return quoted_words(words, cut);
}

}  // namespace bescore
