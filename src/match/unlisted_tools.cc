#include "match/unlisted_tools.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

#include "base/text.h"

namespace bescore {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Acronyms every posting uses that name no tool: degrees, roles, places, business words, AI and ML themselves.
const std::set<std::string, std::less<>>& everyday_acronyms() {
  static const std::set<std::string, std::less<>> words = {
      "AI",   "ML",   "QA",   "UI",   "UX",   "US",   "USA",  "EEO",  "EOE",  "HR",   "PTO",  "API",  "APIS", "IT",
      "CS",   "CE",   "EE",   "BS",   "BA",   "BSC",  "MS",   "MSC",  "MA",   "MBA",  "PHD",  "SAAS", "PAAS", "IAAS",
      "LLM",  "LLMS", "OS",   "CI",   "CD",   "SQL",  "ETL",  "ELT",  "KPI",  "KPIS", "SLA",  "SLAS", "SLO",  "SLOS",
      "SLI",  "SDK",  "SDKS", "CRM",  "ERP",  "MVP",  "GTM",  "PM",   "VP",   "CEO",  "CTO",  "CFO",  "COO",  "CIO",
      "CISO", "ID",   "NY",   "NYC",  "CA",   "SF",   "LA",   "DC",   "TX",   "WA",   "UK",   "EU",   "EMEA", "APAC",
      "NA",   "OKR",  "OKRS", "DEI",  "FAQ",  "TBD",  "LLC",  "INC",  "AND",  "OR",   "THE",  "NOT",  "TO",   "OF",
      "IN",   "ON",   "AT",   "FOR",  "WITH", "AN",   "IS",   "ARE",  "WE",   "YOU",  "OUR",  "GPA",  "ATS",  "PST",
      "EST",  "CST",  "MST",  "UTC",  "GMT",  "CET",  "ET",   "PT",   "USD",  "EUR",  "GBP",  "ASAP", "FTE",  "WFH",
      "RTO",  "OTE",  "IPO",  "AR",   "VR",   "XR",   "IOT",  "NLP",  "CV",   "IP",   "PR",   "QE",   "SE",   "SWE",
      "SRE",  "SDE",  "SDET", "TL",   "EM",   "PMO",  "HQ",   "B2B",  "B2C",  "II",   "III",  "IV",   "OOP",  "TDD",
      "BDD",  "DDD",  "MVC",  "SOLID", "DRY", "KISS", "YAGNI", "FDA", "HIPAA", "GDPR", "SOC",  "PCI",  "PII",  "PHI",
      "CCPA", "SOX",  "ISO",  "NIST", "PHDS"};
  return words;
}

bool separator(char c) { return std::strchr(",;/|()[]{}:&", c) != nullptr; }

// Words that end one list item and start the next: conjunctions, list cues and prepositions.
bool separator_word(const std::string& w) {
  static const std::set<std::string> words = {"or", "and", "nor", "with", "using", "including", "like", "e.g.",
                                              "i.e.", "etc", "etc.", "such", "as", "plus", "via", "in", "on", "of",
                                              "for", "to", "from", "into", "at", "by", "+"};
  return words.count(w) > 0;
}

struct Item {
  size_t begin = 0, end = 0;
  std::vector<std::string> words;
};

// The clause's list items; `choice` is set when a list offers alternatives ("or").
std::vector<Item> list_items(std::string_view text, bool& choice) {
  std::vector<Item> items(1);
  auto close = [&] {
    if (!items.back().words.empty()) items.emplace_back();
  };
  size_t i = 0;
  while (i < text.size()) {
    if (separator(text[i])) { close(); ++i; continue; }
    if (std::isspace(static_cast<unsigned char>(text[i]))) { ++i; continue; }
    size_t j = i;
    while (j < text.size() && !separator(text[j]) && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    size_t b = i, e = j;
    i = j;
    // Markdown emphasis, quotes and a closing full stop are not part of a name.
    while (b < e && std::strchr("*_`\"'", text[b])) ++b;
    while (e > b && std::strchr("*_`\"'.!?", text[e - 1])) --e;
    if (b == e) continue;
    std::string word(text.substr(b, e - b));
    if (const std::string folded = lower(word); separator_word(folded)) {
      choice = choice || folded == "or" || folded == "nor";
      close();
      continue;
    }
    Item& item = items.back();
    if (item.words.empty()) item.begin = b;
    item.end = e;
    item.words.push_back(std::move(word));
  }
  if (items.back().words.empty()) items.pop_back();
  return items;
}

}  // namespace

bool tool_shaped(std::string_view w) {
  if (w.size() < 2 || !(is_ascii_upper(w[0]) || is_ascii_lower(w[0]))) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return !(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '#' || c == '-'); }))
    return false;
  int letters = int(std::count_if(w.begin(), w.end(), [](char c) { return is_ascii_upper(c) || is_ascii_lower(c); }));
  bool digits = std::any_of(w.begin(), w.end(), digit);
  if (std::all_of(w.begin(), w.end(), is_ascii_upper))
    return w.size() <= 6 && everyday_acronyms().count(std::string(w)) == 0;
  std::string up;
  for (char c : w) up += char(std::toupper(static_cast<unsigned char>(c)));
  if (everyday_acronyms().count(up)) return false;  // "SaaS", "PhD", "B2B"
  if (digits) return letters >= 2;                   // "Buck2", "Web3"; not "P99" or "5G"
  for (size_t k = 1; k < w.size(); ++k)
    if (is_ascii_lower(w[k - 1]) && is_ascii_upper(w[k])) {
      // An industry ("FinTech", "HealthTech") or a shop's word ("eCommerce") is not a tool.
      return !ends_with(w, "Tech") && w != "eCommerce";
    }
  return false;
}

std::vector<std::string> unlisted_tools(std::string_view text, const std::vector<Mention>& asked,
                                        const Lexicon& lexicon) {
  bool choice = false;
  const auto items = list_items(text, choice);
  // "Kafka or QuorumDB": the known technology stands for the choice; its other options are not asks of their own.
  if (choice) return {};
  auto text_of = [&](const Item& item) { return text.substr(item.begin, item.end - item.begin); };
  auto names_asked_technology = [&](const Item& item) {
    for (const Mention& m : asked)
      if (m.pos < item.end && m.pos + m.len > item.begin && m.term && m.term->family &&
          m.term->family->id != "practice" && m.term->family->id != "office")
        return true;
    return false;
  };
  // Which items name a technology: a known one, or (in a second round, and on) a tool beside one, so that a list
  // runs on ("Kafka, QuorumDB and SkyLattice").
  std::vector<bool> technology(items.size()), tool(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    technology[i] = names_asked_technology(items[i]);
    // Unknown to the lexicon: named in no letter case ("GoLang" is Go) and holding no term ("SASS/SCSS").
    tool[i] = items[i].words.size() <= 2 &&
              std::all_of(items[i].words.begin(), items[i].words.end(), [](const std::string& w) { return tool_shaped(w); }) &&
              !lexicon.lookup_any_case(text_of(items[i])) && lexicon.find(text_of(items[i])).empty();
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < items.size(); ++i)
      if (tool[i] && !technology[i] && ((i > 0 && technology[i - 1]) || (i + 1 < items.size() && technology[i + 1])))
        technology[i] = grew = true;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!tool[i] || !technology[i]) continue;
    std::string name(text.substr(items[i].begin, items[i].end - items[i].begin));
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

}  // namespace bescore
