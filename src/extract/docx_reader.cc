// Word documents (DOCX, Office Open XML): the document read from the package's XML parts (src/extract/docx_package.h).
// Paragraphs come in document order, one line each (more when a soft line break splits one), at page 0 and
// line = paragraph number.

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/docx_package.h"
#include "extract/extract.h"
#include "extract/layout_audit.h"
#include "extract/markers.h"
#include "base/text.h"

namespace bescore {

namespace {

using namespace docx;  // the package and XML helpers: src/extract/docx_package.h

// ---- styles: which paragraph styles are headings and list items ----

struct Style {
  std::string name;      ///< Lower case ("heading 1", "list bullet").
  std::string based_on;  ///< Parent style id.
  int outline = -1;      ///< w:outlineLvl of the style itself, -1 if none.
  bool numbered = false; ///< The style carries list numbering (w:numPr with a numId other than 0).
};

bool has_numbering(const pugi::xml_node& ppr) {
  pugi::xml_node num = child(ppr, "numPr");
  if (!num) return false;
  pugi::xml_node id = child(num, "numId");
  return !id || attr(id, "val") != "0";  // numId 0 removes the numbering a style gave
}

int outline_level(const pugi::xml_node& ppr) {
  pugi::xml_node o = child(ppr, "outlineLvl");
  if (!o) return -1;
  int v = std::atoi(attr(o, "val").c_str());
  return v >= 0 && v < 9 ? v : -1;  // 9 is "body text"
}

class Styles {
 public:
  void load(const pugi::xml_document& xml) {
    for (pugi::xml_node s : xml.document_element().children()) {
      if (!is(s, "style") || attr(s, "type") != "paragraph") continue;
      Style st;
      st.name = lower(attr(child(s, "name"), "val"));
      st.based_on = attr(child(s, "basedOn"), "val");
      pugi::xml_node ppr = child(s, "pPr");
      st.outline = outline_level(ppr);
      st.numbered = has_numbering(ppr);
      styles_[attr(s, "styleId")] = st;
    }
  }

  /// Heading level (1-9) of a style, 0 if it is not a heading: Title, "heading N", a name with "heading" in it, or an
  /// outline level set on the style or the styles it is based on. Without styles.xml, the id is all there is.
  int heading(const std::string& id) const {
    auto it = styles_.find(id);
    std::string name = it == styles_.end() ? lower(id) : it->second.name;
    if (name == "title") return 1;
    size_t h = name.find("heading");
    if (h != std::string::npos) {
      size_t digit = name.find_first_of("123456789", h);
      return digit == std::string::npos ? 1 : name[digit] - '0';
    }
    for (int depth = 0; it != styles_.end() && depth < 10; ++depth) {
      if (it->second.outline >= 0) return it->second.outline + 1;
      it = styles_.find(it->second.based_on);
    }
    return 0;
  }

  /// Whether a style makes a list item: numbering on it (or its parents), or a list style's name.
  bool list(const std::string& id) const {
    auto it = styles_.find(id);
    std::string name = it == styles_.end() ? lower(id) : it->second.name;
    std::string squeezed;
    for (char c : name)
      if (c != ' ') squeezed += c;
    if (squeezed.starts_with("list") &&
        (squeezed.find("bullet") != std::string::npos || squeezed.find("number") != std::string::npos ||
         squeezed.find("paragraph") != std::string::npos))
      return true;
    for (int depth = 0; it != styles_.end() && depth < 10; ++depth) {
      if (it->second.numbered) return true;
      it = styles_.find(it->second.based_on);
    }
    return false;
  }

