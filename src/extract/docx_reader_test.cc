#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/extract.h"

using namespace bescore;

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

/// A ZIP archive built in memory with libzip, the parts stored in the given order.
std::string zip_of(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(archive, data.data(), data.size(), 0);
    REQUIRE(zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  std::string out;
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) out.append(chunk, size_t(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")";

std::string part(const char* root, const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:") + root + " " + kNs + ">" + body + "</w:" + root + ">";
}

std::string para(const std::string& runs, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + runs + "</w:p>";
}

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

std::string styled(const char* style) { return std::string("<w:pStyle w:val=\"") + style + "\"/>"; }

const char* kNumbered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>";

const std::string kStyles = part("styles",
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Resume Section Heading"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>)");

const std::string kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://maya.dev/" TargetMode="External"/>)"
    R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://github.com/maya" TargetMode="External"/>)"
    R"(</Relationships>)";

// Paragraph numbers are in the comments.
const std::string kBody = part("document", "<w:body>" +
    para(run("Maya Lindqvist"), styled("Title")) +                                              // 1
    para(run("Backend Engineer"), styled("Subtitle")) +                                         // 2
    para("<w:hyperlink r:id=\"rId7\">" + run("Portfolio") + "</w:hyperlink>" + run(" | ") +     // 3
         "<w:hyperlink r:id=\"rId8\">" + run("github.com/maya") + "</w:hyperlink>") +
    para("") +                                                                                  // 4: empty
    para(run("EXPERIENCE"), styled("berschrift1")) +                                           // 5
    para(run("Senior Engineer — Parcelwise, Chicago") + "<w:r><w:tab/><w:t>Apr 2022 – Present</w:t></w:r>") +  // 6
    para(run("Designed a Kafka pipeline in Go"), kNumbered) +                                   // 7
    para(run("Cut p99 latency from 1.2 s") + "<w:r><w:br/><w:t>to 140 ms</w:t></w:r>", styled("ListBullet")) +  // 8
    para(run("Hidden keywords ok") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t> Kubernetes Kafka</w:t></w:r>", kNumbered) +  // 9
    para(run("• Typed marker bullet")) +                                                        // 10
    para(run("Volunteering"), styled("SectionTitle")) +                                        // 11
    para(run("Anchor") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" +
         para(run("Text box line")) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" +
         para(run("Text box line")) + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>") +  // 12, 13
    para(run("EDUCATION"), styled("berschrift1")) +                                            // 14
    "<w:tbl><w:tr><w:tc>" + para(run("B.S. Computer Science — Lakeview State University")) +   // 15
    "</w:tc><w:tc>" + para(run("2013 – 2017")) + "</w:tc></w:tr></w:tbl>" +                      // 16
    para(run("Paid in ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://x.example/pay\" </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("coffee") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") +  // 17
    "</w:body>");

const std::string kHeader = part("hdr", para(run("maya@example.com | +1 312 555 0187")));
const std::string kFooter = part("ftr", para(run("Maya Lindqvist")) +
    para("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"));

Parts docx_parts(const std::string& body) {
  return {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", body}, {"word/styles.xml", kStyles},
          {"word/_rels/document.xml.rels", kRels}, {"word/footer1.xml", kFooter}, {"word/header1.xml", kHeader}};
}

Document read(const std::string& bytes, const ExtractLimits& limits = {}) {
  auto doc = extract_bytes(bytes, "resume.docx", limits);
  REQUIRE_MESSAGE(doc.ok(), doc.error());
  return *doc;
}

const TextLine* find(const Document& doc, const std::string& text) {
  for (const auto& l : doc.lines)
    if (l.text == text) return &l;
  return nullptr;
}

}  // namespace

TEST_CASE("docx: told by content, headings and list items from styles and numbering, paragraph numbers") {
  std::string bytes = zip_of(docx_parts(kBody));
  CHECK(detect_format(bytes, "resume.bin") == "docx");
  Document doc = read(bytes);
  CHECK(doc.format == "docx");

  const TextLine* name = find(doc, "Maya Lindqvist");
  REQUIRE(name);
  CHECK(name->heading == 1);
  CHECK(name->at == Location{0, 1});
  CHECK(find(doc, "Backend Engineer")->heading == 0);  // a subtitle is not a heading
  const TextLine* experience = find(doc, "EXPERIENCE");
  REQUIRE(experience);
  CHECK(experience->heading == 1);  // a localised style id, told by its name "heading 1"
  CHECK(experience->at.line == 5);  // the empty paragraph 4 still counts
  CHECK(find(doc, "Volunteering")->heading == 1);  // "heading" in the style's name

  const TextLine* entry = find(doc, "Senior Engineer — Parcelwise, Chicago | Apr 2022 – Present");
  REQUIRE(entry);  // the tab before right-aligned dates is a separator
  CHECK(!entry->bullet);
  CHECK(entry->at.line == 6);

  const TextLine* numbered = find(doc, "Designed a Kafka pipeline in Go");
  REQUIRE(numbered);
  CHECK(numbered->bullet);
  CHECK(numbered->at.line == 7);
  const TextLine* by_style = find(doc, "Cut p99 latency from 1.2 s");
  REQUIRE(by_style);
  CHECK(by_style->bullet);
  const TextLine* after_break = find(doc, "to 140 ms");  // a soft line break: its own line, same paragraph
  REQUIRE(after_break);
  CHECK(!after_break->bullet);
  CHECK(after_break->indent > by_style->indent);
  CHECK(after_break->at.line == 8);
  CHECK(find(doc, "Hidden keywords ok"));  // hidden (w:vanish) text is not read
  const TextLine* typed = find(doc, "Typed marker bullet");
  REQUIRE(typed);
  CHECK(typed->bullet);
}

TEST_CASE("docx: tables row by row, text boxes once, hyperlinks with their targets") {
  Document doc = read(zip_of(docx_parts(kBody)));
  const TextLine* row = find(doc, "B.S. Computer Science — Lakeview State University | 2013 – 2017");
  REQUIRE(row);
  CHECK(row->at.line == 15);

  const TextLine* box = find(doc, "Text box line");
  REQUIRE(box);
  CHECK(box->at.line == 13);  // after its anchor paragraph
  int boxes = 0;
  for (const auto& l : doc.lines) boxes += l.text == "Text box line";
  CHECK(boxes == 1);  // the VML fallback of the same text box is not read again

  CHECK(find(doc, "Portfolio (https://maya.dev/) | github.com/maya"));  // the second link's text is its target
  CHECK(find(doc, "Paid in coffee (https://x.example/pay)"));          // a HYPERLINK field
}

TEST_CASE("docx: a layout table (sidebar beside the main column) is read column by column") {
  auto cell = [](const std::string& paras) { return "<w:tc>" + paras + "</w:tc>"; };
  std::string body = part("document", "<w:body>" + para(run("Maya Lindqvist"), styled("Title")) +
      "<w:tbl><w:tr>" + cell(para(run("SKILLS"), styled("berschrift1"))) + cell(para(run("EXPERIENCE"), styled("berschrift1"))) + "</w:tr>"
      "<w:tr>" + cell(para(run("Go, PostgreSQL"))) + cell(para(run("Backend Engineer — Parcelwise | 2020 – 2023"))) + "</w:tr>"
      "<w:tr>" + cell(para(run("LANGUAGES"), styled("berschrift1"))) + cell(para(run("Built the ledger service in Go"), kNumbered)) + "</w:tr>"
      "<w:tr>" + cell(para(run("English"))) + cell(para(run("Cut p99 latency by 40%"), kNumbered)) + "</w:tr></w:tbl></w:body>");
  Document doc = read(zip_of(docx_parts(body)));
  std::vector<std::string> texts;
  for (const auto& l : doc.lines) texts.push_back(l.text);
  std::vector<std::string> want = {"Maya Lindqvist", "SKILLS", "Go, PostgreSQL", "LANGUAGES", "English", "EXPERIENCE",
                                   "Backend Engineer — Parcelwise | 2020 – 2023", "Built the ledger service in Go", "Cut p99 latency by 40%"};
  REQUIRE(texts.size() >= want.size());
  CHECK(std::vector<std::string>(texts.begin(), texts.begin() + long(want.size())) == want);
}

TEST_CASE("docx: headers and footers last, once, and a note when the contact details are only there") {
  Document doc = read(zip_of(docx_parts(kBody)));
  REQUIRE(doc.lines.size() >= 2);
  // The header after the body, numbered on from it; the footer adds nothing: its name is in the body, and a page
  // number field is not text.
  CHECK(doc.lines.back().text == "maya@example.com | +1 312 555 0187");
  CHECK(doc.lines.back().at.line == 18);
  int names = 0;
  for (const auto& l : doc.lines) names += l.text == "Maya Lindqvist";
  CHECK(names == 1);  // the footer repeating the name adds nothing
  REQUIRE(doc.notes.size() == 1);
  CHECK(doc.notes[0].starts_with("contact details only in a header/footer (header1.xml)"));

  // With the email and phone in the body too, nothing to say.
  std::string body = kBody;
  body.insert(body.find("<w:body>") + 8, para(run("maya@example.com | +1 312 555 0187")));
  CHECK(read(zip_of(docx_parts(body))).notes.empty());
}

TEST_CASE("docx: corrupt archives, other ZIPs and ZIP bombs are refused with one line") {
  std::string bytes = zip_of(docx_parts(kBody));
  auto truncated = extract_bytes(bytes.substr(0, bytes.size() / 2), "cut.docx");
  REQUIRE(!truncated.ok());
  CHECK(truncated.error().starts_with("corrupt DOCX"));

  // An OpenDocument text says what to export instead; any other ZIP is not a format bescore reads.
  auto odt = extract_bytes(zip_of({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}), "a.odt");
  REQUIRE(!odt.ok());
  CHECK(odt.error() == "an OpenDocument file (.odt): save it as .docx or PDF (File > Save As) and score that");
  auto other = extract_bytes(zip_of({{"notes.txt", "hello"}}), "a.zip");
  REQUIRE(!other.ok());
  CHECK(other.error().starts_with("not a PDF, DOCX or text file"));

  auto broken = extract_bytes(zip_of({{"word/document.xml", "<w:document><w:body>"}}), "b.docx");
  REQUIRE(!broken.ok());
  CHECK(broken.error().find("not well-formed XML") != std::string::npos);

  // 1 MB of spaces packs into a few KB; with a 64 KB file limit a part may unpack to 640 KB at most.
  std::string padded = kBody;
  padded.insert(padded.find("<w:body>"), std::string(1 << 20, ' '));
  std::string bomb = zip_of(docx_parts(padded));
  ExtractLimits limits;
  limits.max_bytes = 64 << 10;
  REQUIRE(bomb.size() < limits.max_bytes);
  auto refused = extract_bytes(bomb, "bomb.docx", limits);
  REQUIRE(!refused.ok());
  CHECK(refused.error().starts_with("refused: word/document.xml unpacks to more than"));
}

TEST_CASE("docx: the samples read as their plain-text source") {
  std::string dir = std::string(BESCORE_SOURCE_DIR) + "/samples/";
  auto text = extract_file(dir + "strong-backend.txt");
  REQUIRE(text.ok());
  auto docx_read = extract_file(dir + "strong-backend.docx");
  REQUIRE_MESSAGE(docx_read.ok(), docx_read.error());
  const Document& docx = *docx_read;
  REQUIRE(docx.lines.size() == text->lines.size());
  for (size_t i = 0; i < docx.lines.size(); ++i) {
    CHECK(docx.lines[i].text == text->lines[i].text);
    CHECK(docx.lines[i].bullet == text->lines[i].bullet);
  }
  CHECK(docx.notes.empty());

  auto header_read = extract_file(dir + "contact-in-header.docx");
  REQUIRE_MESSAGE(header_read.ok(), header_read.error());
  const Document& header = *header_read;
  REQUIRE(header.notes.size() == 1);
  CHECK(header.notes[0].starts_with("contact details only in a header/footer"));
  CHECK(header.lines.back().text.starts_with("maya.lindqvist@example.com | +1 312 555 0187"));
}
