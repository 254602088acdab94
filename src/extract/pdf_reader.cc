// PDF: the words and boxes poppler reads (pdf_words.h), regrouped by page_layout into lines.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/layout_audit.h"
#include "extract/letter_spacing.h"
#include "extract/markers.h"
#include "extract/page_layout.h"
#include "extract/pdf_words.h"
#include "extract/pdf_uri_scan.h"
#include "extract/reader_modules.h"
#include "base/text.h"

namespace bescore {

namespace {

// What qpdf reads (link annotations, images) comes from its own module, loaded only for a file that needs it: most
// resumes spell their GitHub profile out, and most others' link targets a scan of the bytes finds. Without the
// module the links are missed, and the report's notes say so; a PDF without text is then called "scanned or
// image-only" without counting its image pages.
std::vector<std::string> link_targets(std::string_view bytes, Document& doc) {
  if (auto scanned = scan_link_targets(bytes, kMaxLinkTargets)) return std::move(*scanned);
  auto objects = pdf_objects_module();
  if (!objects) {
    doc.notes.push_back("link targets not read: the module bescore-pdfobjects.so could not be loaded");
    return {};
  }
  return (*objects)->link_targets(bytes, kMaxLinkTargets);
}

std::vector<int> image_pages(std::string_view bytes, const std::vector<int>& pages) {
  auto objects = pdf_objects_module();
  return objects ? (*objects)->pages_with_images(bytes, pages) : std::vector<int>{};
}

// Ligatures and soft hyphens become plain letters so words match patterns.
std::string normalise_glyphs(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    switch (c) {
      case 0x00AD: out += '-'; break;  // some fonts map the hyphen itself to the soft hyphen
      case 0xFB00: out += "ff"; break;
      case 0xFB01: out += "fi"; break;
      case 0xFB02: out += "fl"; break;
      case 0xFB03: out += "ffi"; break;
      case 0xFB04: out += "ffl"; break;
      case 0xFB05: case 0xFB06: out += "st"; break;
      case 0x2423: out += "•"; break;  // moderncv's list marker extracts as an open box
      default:
        // Font Awesome's GitHub and LinkedIn icons say what the handle after them is; other icons carry no words.
        if (c == 0xF09B || c == 0xF092 || c == 0xF113) { out += "GitHub: "; break; }
        if (c == 0xF08C || c == 0xF0E1) { out += "LinkedIn: "; break; }
        if (c >= 0xE000 && c <= 0xF8FF) break;
        // Direction marks and zero-width characters (Google Docs wraps every run in them) carry no letters.
        if (invisible_mark(c)) break;
        append_utf8(out, c);
    }
  }
  return out;
}

// A line's text with digits folded, so "Jane Doe – 1/2" and "Jane Doe – 2/2" compare equal.
std::string shape_of(const std::string& s) {
  std::string out;
  for (char c : s) out += (c >= '0' && c <= '9') ? '#' : c;
  return out;
}

// Letters or digits, in any script; not punctuation, symbols, bullets or icon glyphs.
bool has_alnum(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if ((c < 0x80 && std::isalnum(int(c))) || (c >= 0xC0 && c < 0x2000) || (c >= 0x3000 && c < 0xE000)) return true;
  }
  return false;
}

// "3", "- 3 -", "Page 2", "2/3", "Page 2 of 3": a page's number, and the count of pages after it when written.
struct PageNumber {
  std::string number, of;  // digits; of is "" when no count is written
};

std::optional<PageNumber> page_number(const std::string& s) {
  static const RE2 re(R"((?i)^(?:page\s*)?[-–—\s]*(\d+)\s*(?:(?:/|of)\s*(\d+))?[-–—\s]*$)");
  PageNumber p;
  if (!RE2::FullMatch(s, re, &p.number, &p.of)) return std::nullopt;
  return p;
}

