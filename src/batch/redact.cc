#include "batch/redact.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace bescore {

using nlohmann::ordered_json;

namespace {

struct Needle {
  std::string text, replacement;
  bool any_case = true;  ///< ASCII letter case ignored.
};

bool word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

bool same_at(const std::string& hay, size_t at, const Needle& n) {
  if (at + n.text.size() > hay.size()) return false;
  for (size_t i = 0; i < n.text.size(); ++i) {
    char a = hay[at + i], b = n.text[i];
    if (n.any_case ? std::tolower(static_cast<unsigned char>(a)) != std::tolower(static_cast<unsigned char>(b)) : a != b)
      return false;
  }
  return true;
}

// Replaces whole-word occurrences: a needle inside a longer word ("Ana" in "Analytics") is left alone.
std::string replace_words(const std::string& hay, const Needle& n) {
  std::string out;
  for (size_t i = 0; i < hay.size();) {
    bool starts = (i == 0 || !word_byte(hay[i - 1]) || !word_byte(n.text.front())) && same_at(hay, i, n);
    size_t end = i + n.text.size();
    if (starts && (end == hay.size() || !word_byte(hay[end]) || !word_byte(n.text.back()))) {
      out += n.replacement;
      i = end;
    } else {
      out += hay[i++];
    }
  }
  return out;
}

std::string str(const ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string last_segment(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  auto slash = url.rfind('/');
  return slash == std::string::npos ? std::string() : url.substr(slash + 1);
}

std::string without_scheme(const std::string& url) {
  auto p = url.find("://");
  return p == std::string::npos ? url : url.substr(p + 3);
}

std::vector<Needle> needles_of(const ordered_json& report, size_t position) {
  const std::string n = std::to_string(position);
  const ordered_json empty = ordered_json::object();
  const ordered_json& doc = report.contains("document") ? report["document"] : empty;
  const ordered_json& contacts = doc.contains("contacts") ? doc["contacts"] : empty;
  std::vector<Needle> needles;
  auto add = [&](const std::string& text, const std::string& replacement, bool any_case = true) {
    if (text.size() >= 2) needles.push_back({text, replacement, any_case});
  };
  std::string name = str(doc, "name");
  add(name, "Person " + n);
  // Each word of the name as written and in capitals, not in any case: "Grace" the person, not "grace" the word.
  std::string word;
  for (char c : name + " ") {
    if (c != ' ' && c != ',' && c != '\t') { word += c; continue; }
    while (!word.empty() && word.back() == '.') word.pop_back();
    std::string upper = word;
    for (auto& u : upper) u = char(std::toupper(static_cast<unsigned char>(u)));
    add(word, "Person " + n, false);
    if (upper != word) add(upper, "Person " + n, false);
    word.clear();
  }
  add(str(contacts, "email"), "email-" + n + "@redacted");
  add(str(contacts, "phone"), "phone-" + n);
  add(last_segment(str(contacts, "github")), "user-" + n);
  add(last_segment(str(contacts, "linkedin")), "user-" + n);
  if (auto urls = contacts.find("urls"); urls != contacts.end() && urls->is_array()) {
    size_t k = 0;
    for (const auto& u : *urls) {
      if (!u.is_string()) continue;
      std::string url = u.get<std::string>(), placeholder = "url-" + n + "-" + std::to_string(++k) + ".redacted";
      add(url, placeholder);
      add(without_scheme(url), placeholder);
    }
  }
  // The files a LaTeX resume included are named in notes and locations; their names can say whose they are
  // (cv/ana-kovac-contact.tex), so each becomes resume-N-include-K with its plain extension.
  if (auto notes = doc.find("notes"); notes != doc.end() && notes->is_array()) {
    size_t k = 0;
    for (const auto& note : *notes) {
      std::string text = note.is_string() ? note.get<std::string>() : "";
      if (text.rfind("included ", 0) != 0) continue;
      std::string path = text.substr(9);
      add(path, redacted_file_name(path, position).insert(7 + n.size(), "-include-" + std::to_string(++k)), false);
    }
  }
  std::stable_sort(needles.begin(), needles.end(),
                   [](const Needle& a, const Needle& b) { return a.text.size() > b.text.size(); });
  return needles;
}

std::string apply(std::string text, const std::vector<Needle>& needles, const std::string& email) {
  for (const auto& nd : needles) text = replace_words(text, nd);
  static const RE2 any_email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})");
  RE2::GlobalReplace(&text, any_email, email);
  return text;
}

void walk(ordered_json& j, const std::vector<Needle>& needles, const std::string& email) {
  if (j.is_string()) j = apply(j.get<std::string>(), needles, email);
  else if (j.is_structured())
    for (auto& child : j) walk(child, needles, email);
}

}  // namespace

std::string redacted_file_name(const std::string& path, size_t position) {
  std::string ext = std::filesystem::path(path).extension().string();
  bool plain = std::all_of(ext.begin(), ext.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.'; });
  return "resume-" + std::to_string(position) + (plain && ext.size() <= 10 ? ext : "");
}

void redact_report(ordered_json& report, size_t position) {
  auto needles = needles_of(report, position);
  std::string file = str(report, "file");
  walk(report, needles, "email-" + std::to_string(position) + "@redacted");
  if (report.is_object()) report["file"] = redacted_file_name(file, position);
}

}  // namespace bescore
