#include "score/fit.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "base/format.h"
#include "base/gated_pattern.h"
#include "check/template.h"
#include "match/title_match.h"

namespace bescore {

namespace {

// Lexicon families that only server-side work uses; languages, CI, testing and shell tools are shared by every
// kind of engineer and count half.
const std::set<std::string> kServer = {"backend_framework", "relational", "nosql", "data_access", "cache",
                                       "messaging", "api", "auth", "container", "orchestration", "cloud",
                                       "observability", "distributed"};
const std::set<std::string> kShared = {"language", "cicd", "testing", "os_tools"};
// The server-side families a programmer builds with (the rest of kServer runs what was built).
const std::set<std::string> kBuilt = {"backend_framework", "relational", "nosql", "data_access", "cache",
                                      "messaging", "api", "distributed"};
// The other kinds of engineering a resume can show, and every kind the fit weighs.
struct Rival {
  const char* kind;
  const char* resume;  ///< "this reads as <resume> resume"
  const char* work;    ///< "most of what it shows is <work>"
};
const Rival kRivals[] = {
    {"frontend", "a frontend", "frontend (user interface) work"},
    {"mobile", "a mobile", "mobile app work"},
    {"data", "a data", "data analysis and modelling"},
    {"security", "a security", "security testing and defence"},
    {"systems", "an embedded or low-level systems", "embedded, hardware or low-level systems work"}};
const Rival& rival_named(const std::string& kind) {
  for (const auto& r : kRivals)
    if (kind == r.kind) return r;
  return kRivals[0];  // not reached: callers pass a kind of kRivals
}
const char* const kKinds[] = {"backend", "frontend", "mobile", "data", "security", "systems", "software", "non-software"};

// What a job title or headline says about the person, strongest first.
struct TitleKind {
  const char* kind;
  const char* pattern;
  bool (*also)(const std::string& title) = nullptr;  ///< A word-list test that says the kind too.
};
// Wording that means something else in a title, rewritten before the title is read: "Laser Integration & Test
// Intern" is hardware's assembly and testing (I&T), not a service's integrations, so it reads as "Laser test Intern"
// ("Backend Integration and Test Engineer" stays backend).
const std::pair<const char*, const char*> kTitleWording[] = {{"(?i)\\bintegration\\s*(&|and|/)\\s*test", "test"}};

const TitleKind kTitles[] = {
    // Low-level systems first: an "Embedded Systems Engineer" or a "Linux Kernel Engineer" is not the backend's
    // "systems engineer" or database "kernel" engineer.
    {"systems", "(?i)\\b(embedded|firmware|fpga|asic|hypervisor|robotics|rtos|device drivers?|linux kernel)\\b"},
    {"backend", "(?i)\\b(back[- ]?end|server[- ]side|platform|infrastructure|site reliability|sre|devops|cloud|"
                "distributed|database|kernel|api|systems? (software )?engineer|full[- ]?stack|integration)\\b"},
    {"mobile", "(?i)\\b(ios|android|mobile|flutter|react native)\\b"},
    {"frontend", "(?i)\\b(front[- ]?end|ui|web designer|ux engineer|javascript developer|react developer)\\b"},
    // Security work, before the software titles. A security role, not a team's subject: "Security Analyst",
    // "Penetration Tester", "Application Security Engineer" are; "Software Engineer, Security" is not.
    {"security", "(?i)\\b((cyber\\s?)?security (analyst|engineer|researcher|consultant|specialist|architect|officer|"
                 "tester|auditor|operations)|cyber\\s?security|information security|infosec|penetration tester|"
                 "pen ?tester|soc analyst|red team\\w*|ethical hacker|malware analyst|reverse engineer|vulnerability)\\b"},
    // A job level ("Analyst, Software Engineering") or an IT role ("IT Analyst") is not data work.
    {"software", "(?i)\\bsoftware (engineer|developer)"},
    {"data", "(?i)\\b(data scien\\w*|data analy\\w*|machine learning|ml|ai|(business|bi|data|financial|quantitative|"
             "research|reporting|insights?|marketing|gis) analyst|research scientist|statistic\\w*|business intelligence|"
             "bi|quantitative|gis)\\b"},
    {"non-software",
     "(?i)\\b(hr|human resources|recruit\\w*|talent|sales|account (executive|manager)|marketing|seo|social media|"
     "graphic|designer|illustrat\\w*|artist|photograph\\w*|teacher|tutor|instructor|lecturer|professor|teaching|"
     "nurs\\w*|accountant|accounting|actuar\\w*|business development|"
     "psycholog\\w*|econom\\w*|copywriter|writer|editor|retail|cashier|barista|customer service|operations manager|"
     "project manager|product manager|administrative|assistant|consultant|researcher|mathematic\\w*)\\b",
     names_other_discipline},  // "Mechanical Engineer", "Civil Engineer": the list title matching uses
    {"software", "(?i)\\b(software|developer|programmer|swe|coder|engineer(ing)? intern)\\b"},
    // Other professions a cohort brings (health, law, trades, hospitality, logistics, media, finance), after the
    // software titles so that a "Legal Tech Developer" stays a developer.
    {"non-software",
     // Professions, not the industries software is written for: a "Data Warehouse Engineer" or an "Engineer,
     // Logistics" is an engineer.
     "(?i)\\b(physician|doctor|pharmacist|pharmacy technician|dentist|dental (assistant|hygienist)|therapist|"
     "physiotherapist|veterinar\\w*|caregiver|lawyer|attorney|paralegal|legal (assistant|secretary)|solicitor|chef|"
     "cook|waiter|waitress|bartender|receptionist|secretary|warehouse (associate|operative|worker)|"
     "logistics (coordinator|associate)|buyer|merchandiser|realtor|real estate agent|insurance (agent|broker)|"
     "underwriter|banker|teller|financial advisor|journalist|reporter|public relations|social worker|counsel+or|"
     "coach|fitness (instructor|trainer)|personal trainer|musician|actor|animator|biologist|chemist|electrician|"
     "plumber|carpenter|construction (worker|manager)|stylist|store manager|customer success|customer support|"
     "call cent(er|re))\\b"},
};

std::string kind_of_title(const std::string& title) {
  static const auto compiled = [] {
    std::vector<std::pair<const TitleKind*, std::unique_ptr<GatedPattern>>> v;
    for (const auto& t : kTitles) v.emplace_back(&t, std::make_unique<GatedPattern>(t.pattern));
    return v;
  }();
  static const auto wording = [] {
    std::vector<std::pair<std::unique_ptr<GatedPattern>, const char*>> v;
    for (const auto& [pattern, rewrite] : kTitleWording) v.emplace_back(std::make_unique<GatedPattern>(pattern), rewrite);
    return v;
  }();
  std::string t = title;
  for (const auto& [re, rewrite] : wording) re->replace_all(t, rewrite);
  for (const auto& [kind, re] : compiled)
    if (re->partial_match(t) || (kind->also && kind->also(t))) return kind->kind;
  return "";
}

// "React, JavaScript, TypeScript, Cypress.io, Docker": a role's stack set as one of its points, names and nothing
// done: four or more short items between commas (not the commas of a parenthesis: "Built APIs (Go, Redis, Kafka)"
// is one item), most of them technologies. The caller checks that no action verb opens it.
bool names_only(const std::string& text, const std::vector<const Term*>& terms) {
  size_t items = 1, longest = 0, words = 0;
  int depth = 0;
  for (char c : text) {
    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    if (c == ',' && depth == 0) ++items, longest = std::max(longest, words + 1), words = 0;
    else if (c == ' ' && words < 100) ++words;
  }
  longest = std::max(longest, words + 1);
  return items >= 4 && longest <= 4 && terms.size() * 2 >= items;
}


// What the fit weighed, for the words that explain it.
struct Weighed {
  std::map<std::string, double>& by;  ///< evidence by kind
  std::map<std::string, double>& listed;  ///< of it, terms only listed
  const std::string& rival;  ///< the strongest other kind of engineering
  double share;  ///< of all the evidence, the server side's
  double others;  ///< the evidence of every other kind, as the share weighs it
  bool operations;  ///< the operations cap holds the fit down
  const Bullet* front_example;  ///< the person's own frontend or mobile bullet, if any
};

const char* const kOperationsFix =
    "if you write code, show it: name the language and what you built with it (a service, an API, automation or a "
    "tool) in the bullets where you used it; a backend project counts";
const char* const kServerSideFix =
    "lead with the server side of your work: the APIs, services, data stores and pipelines you built and ran in "
    "production, with their scale; a backend project counts";

// "this resume shows frontend (user interface) work and other kinds of work nearly as much as server-side work"
std::string nearly_as_much(const Weighed& w) {
  std::string first = w.by["non-software"] > w.by[w.rival] ? "work outside software" : rival_named(w.rival).work;
  double first_weight = std::max(w.by["non-software"], w.by[w.rival]);
  return "this resume shows " + first + (w.others > first_weight + 1 ? " and other kinds of work" : "") +
         " nearly as much as server-side work";
}

// A fit of 0.8 or more keeps the kind "backend"; under 1 it still holds points back and says why (no lead).
void explain_held_back(BackendFit& fit, const Weighed& w) {
  const char* held = "; part of the score is held back, since the score is for backend roles";
  if (w.operations) {
    fit.message = std::string("the work this resume describes names little programming (one language, framework, "
                              "API or data store)") + held;
    fit.fix = kOperationsFix;
    return;
  }
  if (w.share < 0.5) {
    fit.message = nearly_as_much(w) + held;
  } else {
    fit.message = std::string("this resume shows some server-side work, but little of it") + held;
  }
  fit.fix = kServerSideFix;
}

// Under 0.8: the kind the resume reads as, told first.
void explain(BackendFit& fit, const Weighed& w) {
  auto& by = w.by;
  if (fit.factor >= 0.8) {
    if (fit.factor < 1) explain_held_back(fit, w);
    return;
  }
  const std::string& rival = w.rival;
  // Little software of any kind reads as a non-software resume, whatever else leads. Here a long list of
  // languages and server technologies counts too: it does not make work backend, but it says the person
  // programs (design, office and AI tools do not).
  double software = fit.backend + by["software"] +
                    std::min(w.listed["backend"] + w.listed["software"], 6.0);
  for (const auto& k : kRivals) software += by[k.kind];
  // Non-software work that outweighs server-side work, the other kinds and software titles leads too.
  bool outside = by["non-software"] > std::max({by[rival], by["software"], fit.backend});
  // Another kind of engineering the resume shows is named before operations: a security engineer who writes no
  // code is told the resume reads as security work.
  fit.kind = software < 8 || outside ? "non-software" : by[rival] >= 3 ? rival : w.operations ? "operations" : "software";
  if (fit.kind == "non-software") {
    fit.message = "this does not read as a software engineer's resume: its titles, summary, skills and bullets show "
                  "no server-side or other software work, and the score is for backend roles";
    fit.fix = "bescore judges resumes for backend engineering roles; if that is the goal, add the software you have "
              "built (projects count) with the languages, APIs and data stores it used";
    return;
  }
  if (fit.kind == "operations") {
    fit.message = "this reads as an IT operations resume: the work it describes runs servers and infrastructure but "
                  "names no programming language and nothing built with one (a service, an API, a data store), and the "
                  "score is for backend roles";
    fit.fix = kOperationsFix;
    return;
  }
  if (fit.kind == "software")
    fit.message = "this resume shows little server-side work (APIs, services, data stores, infrastructure), and the "
                  "score is for backend roles";
  else if (by[rival] >= fit.backend)
    fit.message = std::string("this reads as ") + rival_named(fit.kind).resume + " resume: most of what it shows is " +
                  rival_named(fit.kind).work + ", with little server-side work, and the score is for backend roles";
  else if (w.share < 0.5)  // the server side leads, but not by much: say so, not "most of it is frontend"
    fit.message = nearly_as_much(w) + ", and the score is for backend roles";
  else  // the server side leads clearly, and is small
    fit.message = std::string("this resume shows little server-side work (APIs, services, data stores, "
                              "infrastructure) and some ") + rival_named(fit.kind).work + ", and the score is for backend roles";
  if (w.front_example && (fit.kind == "frontend" || fit.kind == "mobile" || fit.kind == "software")) {
    fit.at = w.front_example->at;
    fit.excerpt = w.front_example->text;
    fit.fix = "lead with the server side of your work: for example rewrite \"" + shorten(w.front_example->text, 70) +
              "\" around the API, data store or service behind it, and add backend projects";
  } else {
    fit.fix = kServerSideFix;
  }
}

}  // namespace

BackendFit backend_fit(const Resume& r, const Lexicon& lexicon, const std::map<std::string, Trait>& traits) {
  // Distinct terms by family: mentioned in prose (bullets, summary, titles) they count 1, listed only 0.5.
  std::map<std::string, double> term_weight;
  std::map<std::string, std::string> family_of;
  auto note = [&](const Term* t, double w) {
    term_weight[t->name] = std::max(term_weight[t->name], w);
    family_of[t->name] = t->family->id;
  };
  std::map<std::string, double> titles;  // kind → weight of titles saying it
  auto weigh_title = [&](const std::string& text, double w) {
    std::string k = kind_of_title(text);
    if (!k.empty()) titles[k] += w;
    for (const Term* t : lexicon.find(text)) note(t, 1.0);
  };
  auto has = [&](const char* trait, const std::string& text, const std::vector<const Term*>& terms) {
    auto it = traits.find(trait);
    return it != traits.end() && it->second.test(text, terms);
  };
  weigh_title(r.headline, 3);
  int back_bullets = 0, front_bullets = 0;
  const Bullet* front_example = nullptr;
  std::set<std::string> weighed;  // a line pasted twice (whatever its case, spaces or punctuation) counts once
  // Languages and the parts of a server one builds, named in the work described (bullets and prose, not a headline,
  // a title, a stack line or a list): what says the person programs.
  std::set<std::string> code;
  // Every section counts: a heading the parser missed leaves work under "other" or in a summary.
  auto weigh_line = [&](const std::string& text, const std::vector<const Term*>& terms, bool back, bool front) {
    std::string key;
    for (unsigned char c : text)
      if (std::isalnum(c) || c >= 0x80) key += char(std::tolower(c));
    if (!weighed.insert(key).second) return;
    for (const Term* t : terms) {
      note(t, 1.0);
      if (t->family->id == "language" || kBuilt.count(t->family->id)) code.insert(t->name);
    }
    back_bullets += back;
    front_bullets += front && !back;
  };
  for (const auto& s : r.sections) {
    bool studies = s.kind == SectionKind::education || s.kind == SectionKind::certifications;
    if (s.kind == SectionKind::summary && !s.paragraph.empty()) weigh_title(s.paragraph.front().text, 1);
    if (s.kind != SectionKind::skills && s.kind != SectionKind::header)
      for (const auto& l : s.paragraph) {
        auto terms = lexicon.find(l.text);
        if (has("keyword_list", l.text, terms)) {  // a bare list of terms is a claim, like a skills list
          for (const Term* t : terms) note(t, 0.5);
          continue;
        }
        weigh_line(l.text, terms, has("backend", l.text, terms), has("frontend", l.text, terms));
      }
    for (const auto& e : s.entries) {
      // Job titles say what the person is; a project's name or stack line only names its technologies.
      if (s.kind == SectionKind::experience) {
        weigh_title(e.title, 2);
        // An employer is a name; technologies on the entry's line (its stack, or parts the parser could not place)
        // are a claim, like a skills list.
        for (const Term* t : lexicon.find(e.organisation + " | " + e.location + " | " + e.stack)) note(t, 0.5);
      } else if (!studies)
        for (const Term* t : lexicon.find(e.title + " | " + e.organisation + " | " + e.stack)) note(t, 1.0);
      for (const auto& b : e.bullets) {
        if (!b.traits.count("action_verb") && names_only(b.text, b.terms)) {  // "React, TypeScript, SQL, Docker": a list
          for (const Term* t : b.terms) note(t, 0.5);
          continue;
        }
        bool back = b.traits.count("backend"), front = b.traits.count("frontend");
        weigh_line(b.text, b.terms, back, front);
        if (front && !back && !front_example) front_example = &b;
      }
    }
  }
  for (const auto& sk : r.skills)
    for (const Term* t : sk.terms) note(t, 0.5);

  // Terms only listed (skills, keyword lines) are claims: together they add at most kListedCap per kind, and
  // no more than one point beyond the kind's described evidence, so padding a list cannot make a resume read as
  // backend.
  constexpr double kListedCap = 3;
  std::map<std::string, double> by, listed;  // evidence by kind, described and listed
  double shared = 0;  // the described backend evidence every kind of engineer has (languages, CI, tests, shell)
  for (const auto& [name, w] : term_weight) {
    const std::string& fam = family_of[name];
    auto& into = w >= 1.0 ? by : listed;
    if (kServer.count(fam)) into["backend"] += w;
    else if (kShared.count(fam)) into["backend"] += w / 2, into["software"] += w / 2, shared += w >= 1.0 ? w / 2 : 0;
    else if (fam == "frontend") into["frontend"] += w;
    else if (fam == "mobile") into["mobile"] += w;
    else if (fam == "data" || fam == "security" || fam == "systems") into[fam] += w;
    else if (fam == "office") into["non-software"] += w;
  }
  // A list backs up described work; alone it says little (one point at most). Languages and tools every kind of
  // engineer describes do not open room for a list of server technologies.
  for (const auto& [kind, w] : listed)
    by[kind] += std::min({w, kListedCap, 1.0 + by[kind] - (kind == "backend" ? shared : 0.0)});
  by["backend"] += 0.75 * std::min(back_bullets, 16) + 2.0 * std::min(titles["backend"], 6.0);
  std::string ui = by["mobile"] > by["frontend"] ? "mobile" : "frontend";
  by[ui] += 0.75 * std::min(front_bullets, 16);
  for (const auto& k : kRivals) by[k.kind] += 2.0 * std::min(titles[k.kind], 6.0);
  by["non-software"] += 2.0 * std::min(titles["non-software"], 6.0);
  by["software"] += 2.0 * std::min(titles["software"], 6.0);

  BackendFit fit;
  for (const char* k : kKinds) fit.evidence[k] = by[k];
  fit.backend = by["backend"];
  std::string rival = "frontend";  // the strongest other kind of engineering
  for (const auto& k : kRivals)
    if (by[k.kind] > by[rival]) rival = k.kind;
  fit.other = std::max(by[rival], by["non-software"]);
  // A full-stack engineer does both: with substantial server work, the frontend side counts half against it.
  double others = by["non-software"];
  for (const auto& k : kRivals) others += by[k.kind];
  if (fit.backend >= 12) others -= 0.5 * by["frontend"];
  double share = fit.backend / std::max(1.0, fit.backend + others);
  double strength = std::min(1.0, fit.backend / 12.0);
  fit.factor = std::clamp(strength * std::min(1.0, share / 0.5), 0.05, 1.0);
  // Running servers is not building them: a resume whose work names no programming language and no part of a server
  // one builds (framework, API, database, cache, queue) shows operations work, however much infrastructure it names.
  // One such term lifts the cap to 0.8 (the kind stays backend, with points held back), two lift it.
  const double ops_cap = std::min(1.0, 0.5 + 0.3 * double(code.size()));
  const bool operations = fit.factor > ops_cap;  // named only when the cap is what holds the fit down
  if (operations) fit.factor = ops_cap;
  explain(fit, {by, listed, rival, share, others, operations, front_example});
  return fit;
}

}  // namespace bescore
