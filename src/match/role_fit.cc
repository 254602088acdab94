// Role fit: the posting's kind of role against the kind the resume presents.
#include "match/role_fit.h"

#include <map>

#include <re2/re2.h>

#include "match/title_match.h"

namespace bescore {

namespace {

bool specific(const std::string& kind) { return kind != "software" && kind != "other"; }

// The qualifiers of a title line: what follows the title proper ("- Mobile Solutions (Hybrid)").
std::string qualifiers(const Posting& p) {
  if (p.title_line.size() <= p.title.size() || p.title_line.compare(0, p.title.size(), p.title) != 0) return "";
  return p.title_line.substr(p.title.size());
}

// The focus a qualifier names: "(Full-Stack, Backend-leaning)" → backend.
std::string focus(const std::string& qualifier) {
  static const RE2 re(
      "(?i)\\b((?:back|front)[- ]?end|server[- ]side|full[- ]?stack|mobile|data|platform|infrastructure)[- ]"
      "(?:leaning|focused|heavy|oriented)\\b");
  std::string kind;
  return RE2::PartialMatch(qualifier, re, &kind) ? title_kind(kind) : "";
}

bool neighbours(const std::string& a, const std::string& b) {
  auto pair = [&](const char* x, const char* y) { return (a == x && b == y) || (a == y && b == x); };
  return pair("backend", "platform") || pair("backend", "fullstack") || pair("frontend", "fullstack");
}

std::string kind_of_family(const std::string& family) {
  return family == "frontend" || family == "mobile" || family == "data" ? family : "";
}

// "Partnerships Development Manager", "Provider Network Specialist": a title holding the role noun of another
// profession and no word of engineering ("Engineering Manager", "Technical Lead" stay engineering titles).
bool names_other_profession(const std::string& title) {
  static const RE2 role("(?i)\\b(manager|director|coordinator|representative|recruiter|specialist|assistant|designer|"
                        "nurse|accountant|counsel|attorney|executive|officer|associate|consultant|advisor|agent|"
                        "analyst|writer|editor|marketer|salesperson|partner)s?\\b");
  static const RE2 engineering("(?i)\\b(engineering|engineers?|technical|technology|software|developers?|devops|"
                               "programmers?|architects?|"
                               "platform|data|it|security|systems?|solutions?|product)\\b");
  return RE2::PartialMatch(title, role) && !RE2::PartialMatch(title, engineering);
}

}  // namespace

std::string posting_kind(const Posting& posting, const std::vector<AskedSkill>& asked, const Lexicon& lexicon,
                         std::string* from) {
  auto said = [&](const char* where, std::string kind) {
    if (from) *from = where;
    return kind;
  };
  // The title proper, unless a qualifier names the focus ("Full Stack Engineer (Backend)", "(Full-Stack,
  // Backend-leaning)") or the title names no kind ("Senior Software Engineer - Mobile Solutions").
  std::string kind = title_kind(posting.title);
  std::string rest = qualifiers(posting), qualified = title_kind(rest);
  if (std::string f = focus(posting.title_line); !f.empty() && f != "other") return said("title qualifier", f);
  if (kind == "fullstack" && (qualified == "backend" || qualified == "frontend")) return said("title qualifier", qualified);
  if (!specific(kind) && specific(qualified)) return said("title qualifier", qualified);
  if (specific(kind)) return said("title", kind);
  if (kind == "other" && names_other_discipline(posting.title) && lexicon.find(posting.title).empty())
    return said("title", "other");
  // "Golang Consultant", "Python Specialist": a technology in the title makes it a technical role.
  if (kind == "other" && qualified == "other" && names_other_profession(posting.title) && lexicon.find(posting.title).empty())
    return said("title", "other");
  // A general title: the asks tell. Weigh the backend families against frontend, mobile and data.
  double backend = 0;
  std::map<std::string, double> other;
  for (const auto& a : asked) {
    double w = a.asked == Ask::required ? 2 : 1;
    const TechFamily* f = lexicon.family(a.family);
    if (f && f->backend) backend += w;
    else if (auto k = kind_of_family(a.family); !k.empty()) other[k] += w;
  }
  std::string best;
  for (const auto& [k, w] : other)
    if (w > backend && (best.empty() || w > other[best])) best = k;
  if (!best.empty()) return said("asks", best);
  return said(kind == "software" ? "title" : "", "software");
}

std::string resume_kind(const Resume& resume, std::string* from) {
  if (from) from->clear();
  if (!resume.headline.empty()) {
    std::string k = title_kind(resume.headline);
    if (k != "other") {
      if (from && specific(k)) *from = "headline";
      return specific(k) ? k : "software";
    }
  }
  for (const Section* s : resume.sections_of(SectionKind::experience))
    for (const auto& e : s->entries)
      if (!e.title.empty()) {
        std::string k = title_kind(e.title);
        if (from && specific(k)) *from = "latest role";
        return specific(k) ? k : "software";
      }
  return "software";
}

RoleFit role_fit(const Posting& posting, const std::vector<AskedSkill>& asked, const Resume& resume,
                 const Lexicon& lexicon) {
  RoleFit r;
  r.posting_kind = posting_kind(posting, asked, lexicon, &r.posting_from);
  r.resume_kind = resume_kind(resume, &r.resume_from);
  const std::string pk = r.posting_kind == "software" ? "software engineering" : r.posting_kind;
  const std::string rk = r.resume_kind == "software" ? "software engineering" : r.resume_kind;
  if (r.posting_kind == "other") {
    r.fit = kOtherKindFit;
    r.why = names_other_discipline(posting.title) ? "the posting's title names another engineering discipline"
                                                  : "the posting's title names no engineering role";
  } else if (!specific(r.posting_kind) || !specific(r.resume_kind)) {
    r.why = r.resume_kind == "software" ? "the resume presents no particular kind of role" : "the posting is for any engineer";
  } else if (r.posting_kind == r.resume_kind) {
    r.why = "a " + rk + " resume for a " + pk + " posting";
  } else {
    r.fit = neighbours(r.posting_kind, r.resume_kind) ? kNeighbourFit : kOtherKindFit;
    r.why = "a " + rk + " resume for a " + pk + " posting" + (r.fit == kNeighbourFit ? " (a neighbouring kind)" : "");
  }
  return r;
}

}  // namespace bescore
