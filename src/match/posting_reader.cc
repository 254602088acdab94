// The posting reader: title, then clause by clause with the ask of its section, label or sentence.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

#include "extract/extract.h"
#include "base/text.h"
#include "match/posting.h"

namespace bescore {

const char* to_string(Ask ask) {
  static const char* names[] = {"required", "preferred", "none"};
  return names[int(ask)];
}

namespace {

// Cues, as whole words in lower-case headings and labels; preferred is tried first so that
// "Preferred qualifications" and "Bonus skills" are wishes, not requirements. `wish` is a sentence that wishes
// rather than requires.
struct Cues {
  RE2 preferred{
      "\\b(nice[ -]to[ -]haves?|bonus|bonus points|preferred|pluses|plus|good[ -]to[ -]haves?|extra credit|desirable|ideally|"
      "would be great|optional|even better|stand out|set you apart|excited if|also have|desired|would love|we'd love|"
      "love to see|great to have|advantage|"
      "(tech|technology|our) stack|stack we use|technologies we use|tools we use|we use|what we work with|our tools)\\b"};
  RE2 none{
      "\\b(benefits|perks|compensation|salary|pay range|pay|what we offer|we offer|offer|why join|why work|why you'll love|"
      "you'll love|how to apply|apply|application process|interview process|hiring process|equal opportunity|eeo|"
      "diversity|our values|values|culture|location|locations|who we are|what we do|life at|the company|our company|"
      "company description|our mission|mission|our commitment|commitment|in it for you|additional information|"
      "work environment|physical demands|authorization|sponsorship|visa|travel|workplace|privacy|notice|notes|"
      "your career|grow with us|we bring|what is|what's|disclaimer|accommodations?|schedule|employment type|"
      "we provide)\\b"};
  RE2 required{
      "\\b(requirements?|required|must[ -]haves?|you have|you'll have|what we're looking for|what we are looking for|"
      "looking for|qualifications|who you are|about you|is this you|you bring|what you bring|what to bring|bring|"
      "you'll need|what you need|what you will need|we need|skills|experience|expertise|responsibilities|what you'll do|"
      "what you will do|you'll do|you will do|you'll be doing|get to do|work on|the role|your role|about the role|about the job|"
      "the job|job description|description|summary|day to day|day-to-day|your day|you will|in this role|essential|"
      "minimum|basic|impact|the fit|fit|accomplish|duties|key skills|what it takes|ideal candidate|you are|you're)\\b"};
  RE2 wish{
      "(?i)\\b(nice[ -]to[ -]have|a plus|a bonus|bonus|preferred|preferably|ideally|would be (great|nice)|not required|"
      "desirable|optional|good to have|helpful|an advantage|advantageous|beneficial|appreciated|"
      "(no|not|don't|do not|doesn't|does not|won't|will not|never) (expect|require|need)[a-z]*( you)?( to have)?"
      "( any)? (prior|previous|existing)? ?(knowledge|experience|familiarity))\\b"};
  // "We don't expect prior knowledge of these": the list it introduces is a wish, not a requirement.
  RE2 no_expectation{
      "(?i)\\b(no|not|don't|do not|doesn't|does not|won't|will not|never) (expect|require|need)[a-z]*( you)?( to have)?"
      "( any)? (prior|previous|existing)? ?(knowledge|experience|familiarity)\\b"};
};
const Cues& cues() {
  static const Cues c;
  return c;
}

// Curly apostrophes written as straight ones: "What You’ll Do" reads as "What You'll Do".
std::string straight_quotes(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool curly = s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0;
    out += curly ? '\'' : s[i];
    if (curly) i += 2;
  }
  return out;
}

// A heading or label without its decoration: Markdown marks, a trailing colon or question mark, emoji and other
// symbols either side ("🚀 What you'll do:" → "What you'll do"). Characters of technology names (C#, C++) stay.
std::string strip_label(std::string s) {
  s = straight_quotes(trim(s));
  auto decoration = [](unsigned char c) {
    return c >= 0x80 || c == ':' || c == '*' || c == '#' || c == '_' || c == '?' || c == '!' || c == ' ' || c == '\t' ||
           c == '-' || c == '|' || c == '~' || c == '>' || c == '=';
  };
  while (!s.empty() && decoration((unsigned char)s.back())) s.pop_back();
  size_t b = 0;
  while (b < s.size() && decoration((unsigned char)s[b])) ++b;
  s.erase(0, b);
  return trim(s);
}

// "REQUIREMENTS", "WHAT WE ARE LOOKING FOR": letters, all capitals (three or more, so "AWS" alone is not).
bool all_capitals(const std::string& s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 3;
}

// "Title: Senior Backend Engineer — Kestrel Freight (Remote)" → "Senior Backend Engineer — Kestrel Freight (Remote)".
std::string unlabelled_title(std::string t) {
  t = trim(t);
  static const RE2 prefix("(?i)^(?:job title|title|role|position|job|we're hiring|we are hiring|hiring|now hiring)\\s*:\\s*");
  RE2::Replace(&t, prefix, "");
  return t;
}

// "Senior Backend Engineer — Kestrel Freight (Remote)" → "Senior Backend Engineer".
std::string clean_title(const std::string& line) {
  std::string t = unlabelled_title(line);
  for (const char* sep : {" — ", " – ", " - ", " | ", " at ", " @ ", " (", " · "}) {
    size_t p = t.find(sep);
    if (p != std::string::npos && p > 0) t = t.substr(0, p);
  }
  return strip_label(t);
}

void find_title(const Document& doc, Posting& p) {
  static const RE2 labelled("(?i)^\\s*(?:job title|title|role|position)\\s*:\\s*(.+)$");
  static const RE2 title_label("(?i)^\\s*(?:job title|title)\\s*:");
  static const RE2 role_word("(?i)\\b(engineer|developer|programmer|architect|sre|devops|administrator|lead|manager|scientist)\\b");
  const TextLine* first = nullptr;
  const TextLine* heading = nullptr;
  for (const auto& l : doc.lines) {
    if (trim(l.text).empty()) continue;
    std::string rest;
    // "Role:" and "Position:" also label the kind of contract ("Position: Full-time, permanent"): a title only
    // when what follows names a role.
    if (RE2::FullMatch(l.text, labelled, &rest) && (RE2::PartialMatch(l.text, title_label) || RE2::PartialMatch(rest, role_word))) {
      p.title = clean_title(rest);
      p.title_line = unlabelled_title(rest);
      p.title_at = l.at;
      return;
    }
    if (!first) first = &l;
    if (!heading && l.heading > 0) heading = &l;
  }
  const TextLine* pick = heading ? heading : first;
  if (pick) {
    p.title = clean_title(pick->text);
    p.title_line = unlabelled_title(pick->text);
    p.title_at = pick->at;
  }
}

// Abbreviations whose full stop does not end a sentence.
bool abbreviation_before(const std::string& text, size_t dot) {
  size_t b = dot;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') --b;
  std::string w = lower(text.substr(b, dot - b));
  for (const char* a : {"e.g", "i.e", "eg", "ie", "etc", "vs", "incl", "approx", "e"}) if (w == a) return true;
  return false;
}

// Sentences, "; " parts and parentheses, each its own clause (a parenthesis can wish inside a requirement:
// "Strong SQL (Postgres preferred)"); second is true for text in parentheses.
std::vector<std::pair<std::string, bool>> split_clauses(const std::string& text) {
  std::vector<std::pair<std::string, bool>> out;
  std::string cur;
  int depth = 0;
  auto flush = [&] {
    std::string t = trim(cur);
    if (!t.empty()) out.emplace_back(t, depth > 0);
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool end_of_word = i + 1 == text.size() || text[i + 1] == ' ';
    if (c == '(' || c == ')') {
      flush();
      depth = std::max(0, depth + (c == '(' ? 1 : -1));
      continue;
    }
    if (c == ';' || ((c == '.' || c == '!' || c == '?') && end_of_word && !abbreviation_before(text, i))) {
      flush();
      continue;
    }
    cur += c;
  }
  flush();
  return out;
}

// A posting hard-wrapped at a fixed width ("... highly-concurrent, distributed or" over "highly-scalable
// systems."): a line that goes on with the sentence of a long line above it is joined to it, so that the clause
// is read whole. It goes on when the line above ends on a comma or a joining word, or, in a text wrapped at a fixed
// width (three lines or more of 60 characters or more that stop mid-sentence and go on in lower case on the next
// line), when it starts in lower case: items written in lower case, one per line, stay apart. A list of names
// ("Python" over "Django") and a line after a blank one stay apart too.
std::vector<TextLine> unwrapped(const std::vector<TextLine>& lines) {
  static const RE2 joining_end("(?i)(,|\\b(and|or|with|of|in|on|to|for|the|a|an|as|such as|including|like|using))$");
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (const auto& line : lines) texts.push_back(trim(line.text));
  // A line of at least `least` bytes that stops without a sentence's end.
  auto stops_open = [](const std::string& t, size_t least) {
    return t.size() >= least && std::string_view(".:;!?").find(t.back()) == std::string_view::npos;
  };
  // The line goes on the line above it: no list item, heading or gap between them.
  auto continues = [&](size_t i) {
    return !texts[i].empty() && !lines[i].bullet && lines[i].heading == 0 && lines[i].gap_before < 0.5;
  };
  auto lower_start = [](const std::string& t) { return std::islower(static_cast<unsigned char>(t[0])) != 0; };
  int run_on = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    run_on += stops_open(texts[i], 60) && continues(i + 1) && lower_start(texts[i + 1]);
  const bool hard_wrapped = run_on >= 3;
  std::vector<TextLine> out;
  std::string prev;  // the trimmed text of out.back()
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = texts[i];
    if (!out.empty() && continues(i) && out.back().heading == 0 && stops_open(prev, 40) &&
        ((hard_wrapped && lower_start(text)) || RE2::PartialMatch(prev, joining_end))) {
      prev += " " + text;
      out.back().text = prev;
      continue;
    }
    out.push_back(lines[i]);
    prev = text;
  }
  return out;
}

}  // namespace

