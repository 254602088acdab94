// Skill extraction: the lexicon finds technologies in each clause of the posting; family words stand
// for their whole family, alternatives ("Go or Python") become one ask, and examples of a family word
// ("message queues (e.g. Kafka, RabbitMQ)") are covered by it.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "base/text.h"
#include "match/asked_skills.h"
#include "match/unlisted_tools.h"

namespace bescore {

bool AskedSkill::satisfied_by(const Term* term) const {
  if (!term) return false;
  if (std::find(terms.begin(), terms.end(), term) != terms.end()) return true;
  if (term->family && families.count(term->family->id) > 0) return true;
  // A provider's service shows the provider: "AWS EKS" is AWS experience.
  static const std::vector<std::pair<std::string, std::vector<std::string>>> vendors = {
      {"AWS", {"Amazon ", "AWS "}}, {"Google Cloud", {"Google ", "GCP "}}, {"Azure", {"Azure ", "Microsoft Azure "}}};
  for (const auto& [vendor, prefixes] : vendors)
    for (const Term* t : terms)
      if (t->name == vendor)
        for (const auto& p : prefixes)
          if (term->name.rfind(p, 0) == 0) return true;
  return false;
}

namespace {

// A concept a posting names in general: any technology of its families, or of its terms, satisfies it.
struct Concept {
  std::string name;
  std::vector<std::string> families;
  std::vector<std::string> terms;
  /// A practice that spans areas ("DevOps practices such as Docker, Kubernetes and CI/CD"): the technologies
  /// named after it are asks of their own, not examples that any one of satisfies.
  bool umbrella = false;
};

// Lexicon terms that name a family rather than one technology.
const std::map<std::string, Concept>& term_concepts() {
  static const std::map<std::string, Concept> m = {
      {"message queues", {"message queues", {"messaging"}, {}}},
      {"caching", {"caching", {"cache"}, {}}},
      {"NoSQL", {"NoSQL", {"nosql"}, {}}},
      {"CI/CD", {"CI/CD", {"cicd"}, {}}},
      {"continuous integration", {"continuous integration", {"cicd"}, {}}},
      {"continuous deployment", {"continuous deployment", {"cicd"}, {}}},
      {"continuous delivery", {"continuous delivery", {"cicd"}, {}}},
      {"containerization", {"containers", {"container"}, {}}},  // Kubernetes after it is an ask of its own
      {"container orchestration", {"container orchestration", {"orchestration"}, {}}},
      {"observability", {"observability", {"observability"}, {}}},
      {"alerting", {"alerting", {"observability"}, {}}},
      {"instrumentation", {"instrumentation", {"observability"}, {}}},
      {"messaging patterns", {"messaging patterns", {"messaging"}, {}}},
      {"relational databases", {"relational databases", {"relational"}, {}}},
      {"SQL", {"SQL", {"relational"}, {}}},
      {"distributed systems", {"distributed systems", {"distributed"}, {}}},
      {"API design", {"API design", {"api"}, {}}},
      {"API development", {"API development", {"api"}, {"API development"}}},
      {"multithreading", {"multithreading", {}, {"multithreading", "concurrency"}}},
      // Practices a resume shows through the work that does them: scaling work shows scalability.
      {"backend architecture", {"backend architecture", {"distributed", "api", "messaging", "cache"}, {}, true}},
      {"software architecture", {"software architecture", {"distributed"}, {"software architecture"}, true}},
      {"scalability", {"scalability", {"distributed", "cache"}, {"scalability", "large-scale systems"}, true}},
      {"large-scale systems", {"large-scale systems", {"distributed"}, {"large-scale systems", "scalability"}, true}},
      {"performance optimization",
       {"performance optimization", {"cache"}, {"performance optimization", "query optimization", "database indexing", "load testing", "performance profiling"}, true}},
      {"data modeling", {"data modeling", {"data_access"}, {"data modeling", "relational database design"}}},
      {"relational database design", {"relational database design", {"data_access"}, {"relational database design", "data modeling"}}},
      {"version control", {"version control", {}, {"version control", "Git", "GitHub", "GitLab", "Bitbucket", "SVN"}}},
      {"DevOps", {"DevOps", {"cicd", "container", "orchestration"}, {"DevOps"}, true}},
      {"debugging", {"debugging", {"observability"}, {"debugging", "root cause analysis"}, true}},
      {"on-call", {"on-call", {}, {"on-call", "incident response", "PagerDuty", "Opsgenie", "SRE"}}},
      {"authentication", {"authentication", {"auth"}, {}}},
      {"service mesh", {"service mesh", {}, {"service mesh", "Istio", "Linkerd", "Envoy", "Consul"}}},
      {"schema design", {"schema design", {"data_access"}, {}}},
      {"infrastructure as code",
       {"infrastructure as code", {}, {"infrastructure as code", "Terraform", "Pulumi", "CloudFormation", "Ansible"}}},
  };
  return m;
}

// Family words the lexicon has no term for, as patterns; used when the clause names no technology of the family.
struct Phrase {
  std::unique_ptr<RE2> re;
  Concept meaning;
};
const std::vector<Phrase>& phrase_concepts() {
  static const std::vector<Phrase> v = [] {
    std::vector<Phrase> out;
    auto add = [&](const char* re, Concept c) { out.push_back({std::make_unique<RE2>(re), std::move(c)}); };
    add("(?i)\\bcloud\\b", {"cloud", {"cloud"}, {}});
    add("(?i)\\bmonitor(s|ing)?\\b", {"monitoring", {"observability"}, {}});
    add("(?i)\\balert(s|ing)?\\b", {"alerting", {"observability"}, {}});
    add("(?i)\\blogging\\b", {"logging", {"observability"}, {}});
    add("(?i)\\btracing\\b", {"tracing", {"observability"}, {}});
    add("(?i)\\b(queues?|queueing|queuing)\\b", {"message queues", {"messaging"}, {}});
    add("(?i)\\bdatabases?\\b", {"databases", {"relational", "nosql", "data_access"}, {}});
    add("(?i)\\borchestration\\b", {"container orchestration", {"orchestration"}, {}});
    // Work a posting describes without naming a technology: pipelines of data (not CI/CD pipelines), data models,
    // suites of automated tests.
    add("(?i)\\b(data|etl|elt|analytics|ingestion|streaming|processing)\\b[a-z ,/-]{0,30}\\bpipelines?\\b",
        {"data pipelines", {}, {"data pipelines"}});
    add("(?i)\\b(data (models?|modell?ing)|model(l?ing)? (and \\w+ )?data)\\b", {"data modeling", {"data_access"}, {"data modeling", "relational database design"}});
    add("(?i)\\b(test[- ]suites?|automated tests?|test automation|unit tests?|(well|thoroughly)[- ]tested)\\b", {"testing", {"testing"}, {}});
    add("(?i)\\boptimi[sz](e|es|ed|ing)\\b[a-z ,/-]{0,40}\\bperformance\\b",
        {"performance optimization", {"cache"}, {"performance optimization", "query optimization", "database indexing"}, true});
    add("(?i)\\bintegrat(e|es|ed|ing)\\b[a-z ,/-]{0,40}\\b(AI|ML|LLMs?)\\b",
        {"AI integration", {}, {"AI integration", "LLMs", "OpenAI API", "RAG", "AI agents"}});
    add("(?i)\\b(software|system|systems|application|technical|deep|solid|strong|sound|scalable|modern) "
        "(engineering and )?architectures?\\b",
        {"software architecture", {"distributed"}, {"software architecture"}, true});
    add("(?i)\\b(architecture,? (and|&) design|design,? (and|&) architecture|complex architectures?|overall architecture|"
        "architect(ing)? (solutions|systems|services|platforms))\\b",
        {"software architecture", {"distributed"}, {"software architecture"}, true});
    add("(?i)\\b(highly performant|(improv|tun)(e|es|ed|ing)\\b[a-z ,/-]{0,30}\\b(system|query|queries|api|service|"
        "application|database|app|site|page|runtime|code|platform)s?'?s? performance)\\b",
        {"performance optimization", {"cache"}, {"performance optimization", "query optimization", "database indexing"}, true});
    add("(?i)\\bcode\\b[a-z ,/-]{0,30}\\breviews?\\b", {"code review", {}, {"code review"}});
    add("(?i)\\b(apis?|web services)\\b", {"API development", {"api"}, {"API development"}});
    add("(?i)\\b(automated )?testing\\b", {"testing", {"testing"}, {}});
    return out;
  }();
  return v;
}

// Clause cues: a list offering a choice ("one of", "one or more of", "at least one", "such as"), a list giving examples of a family word
// ("e.g.", "such as"; not "i.e." or "including", which name what the family word means or what the work takes
// in: each is asked), and "or another <family word>".
struct ClauseCues {
  RE2 choice{"(?i)(\\bone of\\b|\\bany of\\b|\\bone or more\\b|\\bat least one\\b|\\btwo or more\\b|\\beither\\b|\\bsuch as\\b|\\be\\.?g\\b|\\bfor example\\b|\\blike\\b|\\bsimilar\\b|\\bequivalent\\b)"};
  RE2 examples{"(?i)(\\bsuch as\\b|\\be\\.?g\\b|\\bfor example\\b|\\bfor instance\\b|\\blike\\b)"};
  RE2 another{"(?i)\\bor (another|any other|other|a similar|similar|an equivalent|equivalent|comparable)\\b"};
  // An aside naming the team's own stack ("databases (we use ClickHouse and Postgres)"): the tools are asked, each.
  RE2 own_stack{"(?i)^\\W*(we use|we're using|we are using|we run|we rely on|our stack)\\b"};
};
const ClauseCues& clause_cues() {
  static const ClauseCues c;
  return c;
}

const RE2& consumer_cue() {
  static const RE2 re("(?i)\\b(used by|consumed by|called by|relied on by|that power|powering|behind) (our|the|their|a|an)\\b");
  return re;
}

// "UI" and "UX" in a posting are the product's interface and experience ("a delightful user experience"), said
// of nearly every job; as asks they name no skill a resume could show.
bool vague(const Term* t) { return t->name == "UI" || t->name == "UX"; }

std::string group_key(const Term* t) { return t->family->area.empty() ? t->family->id : t->family->area; }

// The posting's own words for a family word when they are another noun form of the concept's head word
// ("containerization" for containers, "relational database systems"), so the person sees the ask as the posting
// put it; a verb or a different head ("debug", "IaC", "optimize performance") keeps the concept's name.
std::string worded(const Concept& c, std::string_view wording) {
  auto head = [](std::string_view s) { return s.substr(s.rfind(' ') == std::string_view::npos ? 0 : s.rfind(' ') + 1); };
  std::string w = lower(wording);
  std::string_view ours = head(c.name), theirs = head(w);
  bool plain = std::none_of(c.name.begin(), c.name.end(), [](unsigned char ch) { return std::isupper(ch); });
  bool same_head = ours.size() >= 5 && theirs.size() >= ours.size() && theirs.substr(0, 5) == ours.substr(0, 5);
  bool capitals_inside = std::any_of(wording.begin() + (wording.empty() ? 0 : 1), wording.end(),
                                     [](unsigned char ch) { return std::isupper(ch); });
  return plain && same_head && !capitals_inside ? w : c.name;
}

// A technology named in the posting's own words when they are a phrase the lexicon knows for it: a product's
// other name ("AWS Bedrock") or a practice named by a noun ("automated testing", "event streaming"), so the
// report speaks as the posting does. A short form ("Postgres"), another form of the same phrase ("load tests",
// "review code"), words split by punctuation and a practice set in capitals (a team's or a heading's name) keep
// the technology's name.
std::string as_worded(const Term& term, std::string_view wording) {
  if (wording.find(' ') == std::string_view::npos || lower(std::string(wording)) == lower(term.name)) return term.name;
  std::string w(wording);
  std::string first_word = lower(term.name.substr(0, term.name.find(' ')));
  if (lower(w).compare(0, first_word.size(), first_word) == 0) return term.name;  // "Agile teams", "RESTful APIs"
  auto has_capital = [](std::string_view t) {
    return std::any_of(t.begin(), t.end(), [](unsigned char ch) { return std::isupper(ch); });
  };
  static const RE2 product_name("[A-Za-z0-9 .+#/-]+");  // "AWS Bedrock", "GitLab CI/CD", not "AWS: EKS"
  if (has_capital(term.name)) return has_capital(w) && RE2::FullMatch(w, product_name) ? w : term.name;
  static const RE2 noun_phrase("(?i)^[a-z-]+( [a-z-]+)*(ing|ion|ity|ment|ness|ure|[^s]s)$");
  if (has_capital(w.substr(1)) || !RE2::FullMatch(w, noun_phrase)) return term.name;
  w[0] = char(std::tolower(static_cast<unsigned char>(w[0])));
  return w;
}

AskedSkill from_concept(const Concept& c, const Lexicon& lexicon, std::string_view wording = {}) {
  AskedSkill s;
  s.name = worded(c, wording);
  s.id = c.name;
  s.families.insert(c.families.begin(), c.families.end());
  for (const auto& n : c.terms)
    if (const Term* t = lexicon.lookup(n)) s.terms.push_back(t);
  s.family = !c.families.empty() ? c.families.front() : !s.terms.empty() ? s.terms.front()->family->id : "";
  return s;
}

// One technology, or a choice named as the posting lists it ("Microsoft SQL Server, Oracle, MySQL or PostgreSQL")
// when that list is short; its id is the sorted names, so the same choice in other words is the same ask.
AskedSkill from_terms(const std::vector<Mention>& ms, std::string_view text) {
  AskedSkill s;
  std::vector<std::string> names;
  for (const auto& m : ms) {
    s.terms.push_back(m.term);
    names.push_back(m.term->name);
    s.name += (s.name.empty() ? "" : &m == &ms.back() ? " or " : ", ") + m.term->name;
  }
  if (ms.size() == 1) s.name = as_worded(*ms.front().term, text.substr(ms.front().pos, ms.front().len));
  s.family = ms.front().term->family->id;
  s.choice = ms.size() > 1;
  std::string listed(text.substr(ms.front().pos, ms.back().pos + ms.back().len - ms.front().pos));
  if (ms.size() > 1 && listed.size() <= 80 && listed.find_first_of(";:\n") == std::string::npos) s.name = listed;
  std::sort(names.begin(), names.end());
  for (const auto& n : names) s.id += (s.id.empty() ? "" : "|") + n;
  return s;
}

// What the family words of one line ask for, and where each was first said (clause number, byte offset): a term
// said after its family word gives an example ("message queues (e.g. Kafka)"), one said before it is an ask of
// its own ("Python, including system design and architecture patterns").
struct Covered {
  using Order = std::pair<size_t, size_t>;
  std::map<std::string, Order> families;
  std::map<const Term*, Order> terms;
  bool covers(const Term* t, Order at) const {
    auto f = families.find(t->family->id);
    auto n = terms.find(t);
    return (f != families.end() && f->second < at) || (n != terms.end() && n->second < at);
  }
  bool covers_anywhere(const Term* t) const { return families.count(t->family->id) || terms.count(t); }
  void add(const AskedSkill& s, Order at = {}) {
    for (const auto& f : s.families) families.emplace(f, at);
    for (const Term* t : s.terms) terms.emplace(t, at);
  }
};

// Whether two terms in a row are listed together ("Go, Java or Python", "GCP/AWS"): the text from one to the
// next is short and holds a comma, "or" or a slash, and no "and" or "with".
bool listed_together(const std::string& gap) {
  int words = count_words(gap);
  std::string g = " " + gap + " ";
  bool joined = g.find(", ") != std::string::npos || g.find(" or ") != std::string::npos || g.find('/') != std::string::npos;
  bool split = g.find(" and ") != std::string::npos || g.find(" with ") != std::string::npos;
  return words <= 5 && joined && !split;
}

bool offers_choice(const std::string& gap) {
  return (" " + gap + " ").find(" or ") != std::string::npos || gap.find('/') != std::string::npos;
}

// Consecutive terms listed together and in one backend area, as alternatives when the list offers a choice.
void add_alternatives(const std::string& text, const std::vector<Mention>& specific, bool cue,
                      std::vector<AskedSkill>& out) {
  std::vector<Mention> run;
  bool choice = cue;
  auto flush = [&] {
    if (run.empty()) return;
    if (choice) out.push_back(from_terms(run, text));
    else for (const Mention& m : run) out.push_back(from_terms({m}, text));
    run.clear();
    choice = cue;
  };
  for (size_t i = 0; i < specific.size(); ++i) {
    if (i > 0) {
      std::string gap = text.substr(specific[i - 1].pos, specific[i].pos - specific[i - 1].pos);
      // "Python/Django" is a stack, both asked; "GCP/AWS" and "Go, Java or Python" offer a choice within one area.
      bool slashed = gap.find(',') == std::string::npos && (" " + gap + " ").find(" or ") == std::string::npos;
      const Term *a = specific[i - 1].term, *b = specific[i].term;
      bool together = listed_together(gap) && (slashed ? a->family == b->family : group_key(a) == group_key(b));
      if (!together) flush();
      else choice = choice || offers_choice(gap);
    }
    run.push_back(specific[i]);
  }
  flush();
}

// Modifiers that share one head word: "unit, integration, and functional testing" names unit testing,
// integration testing and functional testing; "relational and non-relational databases" both kinds;
// "large-scale, high-volume and testable systems" each kind of system (there only adjectives: "design and
// optimise systems" names no design systems). Returns the clause with each compound spelt out after it, joined
// by "and" so that they stay separate asks.
std::string with_shared_heads(const std::string& text) {
  static const RE2 list(
      "(?i)\\b((?:[a-z][a-z-]*(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s*/\\s*|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*)){1,4}[a-z][a-z-]*)\\s+"
      "(testing|tests|databases|systems)\\b");
  static const RE2 word("(?i)([a-z][a-z-]*)");
  static const RE2 joiner("(?i)^(and|or)$");
  static const RE2 adjective("(?i)^([a-z]+-[a-z-]+|[a-z]+(ed|al|able|ible|ent|ant|ive|ous|ic))$");
  std::string extra;
  re2::StringPiece in(text), mods, head;
  while (RE2::FindAndConsume(&in, list, &mods, &head)) {
    std::string w;
    re2::StringPiece m(mods);
    bool systems = lower(std::string(head)) == "systems";
    while (RE2::FindAndConsume(&m, word, &w))
      if (!RE2::FullMatch(w, joiner) && (!systems || RE2::FullMatch(w, adjective))) extra += " and " + w + " " + std::string(head);
  }
  return extra.empty() ? text : text + " ;" + extra;
}

// The asks clause number `no` makes; `covered` holds what family words of the same line ask for, and `said`, when
// given, receives this clause's family words; `examples`, when given, the technologies given as their examples.
std::vector<AskedSkill> clause_asks(const PostingClause& clause, size_t no, const Lexicon& lexicon,
                                    const Covered& covered, Covered* said = nullptr,
                                    std::vector<const Term*>* examples_given = nullptr) {
  const std::string text = with_shared_heads(clause.text);
  std::vector<AskedSkill> out;
  std::vector<Mention> found;
  std::set<std::string> named_families;
  // "REST APIs used by our iOS and Android apps": what comes after a consumer cue names who calls the work, so
  // clients named there (mobile, frontend) are not asked for; backend terms there still are ("served by Redis").
  size_t consumers = std::string::npos;
  if (re2::StringPiece m; consumer_cue().Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1))
    consumers = size_t(m.data() - text.data());
  const std::vector<Mention> mentions = lexicon.find_mentions(text);
  for (const Mention& m : mentions) {
    const Term* t = m.term;
    size_t pos = m.pos;
    if (!t->family || vague(t)) continue;
    if (pos > consumers && !t->family->backend) continue;
    named_families.insert(t->family->id);
    if (auto it = term_concepts().find(t->name); it != term_concepts().end()) {
      AskedSkill s = from_concept(it->second, lexicon, std::string_view(text).substr(m.pos, m.len));
      if (std::find(s.terms.begin(), s.terms.end(), t) == s.terms.end()) s.terms.insert(s.terms.begin(), t);
      if (said && !it->second.umbrella) said->add(s, {no, pos});
      out.push_back(std::move(s));
      continue;
    }
    found.push_back(m);
  }
  // "Redis, Celery or another task queue": the family word after "or another" takes in the named ones.
  Covered absorbed;
  bool another = RE2::PartialMatch(text, clause_cues().another);
  for (const auto& p : phrase_concepts()) {
    re2::StringPiece at;
    if (!p.re->Match(text, 0, text.size(), RE2::UNANCHORED, &at, 1)) continue;
    bool named = false;
    for (const auto& f : p.meaning.families) named = named || named_families.count(f);
    if (named && !another) continue;  // "Kafka queues" asks for Kafka
    // A phrase said in one word names it so ("orchestration", "database"); longer wordings carry the posting's
    // own adjectives ("strong architecture") and keep the concept's name.
    std::string_view words(at.data(), at.size());
    out.push_back(from_concept(p.meaning, lexicon, count_words(words) == 1 ? words : std::string_view{}));
    if (said && !p.meaning.umbrella) said->add(out.back(), {no, size_t(at.data() - text.data())});
    if (named) absorbed.add(out.back());
  }
  bool examples = (clause.aside && !RE2::PartialMatch(text, clause_cues().own_stack)) ||
                  RE2::PartialMatch(text, clause_cues().examples);
  std::vector<Mention> specific;
  for (const Mention& m : found) {
    if (examples && covered.covers(m.term, {no, m.pos})) {  // "(e.g. Kafka)" after "message queues"
      if (examples_given) examples_given->push_back(m.term);
      continue;
    }
    if (absorbed.covers_anywhere(m.term)) continue;
    specific.push_back(m);
  }
  const bool choice = RE2::PartialMatch(text, clause_cues().choice);
  add_alternatives(text, specific, choice, out);
  // "Kafka, CloudStack and QuestDB": a tool the lexicon does not know, listed beside a technology asked on its own
  // (not one a family word covers as its example). Only when the clause is asked (the first pass only gathers
  // family words) and offers no choice ("one of"), where the known technologies stand for the choice.
  if (said || choice) return out;
  for (std::string& tool : unlisted_tools(std::string_view(text).substr(0, consumers), specific, lexicon)) {
    AskedSkill s;
    s.id = "tool:" + lower(tool);
    s.family = "unlisted";
    s.name = s.literal = std::move(tool);
    out.push_back(std::move(s));
  }
  return out;
}

// "Containerization technologies such as Docker": a family word whose line gives one example, and only one, asks
// for that example by name (any technology of the family still satisfies it). With several ("Postgres, MySQL,
// etc.", "caching and NoSQL such as Redis or MongoDB") the family words keep their own names, as they do before
// a practice.
void named_by_only_example(AskedSkill& s, const std::vector<const Term*>& examples) {
  if (s.families.empty() || s.choice || examples.empty()) return;
  const Term* only = examples.front();
  for (const Term* t : examples)
    if (t != only) return;
  // A product ("Docker", "PostgreSQL"), not a practice ("endpoint mapping" after "API development").
  bool product = std::any_of(only->name.begin(), only->name.end(), [](unsigned char c) { return std::isupper(c); });
  if (!product) return;
  if (!s.families.count(only->family->id) && std::find(s.terms.begin(), s.terms.end(), only) == s.terms.end()) return;
  s.name = only->name;
  if (std::find(s.terms.begin(), s.terms.end(), only) == s.terms.end()) s.terms.push_back(only);
}

// "Build APIs in Kotlin" then "Kotlin or Java on the server": one ask, not a required Kotlin beside the choice.
// A single technology that is also one of an "A or B" ask merges into the choice, unless it was asked more
// strongly (required alone, the choice only preferred): then the choice is the one dropped.
std::vector<AskedSkill> without_restated(std::vector<AskedSkill> asks) {
  std::vector<bool> dropped(asks.size(), false);
  for (size_t i = 0; i < asks.size(); ++i) {
    if (asks[i].terms.size() != 1 || !asks[i].families.empty()) continue;
    for (size_t j = 0; j < asks.size() && !dropped[i]; ++j) {
      if (i == j || dropped[j] || !asks[j].choice) continue;
      const auto& alts = asks[j].terms;
      if (std::find(alts.begin(), alts.end(), asks[i].terms[0]) == alts.end()) continue;
      bool single_stronger = asks[i].asked == Ask::required && asks[j].asked == Ask::preferred;
      size_t drop = single_stronger ? j : i, keep = single_stronger ? i : j;
      asks[keep].mentions += asks[drop].mentions;
      dropped[drop] = true;
    }
  }
  std::vector<AskedSkill> kept;
  for (size_t i = 0; i < asks.size(); ++i)
    if (!dropped[i]) kept.push_back(std::move(asks[i]));
  return kept;
}

}  // namespace