 private:
  std::map<std::string, Style> styles_;
};

// ---- links ----

std::string without_prefix(std::string s, std::initializer_list<const char*> prefixes) {
  for (const char* p : prefixes)
    if (lower(s).starts_with(p)) return s.substr(std::strlen(p));
  return s;
}

/// What a link's text and target are compared by: no scheme, no "www.", no trailing slash, lower case.
std::string link_key(const std::string& s) {
  std::string k = lower(trim(s));
  k = without_prefix(k, {"mailto:", "tel:", "https://", "http://"});
  k = without_prefix(k, {"www."});
  while (!k.empty() && k.back() == '/') k.pop_back();
  if (k.find_first_not_of("+0123456789 ().-") == std::string::npos) {  // a phone number: its digits
    std::string digits;
    for (char c : k)
      if (isdigit((unsigned char)c)) digits += c;
    return digits;
  }
  return k;
}

/// The link text, and its target in parentheses unless the text already is the target.
void append_target(std::string& text, size_t start, const std::string& target) {
  if (target.empty() || target[0] == '#') return;
  std::string shown = without_prefix(target, {"mailto:", "tel:"});
  std::string visible = trim(text.substr(std::min(start, text.size())));
  if (visible.empty()) text += " " + shown;
  else if (link_key(visible) != link_key(shown)) text += " (" + shown + ")";
}

/// The URL of a HYPERLINK field instruction: HYPERLINK "https://..." \o "tip"; empty when it is another field.
std::string hyperlink_field(const std::string& instr) {
  std::string t = trim(instr);
  if (!t.starts_with("HYPERLINK")) return "";
  size_t open = t.find('"');
  size_t close = open == std::string::npos ? open : t.find('"', open + 1);
  if (close == std::string::npos) return "";
  return t.substr(open + 1, close - open - 1);
}

bool page_field(const std::string& instr) {
  std::string t = trim(instr);
  return t.starts_with("PAGE") || t.starts_with("NUMPAGES") || t.starts_with("SECTIONPAGES");
}

// ---- the reader ----

/// One paragraph's text while it is read: '\t' for tabs, '\n' for line breaks; text boxes anchored in it.
struct Inline {
  std::string text;
  std::vector<pugi::xml_node> boxes;
};

/// A field (w:fldChar begin/separate/end) being read; fields can span runs and paragraphs.
struct Field {
  std::string instr;
  bool in_result = false;
  size_t result_start = 0;
  int paragraph = 0;
};

constexpr int kMaxDepth = 64;  // nesting of tables, text boxes and content controls a hostile file could pile up

class DocxReader {
 public:
  DocxReader(const Package& pkg, const Styles& styles) : pkg_(pkg), styles_(styles) {}

  /// Reads a part (document, header, footer) into lines; paragraph numbers go on from the previous part.
  Result<std::vector<TextLine>> part(const std::string& name) {
    auto xml = parse_xml(pkg_, name);
    if (!xml) return Error{xml.error()};
    rels_ = read_rels(pkg_, name);
    fields_.clear();
    std::vector<TextLine> lines;
    out_ = &lines;
    pugi::xml_node root = xml->document_element();
    pugi::xml_node body = child(root, "body");
    blocks(body ? body : root, 0);
    return lines;
  }

 private:
  // Block level: paragraphs, tables, content controls.
  void blocks(const pugi::xml_node& container, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n : container.children()) {
      if (is(n, "p")) paragraph(n, depth);
      else if (is(n, "tbl")) table(n, depth);
      else if (is(n, "sdt")) blocks(child(n, "sdtContent"), depth + 1);
      else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo") || is(n, "smartTag")) blocks(n, depth + 1);
      else if (is(n, "AlternateContent")) blocks(choice(n), depth + 1);
    }
  }

  /// Markup compatibility: the first choice (what Word wrote), else the fallback — never both.
  static pugi::xml_node choice(const pugi::xml_node& alternate) {
    pugi::xml_node c = child(alternate, "Choice");
    return c ? c : child(alternate, "Fallback");
  }

