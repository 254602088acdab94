// JSON Resume (jsonresume.org): the sections bescore scores, as the lines a rendered resume would show. Each line is
// at the JSON line where its value starts and carries the value's JSON pointer, so findings lead to the value to edit.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "base/text.h"

namespace bescore {

namespace {

using nlohmann::json;
constexpr size_t npos = std::string_view::npos;

/// Where values sit in the source text: a value's JSON string is searched forward from a given place.
class ValueFinder {
 public:
  explicit ValueFinder(std::string_view text) : text_(text) {
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  /// Start of value's JSON string at or after from (as a value, not a key), else from the top; npos when absent.
  size_t find(const std::string& value, size_t from) const {
    // Files may escape non-ASCII characters or not; both spellings are tried.
    for (const std::string& quoted : {json(value).dump(), json(value).dump(-1, ' ', true)}) {
      for (size_t start : {from, size_t(0)}) {
        for (size_t k = text_.find(quoted, start); k != npos; k = text_.find(quoted, k + 1)) {
          size_t next = text_.find_first_not_of(" \t\r\n", k + quoted.size());
          if (next == npos || text_[next] != ':') return k;
        }
      }
    }
    return npos;
  }

  /// Where the key of a top-level section ("work": ...) is; 0 when absent.
  size_t key(const std::string& name) const {
    std::string quoted = json(name).dump();
    for (size_t k = text_.find(quoted); k != npos; k = text_.find(quoted, k + 1)) {
      size_t next = text_.find_first_not_of(" \t\r\n", k + quoted.size());
      if (next != npos && text_[next] == ':') return k;
    }
    return 0;
  }

  int line_of(size_t pos) const { return int(std::upper_bound(line_starts_.begin(), line_starts_.end(), pos) - line_starts_.begin()); }

  size_t end_of(const std::string& value, size_t pos) const { return pos + json(value).dump().size(); }

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_ = {0};
};

std::string string_at(const json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// "2022-04-01" or "2022-04" → "Apr 2022", the way resumes write dates (and the parser reads ranges).
std::string display_date(const std::string& iso) {
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (iso.size() >= 7 && iso[4] == '-' && isdigit((unsigned char)iso[5]) && isdigit((unsigned char)iso[6])) {
    int m = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (m >= 1 && m <= 12) return std::string(months[m - 1]) + " " + iso.substr(0, 4);
  }
  return iso;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts)
    if (!trim(p).empty()) out += (out.empty() ? "" : sep) + trim(p);
  return out;
}

// A JSON parse error as one line: "line 4: syntax error while parsing object - unexpected '}'".
Error parse_error(std::string_view text, const json::parse_error& e) {
  size_t at = std::min<size_t>(e.byte ? e.byte - 1 : 0, text.size());
  int line = 1 + int(std::count(text.begin(), text.begin() + at, '\n'));
  std::string what = e.what();
  size_t colon = what.find(": ", what.find("column"));
  std::string cause = colon == std::string::npos ? what : what.substr(colon + 2);
  // nlohmann quotes the text it last read, which may span lines; the expectation after it is what helps.
  size_t last = cause.find("; last read: ");
  if (last != std::string::npos) {
    size_t expected = cause.find("; expected", last);
    cause = cause.substr(0, last) + (expected == std::string::npos ? "" : cause.substr(expected));
  }
  std::replace_if(cause.begin(), cause.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return Error{"not valid JSON Resume (line " + std::to_string(line) + ": " + cause + ")"};
}

class JsonResumeReader {
 public:
  JsonResumeReader(std::string_view text, const json& resume) : finder_(text), resume_(resume) {}

  Document read(const std::string& name) {
    doc_.file = name;
    doc_.format = "jsonresume";
    basics();
    work();
    projects();
    skills();
    education();
    return std::move(doc_);
  }

 private:
  // ---- locating and emitting ----

  /// A value found in the source: where its line is and where searching for the next value goes on.
  struct Place {
    int line = 0;
    size_t end = 0;
  };

  Place locate(const std::string& value, size_t from) {
    size_t pos = finder_.find(value, from);
    if (pos == npos) return {last_line_, from};  // an escape spelled differently: stay at the last known line
    last_line_ = finder_.line_of(pos);
    return {last_line_, std::max(from, finder_.end_of(value, pos))};
  }

  void emit(const std::string& text, int line, const std::string& pointer, bool bullet = false, int heading = 0) {
    std::string t = squeeze_spaces(trim(text));
    if (t.empty()) return;
    TextLine l;
    l.text = t;
    l.at = Location{0, line, "", pointer};
    l.bullet = bullet;
    l.heading = heading;
    l.gap_before = 1;  // every value is its own line: nothing is joined onto the line above
    doc_.lines.push_back(std::move(l));
  }

  /// The array under key of the resume, or nullptr (with a note when it is there but is not an array).
  const json* array(const json& parent, const char* key, const std::string& pointer) {
    if (!parent.is_object() || !parent.contains(key)) return nullptr;
    const json& a = parent[key];
    if (!a.is_array()) {
      doc_.notes.push_back("ignored " + pointer + ": not an array");
      return nullptr;
    }
    return &a;
  }

  /// A line made of several fields of one object (an entry's title line): at the first field in the source.
  Place fields_line(const json& object, std::initializer_list<const char*> keys, size_t from) {
    Place first{0, from};
    size_t first_pos = npos;
    for (const char* key : keys) {
      std::string v = string_at(object, key);
      if (v.empty()) continue;
      size_t pos = finder_.find(v, from);
      if (pos == npos) continue;
      if (pos < first_pos) { first_pos = pos; first.line = finder_.line_of(pos); }
      first.end = std::max(first.end, finder_.end_of(v, pos));
    }
    if (first_pos == npos) first.line = last_line_;
    last_line_ = first.line;
    return first;
  }

  /// A section heading at its key ("work": [), and where reading the section starts.
  size_t heading(const char* text, const char* key) {
    size_t at = finder_.key(key);
    last_line_ = finder_.line_of(at);
    emit(text, last_line_, std::string("/") + key, false, 1);
    return at;
  }

  /// Bullets of an entry: its highlights, or the fallback text (summary, description) when there are none.
  size_t bullets(const json& entry, const std::string& pointer, size_t from, const char* fallback) {
    size_t end = from;
    int n = 0;
    if (const json* hs = array(entry, "highlights", pointer + "/highlights")) {
      for (size_t k = 0; k < hs->size(); ++k) {
        if (!(*hs)[k].is_string()) continue;
        const std::string& h = (*hs)[k].get_ref<const std::string&>();
        Place p = locate(h, end);
        emit(h, p.line, pointer + "/highlights/" + std::to_string(k), true);
        end = p.end;
        ++n;
      }
    }
    std::string text = string_at(entry, fallback);
    if (n == 0 && !text.empty()) {
      Place p = locate(text, from);
      emit(text, p.line, pointer + "/" + fallback, true);
      end = std::max(end, p.end);
    }
    return end;
  }

  // ---- sections ----

  void basics() {
    const json& b = resume_.contains("basics") ? resume_["basics"] : json::object();
    size_t from = finder_.key("basics");
    for (const char* key : {"name", "label"}) {
      std::string v = string_at(b, key);
      if (v.empty()) continue;
      Place p = locate(v, from);
      emit(v, p.line, std::string("/basics/") + key);
    }
    // "website" is the older schema's name for "url" (JSON Resume 0.0.x), still written by some themes' exports.
    std::vector<std::string> contacts = {string_at(b, "email"), string_at(b, "phone"), string_at(b, "url")};
    if (std::string site = string_at(b, "website"); !site.empty() && site != contacts[2]) contacts.push_back(site);
    if (b.is_object() && b.contains("profiles") && b["profiles"].is_array())
      for (const json& profile : b["profiles"]) contacts.push_back(profile_link(profile));
    int line = 0;
    for (const auto& c : contacts)
      if (!c.empty() && !line) line = locate(c, from).line;
    emit(join(contacts, " | "), line, "/basics");
    std::string summary = string_at(b, "summary");
    if (!summary.empty()) {
      Place p = locate(summary, from);
      emit("SUMMARY", p.line, "/basics/summary", false, 1);
      emit(summary, p.line, "/basics/summary");
    }
  }

  // A profile's URL, or the site's address for the user name when no URL is given.
  static std::string profile_link(const json& profile) {
    std::string url = string_at(profile, "url");
    if (!url.empty()) return url;
    std::string network = lower(string_at(profile, "network")), user = string_at(profile, "username");
    if (user.empty()) return "";
    if (network == "github") return "github.com/" + user;
    if (network == "gitlab") return "gitlab.com/" + user;
    if (network == "linkedin") return "linkedin.com/in/" + user;
    return "";
  }

  static std::string dates(const json& entry) {
    std::string start = display_date(string_at(entry, "startDate")), end = display_date(string_at(entry, "endDate"));
    if (start.empty()) return end;
    return start + " – " + (end.empty() ? "Present" : end);
  }

  /// Every object of a section's array, after the section's heading; entry returns where it ends in the source.
  template <typename EntryFn>
  void section(const char* key, const char* title, EntryFn entry) {
    std::string pointer = std::string("/") + key;
    const json* list = array(resume_, key, pointer);
    if (!list || list->empty()) return;
    size_t from = heading(title, key);
    for (size_t i = 0; i < list->size(); ++i) from = entry((*list)[i], pointer + "/" + std::to_string(i), from);
  }

  /// An entry's title line, "Title — Where | Dates", at the first of its fields in the source.
  Place title_line(const json& entry, const std::string& title, std::initializer_list<const char*> fields,
                   const std::string& pointer, size_t from) {
    std::string when = dates(entry);
    Place p = fields_line(entry, fields, from);
    emit(when.empty() ? title : title + " | " + when, p.line, pointer);
    return p;
  }

  void work() {
    section("work", "EXPERIENCE", [&](const json& job, const std::string& pointer, size_t from) {
      // Older JSON Resume files name the employer "company".
      std::string org = string_at(job, "name").empty() ? string_at(job, "company") : string_at(job, "name");
      std::string title = join({string_at(job, "position"), join({org, string_at(job, "location")}, ", ")}, " — ");
      Place p = title_line(job, title, {"position", "name", "company", "location", "startDate", "endDate"}, pointer, from);
      return std::max(p.end, bullets(job, pointer, from, "summary"));
    });
  }

  void projects() {
    section("projects", "PROJECTS", [&](const json& project, const std::string& pointer, size_t from) {
      std::string title = join({string_at(project, "name"), string_at(project, "url")}, " — ");
      Place p = title_line(project, title, {"name", "url", "startDate", "endDate"}, pointer, from);
      return std::max(p.end, bullets(project, pointer, from, "description"));
    });
  }

  void education() {
    section("education", "EDUCATION", [&](const json& school, const std::string& pointer, size_t from) {
      std::string study = join({string_at(school, "studyType"), string_at(school, "area")}, " ");
      std::string title = join({study, string_at(school, "institution")}, " — ");
      return title_line(school, title, {"institution", "area", "studyType", "startDate", "endDate"}, pointer, from).end;
    });
  }

  void skills() {
    section("skills", "SKILLS", [&](const json& skill, const std::string& pointer, size_t from) {
      std::vector<std::string> keywords;
      if (skill.is_object() && skill.contains("keywords") && skill["keywords"].is_array())
        for (const json& k : skill["keywords"])
          if (k.is_string()) keywords.push_back(k.get<std::string>());
      std::string name = string_at(skill, "name"), list = join(keywords, ", ");
      std::string first = !name.empty() ? name : keywords.empty() ? "" : keywords.front();
      if (first.empty()) return from;
      Place p = locate(first, from);
      emit(name.empty() ? list : list.empty() ? name : name + ": " + list, p.line, pointer);
      return p.end;
    });
  }

  ValueFinder finder_;
  const json& resume_;
  Document doc_;
  int last_line_ = 1;
};

}  // namespace

Result<Document> read_json_resume(std::string_view text, const std::string& name) {
  json resume;
  try {
    resume = json::parse(text);
  } catch (const json::parse_error& e) {
    return parse_error(text, e);
  } catch (const json::exception&) {  // a number beyond a double's range (1e999) is out_of_range (found by fuzz_jsonresume)
    return Error{"not valid JSON Resume: a number too large to read"};
  }
  if (!resume.is_object() || (!resume.contains("basics") && !resume.contains("work")))
    return Error{"not valid JSON Resume (line 1: expected an object with \"basics\" or \"work\")"};
  return JsonResumeReader(text, resume).read(name);
}

}  // namespace bescore