std::vector<AskedSkill> asked_skills(const Posting& posting, const Lexicon& lexicon) {
  std::vector<AskedSkill> out;
  std::map<std::string, size_t> index;
  // Family words of each line, so their examples on the same line are not asked twice.
  std::map<std::pair<int, int>, Covered> covered_by_line;
  const auto& clauses = posting.clauses;
  for (size_t i = 0; i < clauses.size(); ++i)
    clause_asks(clauses[i], i, lexicon, {}, &covered_by_line[{clauses[i].at.page, clauses[i].at.line}]);
  std::map<std::pair<int, int>, std::vector<const Term*>> examples_by_line;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const PostingClause& c = clauses[i];
    if (c.ask == Ask::none) continue;
    std::pair<int, int> line{c.at.page, c.at.line};
    for (auto& s : clause_asks(c, i, lexicon, covered_by_line[line], nullptr, &examples_by_line[line])) {
      // Office and collaboration tools (Jira, Slack, Salesforce) are asked, but a person learns them on the job:
      // never a requirement the match holds against a resume.
      const Ask ask = s.family == "office" ? Ask::preferred : c.ask;
      const std::string& key = s.id;
      auto it = index.find(key);
      if (it == index.end()) {
        s.asked = ask;
        s.at = c.at;
        s.mentions = 1;
        index[key] = out.size();
        out.push_back(std::move(s));
        continue;
      }
      AskedSkill& known = out[it->second];
      ++known.mentions;
      if (ask == Ask::required && known.asked == Ask::preferred) { known.asked = Ask::required; known.at = c.at; }
    }
  }
  for (AskedSkill& s : out) named_by_only_example(s, examples_by_line[{s.at.page, s.at.line}]);
  return without_restated(std::move(out));
}

}  // namespace bescore