  void paragraph(const pugi::xml_node& p, int depth) {
    int number = ++paragraph_;
    pugi::xml_node ppr = child(p, "pPr");
    std::string style = attr(child(ppr, "pStyle"), "val");
    int heading = styles_.heading(style);
    int outline = outline_level(ppr);
    if (outline >= 0) heading = outline + 1;
    bool bullet = !heading && (has_numbering(ppr) || (!child(ppr, "numPr") && styles_.list(style)));
    int indent = bullet ? 2 * std::atoi(attr(child(child(ppr, "numPr"), "ilvl"), "val").c_str()) : 0;

    Inline in;
    runs(p, in, depth);
    size_t pos = 0;
    bool first = true;
    while (pos <= in.text.size()) {
      size_t nl = in.text.find('\n', pos);
      if (nl == std::string::npos) nl = in.text.size();
      std::string raw = in.text.substr(pos, nl - pos);
      pos = nl + 1;
      TextLine line;
      line.at = {0, number};
      line.heading = heading;
      // A soft line break continues the paragraph: under a list item it is the item's next line, indented.
      line.bullet = bullet && first;
      line.indent = bullet && !first ? indent + 2 : indent;
      line.gap_before = first ? 1 : 0;
      if (!finish(raw, line)) continue;
      out_->push_back(std::move(line));
      first = false;
    }
    for (const pugi::xml_node& box : in.boxes) blocks(box, depth + 1);
  }

  /// Tabs become " | " (dates sit after a right-aligned tab), a typed list marker a bullet; false if nothing is left.
  static bool finish(std::string raw, TextLine& line) {
    repair_utf8(raw);
    raw = trim(raw);
    if (!line.heading && strip_list_marker(raw)) line.bullet = true;
    std::string text;
    size_t pos = 0;
    while (pos <= raw.size()) {
      size_t tab = raw.find('\t', pos);
      if (tab == std::string::npos) tab = raw.size();
      std::string cell = trim(raw.substr(pos, tab - pos));
      if (!cell.empty()) text += (text.empty() ? "" : " | ") + cell;
      pos = tab + 1;
    }
    line.text = squeeze_spaces(text);
    return !line.text.empty();
  }

  // Inline content: runs, hyperlinks, fields, text boxes.
  void runs(const pugi::xml_node& node, Inline& in, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n : node.children()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view name = local_name(n.name());
      if (name == "t") {
        if (visible()) in.text += n.text().get();
      } else if (name == "tab" || name == "ptab") {
        if (visible()) in.text += '\t';
      } else if (name == "br" || name == "cr") {
        in.text += '\n';
      } else if (name == "noBreakHyphen") {
        if (visible()) in.text += '-';
      } else if (name == "r") {
        if (!on(child(child(n, "rPr"), "vanish"))) runs(n, in, depth + 1);  // hidden text is not on the page
      } else if (name == "hyperlink") {
        size_t start = in.text.size();
        runs(n, in, depth + 1);
        auto target = rels_.find(attr(n, "id"));
        if (target != rels_.end()) append_target(in.text, start, target->second);
      } else if (name == "fldSimple") {
        std::string instr = attr(n, "instr");
        if (page_field(instr)) continue;
        size_t start = in.text.size();
        runs(n, in, depth + 1);
        append_target(in.text, start, hyperlink_field(instr));
      } else if (name == "fldChar") {
        field_char(attr(n, "fldCharType"), in);
      } else if (name == "instrText") {
        if (!fields_.empty()) fields_.back().instr += n.text().get();
      } else if (name == "txbxContent") {
        in.boxes.push_back(n);
      } else if (name == "AlternateContent") {
        runs(choice(n), in, depth + 1);
      } else if (name == "pPr" || name == "rPr" || name == "del" || name == "moveFrom" || name == "delText") {
        continue;
      } else {
        runs(n, in, depth + 1);  // smartTag, ins, sdt, drawing, shapes... down to their text and text boxes
      }
    }
  }

  void field_char(const std::string& type, Inline& in) {
    if (type == "begin") {
      fields_.push_back({});
    } else if (type == "separate" && !fields_.empty()) {
      fields_.back().in_result = true;
      fields_.back().result_start = in.text.size();
      fields_.back().paragraph = paragraph_;
    } else if (type == "end" && !fields_.empty()) {
      Field f = fields_.back();
      fields_.pop_back();
      size_t start = f.paragraph == paragraph_ ? f.result_start : in.text.size();
      append_target(in.text, start, hyperlink_field(f.instr));
    }
  }

