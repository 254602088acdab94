#include "extract/layout_audit.h"

#include <algorithm>
#include <cstdio>

#include "base/text.h"
#include "extract/contacts.h"

namespace bescore {

namespace {
// Icon glyphs show as nothing or a box in a terminal; their code point says what the extractor got.
std::string visible(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size();) {
    char32_t c = next_code_point(raw, i);
    if ((c >= 0xE000 && c <= 0xF8FF) || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "<U+%04X>", unsigned(c));
      out += buf;
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}
}  // namespace

void count_glyphs(std::string_view raw, int page, GlyphFacts& g) {
  ++g.words;
  int pua = 0, bad = 0, lig = 0;
  for (size_t i = 0; i < raw.size();) {
    char32_t c = next_code_point(raw, i);
    if (c >= 0xE000 && c <= 0xF8FF) ++pua;
    else if (c == 0xFFFD || (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0)) ++bad;
    else if (c >= 0xFB00 && c <= 0xFB06) ++lig;
  }
  // pdfminer-based tools write an unmapped glyph as "(cid:72)"; a PDF made from such text carries it literally.
  int cid = 0;
  for (size_t at = raw.find("(cid:"); at != std::string_view::npos; at = raw.find("(cid:", at + 5)) ++cid;
  g.private_use += pua;
  g.replacement += bad;
  g.ligature += lig;
  g.cid += cid;
  if (pua + bad + lig + cid == 0) return;
  ++g.garbled_words;
  if (g.example.empty()) {
    g.example = visible(raw);
    g.example_page = page;
  }
}

namespace {
// The words of a row, left to right.
std::vector<const PlacedWord*> row_words(const std::vector<PlacedWord>& words, const PlacedLine& row) {
  std::vector<const PlacedWord*> in_row;
  for (const auto& w : words) {
    double c = (w.y0 + w.y1) / 2;
    if (c >= row.y0 && c <= row.y1) in_row.push_back(&w);
  }
  std::sort(in_row.begin(), in_row.end(), [](const PlacedWord* a, const PlacedWord* b) { return a->x0 < b->x0; });
  return in_row;
}

// Words joined by one space, as an extractor that knows nothing of gaps or columns gives them.
std::string run_together(const std::vector<const PlacedWord*>& row) {
  std::string text;
  for (const PlacedWord* w : row) text += (text.empty() ? "" : " ") + w->text;
  return text;
}
}  // namespace

std::string read_across(const std::vector<PlacedWord>& words, const std::vector<PlacedLine>& rows, double gutter) {
  std::string best;
  size_t best_thin = 0;
  for (const auto& row : rows) {
    auto in_row = row_words(words, row);
    size_t left = 0;
    for (const PlacedWord* w : in_row) left += (w->x0 + w->x1) / 2 <= gutter;
    size_t thin = std::min(left, in_row.size() - left);
    // Two words a side make the scramble plain to see; a row with more shows it better.
    if (thin < 2 || thin <= best_thin) continue;
    best = run_together(in_row);
    best_thin = thin;
  }
  return best;
}

std::vector<std::string> read_page_across(const std::vector<PlacedWord>& words) {
  std::vector<std::string> out;
  for (const auto& row : layout_lines(words, -1)) out.push_back(run_together(row_words(words, row)));
  return out;
}

std::vector<std::string> contact_only_in(const std::vector<TextLine>& header, const std::vector<TextLine>& body) {
  auto kinds = [](const std::vector<TextLine>& lines) {
    std::vector<std::string> out;
    Contacts c;
    bool phone = false;
    for (const auto& l : lines) {
      collect_contacts(l.text, c);
      phone = phone || (!l.bullet && !find_phone(l.text).empty());
    }
    if (!c.email.empty()) out.push_back("email");
    if (phone) out.push_back("phone");
    if (!c.linkedin.empty()) out.push_back("linkedin");
    if (!c.github.empty()) out.push_back("github");
    return out;
  };
  std::vector<std::string> in_header = kinds(header), only;
  if (in_header.empty()) return only;  // the usual case: no need to read the whole body
  std::vector<std::string> in_body = kinds(body);
  for (const auto& k : in_header)
    if (std::find(in_body.begin(), in_body.end(), k) == in_body.end()) only.push_back(k);
  return only;
}

}  // namespace bescore