bool heading_ask(const std::string& heading, Ask& ask) {
  std::string h = lower(strip_label(heading));
  if (h.empty()) return false;
  // "About you" and "About the role" ask; "About the team" tells the stack; "About Acme" asks nothing.
  if (h.rfind("about ", 0) == 0) {
    std::string rest = h.substr(6);
    static const RE2 the_work("(you|(the|this) (role|job|position|opportunity|project|work))");
    ask = RE2::FullMatch(rest, the_work)
              ? Ask::required
          : rest == "the team" ? Ask::preferred : Ask::none;
    return true;
  }
  // "Here you'll get:" lists what the job gives; "What you'll get to do" is the work.
  static const RE2 gives("(here('s| is)? |what )?you('ll| will)? get");
  // LinkedIn's own section for a posting's requirements, "desired" only by name.
  static const RE2 linkedin("desired skills (and|&) experience");
  if (RE2::FullMatch(h, gives)) { ask = Ask::none; return true; }
  if (RE2::FullMatch(h, linkedin)) { ask = Ask::required; return true; }
  if (RE2::PartialMatch(h, cues().preferred)) { ask = Ask::preferred; return true; }
  if (RE2::PartialMatch(h, cues().none)) { ask = Ask::none; return true; }
  if (RE2::PartialMatch(h, cues().required)) { ask = Ask::required; return true; }
  return false;
}