  /// Text is on the page unless it is a field's instruction or a page number's result.
  bool visible() const {
    for (const Field& f : fields_)
      if (!f.in_result || page_field(f.instr)) return false;
    return true;
  }

  // Tables row by row: a row of one-line cells is one line, "cell | cell". A layout table (a sidebar beside the
  // main column: some cell holds a heading or several lines) is read column by column, so the columns' words do not
  // interleave row by row ("Skills Languages" / "Team Leading English").
  void table(const pugi::xml_node& tbl, int depth) {
    if (depth > kMaxDepth) return;
    std::vector<TextLine>* outer = out_;
    std::vector<std::vector<std::vector<TextLine>>> rows;
    for (pugi::xml_node tr : tbl.children()) {
      if (!is(tr, "tr")) continue;
      auto& cells = rows.emplace_back();
      for (pugi::xml_node tc : tr.children()) {
        pugi::xml_node cell = is(tc, "sdt") ? child(child(tc, "sdtContent"), "tc") : tc;
        if (!is(cell, "tc")) continue;
        cells.emplace_back();
        out_ = &cells.back();
        blocks(cell, depth + 1);
      }
    }
    out_ = outer;
    // A sidebar beside a main column: at least two columns hold blocks (a heading, or a cell of three lines or
    // more). A "dates | role" or "SECTION | content" table has blocks in one column only and reads row by row.
    size_t columns = 0;
    for (const auto& cells : rows) columns = std::max(columns, cells.size());
    // A column of nothing but headings is a label column ("SECTION | content"), read row by row.
    std::vector<bool> block_column(columns, false), headed(columns, false), text(columns, false);
    for (const auto& cells : rows)
      for (size_t col = 0; col < cells.size(); ++col)
        for (const auto& l : cells[col]) {
          block_column[col] = block_column[col] || cells[col].size() >= 3;
          (l.heading > 0 ? headed : text)[col] = true;
        }
    int blocks_at = 0;
    for (size_t col = 0; col < columns; ++col) blocks_at += block_column[col] || (headed[col] && text[col]);
    bool layout = blocks_at >= 2;
    if (layout && rows.size() > 1) {
      for (size_t col = 0; col < columns; ++col)
        for (auto& cells : rows)
          if (col < cells.size()) out_->insert(out_->end(), cells[col].begin(), cells[col].end());
      return;
    }
    for (auto& cells : rows) {
      int filled = 0;
      bool one_line_each = true;
      for (const auto& c : cells) {
        filled += !c.empty();
        one_line_each = one_line_each && c.size() <= 1;
      }
      if (filled > 1 && one_line_each) {
        TextLine row;
        for (const auto& c : cells) {
          if (c.empty()) continue;
          if (row.text.empty()) row = c.front();
          else row.text += " | " + c.front().text;
        }
        row.heading = 0;
        row.bullet = false;
        out_->push_back(std::move(row));
      } else {
        for (auto& c : cells) out_->insert(out_->end(), c.begin(), c.end());
      }
    }
  }

  const Package& pkg_;
  const Styles& styles_;
  std::map<std::string, std::string> rels_;
  std::vector<Field> fields_;
  std::vector<TextLine>* out_ = nullptr;
  int paragraph_ = 0;
};

/// "header" or "footer" for word/header2.xml or word/footer1.xml, else empty.
std::string header_footer_kind(const std::string& name) {
  for (const char* kind : {"header", "footer"}) {
    std::string prefix = std::string("word/") + kind;
    if (!name.starts_with(prefix) || !name.ends_with(".xml")) continue;
    std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - 4);
    if (digits.find_first_not_of("0123456789") == std::string::npos) return kind;
  }
  return "";
}

