// Kind "layout": the audit of what an applicant tracking system's plain text extractor would meet in the file
// (two columns read across, contact details only in a header, tiny text, pages without text, garbled
// glyphs, page count, file size). It reads the facts extraction gathered (LayoutFacts) and costs no points: the
// score moves with the advice and with nothing else, so these findings advise without scoring.
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

#include "check/kinds.h"
#include "check/util.h"

namespace bescore {

namespace {

/// One fact of the audit, measured: the number compared with the rule's max, and what its messages can say.
struct Measure {
  double value = 0;
  TemplateValues values;
  Location at;
  std::string excerpt;
};

std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

std::string megabytes(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1 << 20));
  return buf;
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

Measure column_pages(const LayoutFacts& f) {
  Measure m;
  std::vector<std::string> pages;
  for (const auto& p : f.page) {
    if (!p.columns) continue;
    if (pages.empty()) {
      m.at = {p.page, 0};
      m.excerpt = p.read_across;
    }
    pages.push_back(std::to_string(p.page));
  }
  m.value = double(pages.size());
  m.values = {{"pages", (pages.size() == 1 ? "page " : "pages ") + and_list(pages)}, {"example", shorten(m.excerpt, 110)}};
  return m;
}

Measure contact_only_in_header(const LayoutFacts& f) {
  Measure m;
  m.value = double(f.contact_only_in_header.size());
  m.excerpt = f.header_contact_line;
  m.values = {{"kinds", and_list(f.contact_only_in_header)}, {"line", shorten(f.header_contact_line, 90)}};
  return m;
}

Measure left_out(int words, const std::string& example, int page) {
  Measure m;
  m.value = words;
  m.at = {page, 0};
  m.excerpt = example;
  m.values = {{"words", plural(words, "word", "words")}, {"example", shorten(example, 60)}, {"page", std::to_string(page)}};
  return m;
}

Measure pages_without_text(const LayoutFacts& f) {
  Measure m;
  std::vector<std::string> images, blank;
  for (const auto& p : f.page) {
    if (p.words > 0) continue;
    if (!m.at.page) m.at = {p.page, 0};
    (p.images ? images : blank).push_back(std::to_string(p.page));
  }
  m.value = double(images.size() + blank.size());
  std::string detail;
  if (!images.empty()) detail = (images.size() == 1 ? "page " : "pages ") + and_list(images) + " " + (images.size() == 1 ? "is an image" : "are images") + " with no text layer (a scan or a picture of text)";
  if (!blank.empty()) detail += (detail.empty() ? "" : "; ") + std::string(blank.size() == 1 ? "page " : "pages ") + and_list(blank) + " " + (blank.size() == 1 ? "has" : "have") + " no text at all";
  m.values = {{"detail", detail}};
  return m;
}

Measure garbled_words(const LayoutFacts& f) {
  const GlyphFacts& g = f.glyphs;
  Measure m;
  m.value = g.garbled_words;
  m.at = {g.example_page, 0};
  m.excerpt = g.example;
  std::vector<std::string> kinds;
  if (g.private_use) kinds.push_back(plural(g.private_use, "icon-font glyph", "icon-font glyphs"));
  if (g.cid) kinds.push_back(plural(g.cid, "\"(cid:NN)\" glyph", "\"(cid:NN)\" glyphs"));
  if (g.replacement) kinds.push_back(plural(g.replacement, "unmapped glyph", "unmapped glyphs"));
  if (g.ligature) kinds.push_back(plural(g.ligature, "ligature (ﬁ, ﬂ)", "ligatures (ﬁ, ﬂ)"));
  char share[16];
  std::snprintf(share, sizeof share, "%.1f", g.words ? 100.0 * g.garbled_words / g.words : 0.0);
  m.values = {{"words", plural(g.garbled_words, "word", "words")}, {"total", std::to_string(g.words)}, {"share", share},
              {"kinds", and_list(kinds)}, {"example", g.example}};
  return m;
}

using Fact = std::function<Measure(const LayoutFacts&)>;

const std::map<std::string, Fact>& facts() {
  static const std::map<std::string, Fact> all = {
      {"column_pages", column_pages},
      {"contact_only_in_header", contact_only_in_header},
      {"tiny_words", [](const LayoutFacts& f) { return left_out(f.tiny_words, f.tiny_example, f.tiny_page); }},
      {"pages_without_text", pages_without_text},
      {"garbled_words", garbled_words},
      {"pages", [](const LayoutFacts& f) { return Measure{double(f.pages), {{"count", std::to_string(f.pages)}}, {}, ""}; }},
      {"file_kb", [](const LayoutFacts& f) { return Measure{f.file_bytes / 1024.0, {{"size", megabytes(double(f.file_bytes))}}, {}, ""}; }},
  };
  return all;
}

class LayoutRule : public Rule {
 public:
  LayoutRule(RuleSpec spec, Fact fact) : Rule(std::move(spec)), fact_(std::move(fact)) {
    max_ = param_number(this->spec().params, "max", 0);
  }

  // Judges the contact line and the file themselves: always something to judge.
  std::string nothing_to_judge(const Resume&) const override { return ""; }

  std::vector<Finding> run(const Resume& resume) const override {
    // Text, Markdown, LaTeX and JSON Resume are sources: what gets uploaded is the PDF or DOCX made from them.
    if (!resume.layout.known) return {};
    Measure m = fact_(resume.layout);
    if (m.value <= max_) return {};
    m.values["count"] = m.values.count("count") ? m.values["count"] : std::to_string(int(m.value));
    m.values["max"] = spec().params.value("fact", "") == "file_kb" ? megabytes(max_ * 1024) : std::to_string(int(max_));
    Finding f = make_finding(0, m.values, m.at, m.excerpt);
    if (!m.at.line) f.lines.clear();
    return {f};
  }

 private:
  Fact fact_;
  double max_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_layout_rule(RuleSpec spec, const RuleContext&) {
  std::string name = spec.params.value("fact", "");
  auto it = facts().find(name);
  if (it == facts().end()) {
    std::string known;
    for (const auto& [n, f] : facts()) known += (known.empty() ? "" : ", ") + n;
    return Error{"params.fact: unknown layout fact '" + name + "' (one of " + known + ")"};
  }
  if (spec.points != 0) return Error{"points: a layout rule costs no points (the audit advises; the score moves with the advice only)"};
  return std::unique_ptr<Rule>(new LayoutRule(std::move(spec), it->second));
}

}  // namespace bescore