Posting read_posting(const Document& doc, const Lexicon& lexicon) {
  Posting p;
  p.file = doc.file;
  find_title(doc, p);
  // Text under no known heading (the introduction, "The team") asks as a requirement only when the posting has
  // no section of requirements; with one, it describes the company and the job, and asks as a wish.
  Ask section = Ask::required;
  bool neutral = true, has_required_section = false;
  size_t section_start = 0;
  std::vector<size_t> neutral_clauses;
  for (const auto& line : unwrapped(doc.lines)) {
    std::string text = trim(line.text);
    if (text.empty()) continue;
    if (line.at == p.title_at) {
      p.clauses.push_back({p.title, line.at, Ask::required});
      continue;
    }
    std::string label = strip_label(text);
    int words = count_words(label);
    // "Location: Remote" labels a value and is no heading; "Required skills: What you need" names a section twice.
    size_t label_colon = text.find(": ");
    Ask second;
    bool label_line = label_colon != std::string::npos && !(words <= 8 && heading_ask(text.substr(label_colon + 2), second));
    Ask found = Ask::required;
    // A heading may run to a dozen words when a colon ends it ("Experience with some of the following is a bonus:").
    int longest = text.back() == ':' ? 12 : 8;
    bool known = words <= longest && text.back() != '.' && heading_ask(label, found);
    // A heading is marked (Markdown, bold, larger type, capitals, a trailing colon) or is a short known one that
    // names no technology: "Nice to have" is a heading, "Kafka is a plus" a sentence.
    bool capitals = all_capitals(label) && (known || words >= 2);  // "SQL" alone is content
    bool marked = (line.heading > 0 || text.back() == ':' || capitals) && words <= longest && !label_line;
    // An unmarked required cue under "Nice to have" ("Experience with monitoring") is a wish of that list, not a
    // heading that would turn the rest of the list into requirements.
    static const RE2 content_start("(?i)^(experience|knowledge|familiarity|proficiency|understanding|exposure)\\b");
    bool wish_line = section == Ask::preferred && found == Ask::required && RE2::PartialMatch(label, content_start);
    bool bare = known && words <= 6 && !label_line && lexicon.find(label).empty() && !wish_line;
    if (!line.bullet && (marked || bare)) {
      section = known ? found : Ask::required;
      neutral = !known;
      section_start = p.clauses.size();
      if (section != Ask::none && !lexicon.find(label).empty()) p.clauses.push_back({label, line.at, section});  // "Go experience:"
      has_required_section = has_required_section || (known && found == Ask::required);
      continue;
    }
    // "Nice to have: Kafka, Terraform": a label asks for the rest of its line only; one that names a technology
    // ("Experience with test automation: TDD, unit testing") asks for it too.
    Ask ask = section;
    size_t colon = text.find(": ");
    if (colon != std::string::npos && count_words(text.substr(0, colon)) <= 5) {
      Ask labelled;
      if (heading_ask(text.substr(0, colon), labelled)) {
        ask = labelled;
        if (lexicon.find(text.substr(0, colon)).empty()) text = text.substr(colon + 2);
      }
    }
    if (ask == Ask::none) continue;
    for (const auto& [clause, aside] : split_clauses(text)) {
      // "Our stack (we don't expect prior knowledge of it)": the whole section is a wish, before and after.
      if (RE2::PartialMatch(clause, cues().no_expectation)) {
        for (size_t i = section_start; i < p.clauses.size(); ++i) p.clauses[i].ask = Ask::preferred;
        if (section == Ask::required) section = ask = Ask::preferred;
        neutral = false;
      }
      Ask a = ask;
      bool wish = RE2::PartialMatch(clause, cues().wish);
      if (a == Ask::required && wish) a = Ask::preferred;
      if (neutral && a == Ask::required) neutral_clauses.push_back(p.clauses.size());
      // "cloud services (Azure preferred)": a parenthesis that states a wish asks for what it names, where one
      // that lists ("message queues (Kafka, RabbitMQ)") gives examples of the words before it.
      p.clauses.push_back({clause, line.at, a, aside && !wish});
    }
  }
  if (has_required_section)
    for (size_t i : neutral_clauses) p.clauses[i].ask = Ask::preferred;
  return p;
}