/// Headers before footers, each kind in number order (header2 before header10).
bool header_footer_order(const std::string& a, const std::string& b) {
  auto key = [](const std::string& n) {
    return std::make_pair(header_footer_kind(n) == "footer", std::atoi(n.c_str() + 11));  // "word/header" is 11 long
  };
  return key(a) < key(b);
}

/// The page count Word saved in docProps/app.xml, else 1.
int saved_pages(const Package& pkg) {
  if (!pkg.has("docProps/app.xml")) return 1;
  auto xml = parse_xml(pkg, "docProps/app.xml");
  if (!xml) return 1;
  int pages = std::atoi(child(xml->document_element(), "Pages").text().get());
  return pages > 0 ? pages : 1;
}

}  // namespace

Result<Document> read_docx(std::string_view bytes, const std::string& name, const ExtractLimits& limits) {
  auto pkg = Package::open(bytes, limits.max_bytes * 10);
  if (!pkg) return Error{pkg.error()};
  if (!pkg->has("word/document.xml"))
    return Error{"not a PDF, DOCX or text file (a ZIP archive without word/document.xml)"};
  Styles styles;
  if (pkg->has("word/styles.xml")) {
    auto xml = parse_xml(*pkg, "word/styles.xml");
    if (!xml) return Error{xml.error()};
    styles.load(*xml);
  }

  DocxReader reader(*pkg, styles);
  auto body = reader.part("word/document.xml");
  if (!body) return Error{body.error()};
  Document doc;
  doc.file = name;
  doc.format = "docx";
  doc.pages = saved_pages(*pkg);
  doc.lines = std::move(*body);

  // Headers and footers last, each line once: Word keeps first-page, even and default headers as separate parts,
  // and a header repeating the name on every page says nothing new.
  std::vector<std::string> parts;
  for (const auto& n : pkg->names())
    if (!header_footer_kind(n).empty()) parts.push_back(n);
  std::sort(parts.begin(), parts.end(), header_footer_order);
  std::set<std::string> seen;
  for (const auto& l : doc.lines) seen.insert(l.text);
  const std::vector<TextLine> body_lines = doc.lines;
  if (limits.keep_readings)  // a plain DOCX extractor reads word/document.xml; headers and footers are other parts
    for (const auto& l : body_lines) doc.layout.plain_reading.emplace_back(0, l.text);
  LayoutFacts& audit = doc.layout;
  audit.known = true;
  std::string only_there;  // the parts holding contact details the body lacks
  for (const auto& part : parts) {
    auto lines = reader.part(part);
    if (!lines) return Error{lines.error()};
    std::vector<TextLine> fresh;
    for (auto& l : *lines)
      if (seen.insert(l.text).second) fresh.push_back(std::move(l));
    audit.header_lines += int(fresh.size());
    // Many applicant tracking systems read the body part only: what a header alone says is lost to them.
    for (const auto& l : fresh) {
      auto kinds = contact_only_in({l}, body_lines);
      if (kinds.empty()) continue;
      if (audit.header_contact_line.empty()) audit.header_contact_line = l.text;
      if (only_there.empty() || !only_there.ends_with(part.substr(5))) only_there += (only_there.empty() ? "" : ", ") + part.substr(5);
      for (const auto& k : kinds)
        if (std::find(audit.contact_only_in_header.begin(), audit.contact_only_in_header.end(), k) == audit.contact_only_in_header.end())
          audit.contact_only_in_header.push_back(k);
    }
    doc.lines.insert(doc.lines.end(), fresh.begin(), fresh.end());
  }
  for (const auto& l : doc.lines) {
    size_t pos = 0;
    while (pos < l.text.size()) {
      size_t space = l.text.find(' ', pos);
      if (space == std::string::npos) space = l.text.size();
      if (space > pos) count_glyphs(std::string_view(l.text).substr(pos, space - pos), 0, audit.glyphs);
      pos = space + 1;
    }
  }
  if (!only_there.empty())
    doc.notes.push_back("contact details only in a header/footer (" + only_there +
                        "): applicant tracking systems often skip headers and footers; put them in the body");
  return doc;
}

}  // namespace bescore