// "1/3" on the first of three pages, "Page 2 of 3" on the second: this page's number, even where a template sets
// its footer well above the page's edge (moderncv: 86% of the way down).
bool numbers_the_page(const std::string& s, int page, int pages) {
  auto number = [](const std::string& digits) {  // "02" is 2; digits past an int's range are no page's
    int n = -1;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return error == std::errc() && end == digits.data() + digits.size() ? n : -1;
  };
  auto p = page_number(s);
  return p && !p->of.empty() && number(p->number) == page && number(p->of) == pages;
}

}  // namespace

Result<Document> read_pdf(std::string_view bytes, const std::string& name, const ExtractLimits& limits) {
  auto pdf = PdfWords::open(bytes);
  if (!pdf) return Error{pdf.error()};
  int page_count = pdf->pages();
  if (page_count <= 0) return Error{"PDF has no pages"};
  if (page_count > limits.max_pages)
    return Error{"PDF has " + std::to_string(page_count) + " pages (limit " + std::to_string(limits.max_pages) +
                 "; raise it with --max-pages)"};

  Document doc;
  doc.file = name;
  doc.format = "pdf";
  doc.pages = page_count;
  LayoutFacts& audit = doc.layout;
  audit.known = true;
  struct PageWords {
    std::vector<PlacedWord> words;
    std::vector<PlacedLine> rows;  ///< Full-width rows, before any column split.
    double width = 0, height = 0;
  };
  std::vector<PageWords> pages;
  size_t words_seen = 0;
  std::vector<int> textless;  // 0-based pages with no text at all: scans, pictures or blank pages
  for (int p = 0; p < page_count; ++p) {
    PdfPage page = pdf->page(p);
    PageWords pw;
    PageFacts facts;
    facts.page = p + 1;
    std::vector<PlacedWord> plain_words;
    if (page.found) {
      pw.width = page.width;
      pw.height = page.height;
      for (auto& word : page.words) {
        count_glyphs(word.text, p + 1, audit.glyphs);
        ++facts.words;
        std::string text = trim(normalise_glyphs(word.text));
        if (text.empty()) continue;
        double size = word.height();
        bool off_page = word.right < 0 || word.left > pw.width || word.bottom < 0 || word.top > pw.height;
        if (limits.keep_readings && !off_page)
          plain_words.push_back({text, word.left, word.top, word.right, word.bottom, size});
        // Text too small to read or off the page is not content a reader sees (an extractor still gets it).
        if (size > 0 && size < 3.5) {
          // A marker set small (moderncv's bullets) is decoration; tiny letters or figures are text nobody can read.
          if (has_alnum(text) && audit.tiny_words++ == 0) audit.tiny_example = text, audit.tiny_page = p + 1;
          continue;
        }
        if (off_page) continue;
        pw.words.push_back({text, word.left, word.top, word.right, word.bottom, size, word.space_after});
      }
      join_letter_spaced(pw.words);
      pw.rows = layout_lines(pw.words, -1);
    }
    if (facts.words == 0) textless.push_back(p);
    if (limits.keep_readings)
      for (auto& row : read_page_across(plain_words)) audit.plain_reading.emplace_back(p + 1, std::move(row));
    words_seen += pw.words.size();
    pages.push_back(std::move(pw));
    audit.page.push_back(facts);
  }
  if (words_seen == 0) {
    // Only here, on the way out, is it worth asking which pages are pictures: the message can say what the file is.
    auto images = image_pages(bytes, textless);
    std::string what = images.empty() ? "scanned or image-only"
                                      : std::to_string(images.size()) + " of " + std::to_string(page_count) +
                                            (page_count == 1 ? " page is an image" : " pages are images") + ": scanned or exported as pictures";
    return Error{"PDF has no text layer (" + what + "); export it with text or run OCR first"};
  }

  // Rows repeated near the top or bottom of several pages are running headers and footers; they
  // are found on full-width rows, before a column split could cut them in two.
  std::map<std::string, int> edge_count;
  auto at_edge = [](const PlacedLine& l, double h) { return l.y0 < 0.08 * h || l.y1 > 0.92 * h; };
  for (const auto& pw : pages)
    for (const auto& r : pw.rows)
      if (at_edge(r, pw.height)) ++edge_count[shape_of(r.text)];
  int removed = 0;
  std::vector<TextLine> edge_lines;  // the running headers and footers left out, for the contact check
  std::vector<double> sizes;
  std::vector<std::vector<PlacedLine>> page_lines;
  for (size_t p = 0; p < pages.size(); ++p) {
    auto& pw = pages[p];
    std::vector<std::pair<double, double>> drop;
    for (const auto& r : pw.rows)
      if ((at_edge(r, pw.height) && ((page_count > 1 && edge_count[shape_of(r.text)] >= 2) || page_number(r.text))) ||
          ((r.y0 > 0.75 * pw.height || r.y1 < 0.15 * pw.height) && numbers_the_page(r.text, int(p + 1), page_count))) {
        drop.emplace_back(r.y0, r.y1);
        ++removed;
        edge_lines.push_back({r.text, {int(p + 1), 0}});
      }
    std::vector<PlacedWord> kept;
    for (auto& w : pw.words) {
      double c = (w.y0 + w.y1) / 2;
      bool gone = false;
      for (const auto& [top, bottom] : drop) gone = gone || (c >= top && c <= bottom);
      if (!gone) kept.push_back(std::move(w));
    }
    double gutter = find_gutter(kept, pw.width, pw.height);
    if (gutter >= 0) {
      doc.notes.push_back("page " + std::to_string(p + 1) + ": two columns, read left then right");
      audit.page[p].columns = true;
      audit.page[p].read_across = squeeze_spaces(read_across(kept, pw.rows, gutter));
    }
    page_lines.push_back(layout_lines(std::move(kept), gutter));
    for (const auto& l : page_lines.back()) sizes.push_back(l.size);
  }

  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  double body_size = sizes.empty() ? 10 : sizes[sizes.size() / 2];
  std::vector<std::string> texts;
  for (const auto& page : page_lines)
    for (const auto& l : page) texts.push_back(squeeze_spaces(l.text));
  const char icon_bullet = icon_bullet_letter(texts);
  for (size_t p = 0; p < page_lines.size(); ++p) {
    if (p > 0 && audit.page[p].columns) continue_main_column(page_lines[p], body_size);
    int line_no = 0;
    double prev_bottom = -1, prev_top = -1;
    for (const auto& l : page_lines[p]) {
      ++line_no;
      TextLine line;
      line.at = {int(p + 1), line_no};
      line.text = squeeze_spaces(l.text);
      line.bullet = strip_list_marker(line.text) || strip_icon_bullet(line.text, icon_bullet);
      line.indent = int(std::clamp(l.x0, -1e6, 1e6));  // a word scaled 1e10 wide starts far off the page
      line.heading = l.size > body_size * 1.15 ? 1 : 0;
      line.size = l.size;
      double height = std::max(1.0, l.y1 - l.y0);
      // Going back up the page means a new column: a block break, like a blank line.
      line.gap_before = prev_bottom < 0 || l.y0 < prev_top ? 1 : std::max(0.0, l.y0 - prev_bottom) / height;
      line.box = {l.x0, l.y0, l.x1, l.y1, pages[p].width, pages[p].height};
      prev_bottom = l.y1;
      prev_top = l.y0;
      doc.lines.push_back(std::move(line));
    }
  }
  if (removed) doc.notes.push_back(std::to_string(removed) + " running header/footer lines left out");
  // A code-host profile that the text does not spell out is often the target of a link on an icon or a word.
  bool code_host_in_text = std::any_of(doc.lines.begin(), doc.lines.end(), [](const TextLine& l) {
    return l.text.find("github.com/") != std::string::npos || l.text.find("gitlab.com/") != std::string::npos;
  });
  if (!code_host_in_text) doc.links = link_targets(bytes, doc);
  audit.header_lines = removed;
  audit.contact_only_in_header = contact_only_in(edge_lines, doc.lines);
  if (!audit.contact_only_in_header.empty())
    for (const auto& l : edge_lines)
      if (audit.header_contact_line.empty() && !contact_only_in({l}, doc.lines).empty()) audit.header_contact_line = l.text;
  if (!textless.empty())
    for (int p : image_pages(bytes, textless)) audit.page[size_t(p)].images = true;
  return doc;
}

}  // namespace bescore