void mark_bold_headings(Document& doc, std::string_view source) {
  std::vector<std::string_view> raw;
  for (size_t b = 0; b <= source.size();) {
    size_t e = source.find('\n', b);
    if (e == std::string_view::npos) e = source.size();
    raw.push_back(source.substr(b, e - b));
    b = e + 1;
  }
  static const RE2 bold("^\\s*(\\*\\*|__)[^*_].*(\\*\\*|__)\\s*:?\\s*$");
  for (auto& line : doc.lines) {
    if (line.heading > 0 || line.bullet || line.at.page > 1 || line.at.line < 1 || size_t(line.at.line) > raw.size()) continue;
    re2::StringPiece r(raw[line.at.line - 1].data(), raw[line.at.line - 1].size());
    if (count_words(line.text) <= 8 && RE2::FullMatch(r, bold)) line.heading = 3;
  }
}

Result<Document> extract_posting(const std::string& path) {
  auto doc = extract_file(path);
  if (!doc || (doc->format != "text" && doc->format != "markdown")) return doc;
  std::ifstream in(path, std::ios::binary);
  std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  mark_bold_headings(*doc, source);
  return doc;
}

Result<Posting> load_posting(const std::string& path, const Lexicon& lexicon) {
  auto doc = extract_posting(path);
  if (!doc) return Error{doc.error()};
  if (doc->lines.empty()) return Error{"no text found in the posting"};
  return read_posting(*doc, lexicon);
}

}  // namespace bescore
