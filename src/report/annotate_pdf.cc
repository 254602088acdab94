#include "report/annotate_pdf.h"

#define POINTERHOLDER_TRANSITION 4  // qpdf: this code does not use the old PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <array>
#include <cstdio>

#include "report/finding_places.h"

namespace bescore {

namespace {

using Handle = QPDFObjectHandle;

// Highlight colours by severity: light enough to read the words through (multiplied onto the page).
std::array<double, 3> colour_of(const std::string& severity) {
  if (severity == "error") return {1.0, 0.55, 0.55};
  if (severity == "warning") return {1.0, 0.80, 0.30};
  return {0.55, 0.75, 1.0};
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

Handle reals(const std::vector<double>& values) {
  Handle a = Handle::newArray();
  for (double v : values) a.appendItem(Handle::newReal(v, 2));
  return a;
}

struct PageFrame {
  double llx = 0, lly = 0, urx = 0, ury = 0;
  int rotate = 0;
};

PageFrame frame_of(QPDFPageObjectHelper& page) {
  PageFrame f;
  Handle box = page.getCropBox(false, false);
  auto r = box.isRectangle() ? box.getArrayAsRectangle() : Handle::Rectangle(0, 0, 612, 792);
  f.llx = std::min(r.llx, r.urx);
  f.urx = std::max(r.llx, r.urx);
  f.lly = std::min(r.lly, r.ury);
  f.ury = std::max(r.lly, r.ury);
  Handle rot = page.getAttribute("/Rotate", false);
  f.rotate = rot.isInteger() ? int(rot.getIntValue()) : 0;
  return f;
}

// One finding's highlight: quads over its lines, a note, a popup, and an appearance any viewer can draw.
Handle make_highlight(QPDF& pdf, const Finding& f, int number, const FindingPlace& place, const PageFrame& page) {
  std::vector<double> quads;
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const auto& b : place.boxes) {
    // Upper-left, upper-right, lower-left, lower-right as the reader sees the line.
    for (auto [x, y] : {std::pair{b.x0, b.y0}, {b.x1, b.y0}, {b.x0, b.y1}, {b.x1, b.y1}}) {
      UserPoint u = to_user_space(x, y, page.llx, page.lly, page.urx, page.ury, page.rotate);
      quads.push_back(u.x);
      quads.push_back(u.y);
      x0 = std::min(x0, u.x), y0 = std::min(y0, u.y), x1 = std::max(x1, u.x), y1 = std::max(y1, u.y);
    }
  }
  auto rgb = colour_of(f.severity);
  std::string drawing = "/G gs " + num(rgb[0]) + " " + num(rgb[1]) + " " + num(rgb[2]) + " rg\n";
  for (size_t q = 0; q + 8 <= quads.size(); q += 8)
    drawing += num(quads[q]) + " " + num(quads[q + 1]) + " m " + num(quads[q + 2]) + " " + num(quads[q + 3]) + " l " +
               num(quads[q + 6]) + " " + num(quads[q + 7]) + " l " + num(quads[q + 4]) + " " + num(quads[q + 5]) + " l h f\n";
  Handle appearance = Handle::newStream(&pdf, drawing);
  appearance.getDict().replaceKey("/Type", Handle::newName("/XObject"));
  appearance.getDict().replaceKey("/Subtype", Handle::newName("/Form"));
  appearance.getDict().replaceKey("/BBox", reals({x0, y0, x1, y1}));
  appearance.getDict().replaceKey("/Resources", Handle::parse("<< /ExtGState << /G << /Type /ExtGState /BM /Multiply /ca 0.6 >> >> >>"));

  Handle annot = pdf.makeIndirectObject(Handle::newDictionary());
  annot.replaceKey("/Type", Handle::newName("/Annot"));
  annot.replaceKey("/Subtype", Handle::newName("/Highlight"));
  annot.replaceKey("/Rect", reals({x0, y0, x1, y1}));
  annot.replaceKey("/QuadPoints", reals(quads));
  annot.replaceKey("/C", reals({rgb[0], rgb[1], rgb[2]}));
  annot.replaceKey("/CA", Handle::newReal(0.6, 2));
  annot.replaceKey("/F", Handle::newInteger(4));  // print with the page
  annot.replaceKey("/T", Handle::newUnicodeString("bescore"));
  annot.replaceKey("/Subj", Handle::newUnicodeString(std::to_string(number) + ". " + f.rule));
  annot.replaceKey("/NM", Handle::newUnicodeString("bescore-" + std::to_string(number)));
  annot.replaceKey("/Contents", Handle::newUnicodeString(annotation_text(f, number)));
  annot.replaceKey("/AP", Handle::newDictionary({{"/N", appearance}}));

  // The popup opens beside the highlight, inside the page.
  double pw = 220, ph = 120;
  double px = std::min(x1 + 6, std::max(page.llx, page.urx - pw)), py = std::max(page.lly, std::min(y1, page.ury) - ph);
  Handle popup = pdf.makeIndirectObject(Handle::newDictionary());
  popup.replaceKey("/Type", Handle::newName("/Annot"));
  popup.replaceKey("/Subtype", Handle::newName("/Popup"));
  popup.replaceKey("/Rect", reals({px, py, px + pw, py + ph}));
  popup.replaceKey("/Open", Handle::newBool(false));
  popup.replaceKey("/Parent", annot);
  annot.replaceKey("/Popup", popup);
  return annot;
}

// The first line of an exception's text, without qpdf's file-name prefix noise.
std::string first_line(const std::string& what) { return what.substr(0, what.find('\n')); }

}  // namespace

UserPoint to_user_space(double x, double y, double llx, double lly, double urx, double ury, int rotate) {
  switch (((rotate % 360) + 360) % 360) {
    case 90: return {llx + y, lly + x};
    case 180: return {urx - x, lly + y};
    case 270: return {urx - y, ury - x};
    default: return {llx + x, ury - y};
  }
}

std::string annotation_text(const Finding& f, int number) {
  std::string head = std::to_string(number) + ". " + f.rule + " (" +
                     (f.points ? "−" + std::to_string(f.points) + (f.points == 1 ? " point" : " points") : "no points") + ", " +
                     f.severity + ")";
  std::string out = head + "\n" + f.message;
  if (!f.excerpt.empty()) out += "\nYour words: “" + f.excerpt + "”";
  if (!f.fix.empty()) out += "\nFix: " + f.fix;
  return out;
}

Result<AnnotatedPdf> annotate_pdf(const std::string& input, const Report& report) {
  AnnotatedPdf out;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(input.c_str());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    auto places = finding_places(report);
    for (size_t i = 0; i < report.findings.size(); ++i) {
      const auto& place = places[i];
      if (!place || place->page < 1 || place->page > int(pages.size()) || place->boxes.empty()) continue;
      auto& page = pages[size_t(place->page - 1)];
      Handle annot = make_highlight(pdf, report.findings[i], int(i + 1), *place, frame_of(page));
      // A copy of the page's own /Annots, so an array shared with other pages is left as it was.
      Handle old = page.getObjectHandle().getKey("/Annots");
      Handle annots = old.isArray() ? old.shallowCopy() : Handle::newArray();
      annots.appendItem(annot);
      annots.appendItem(annot.getKey("/Popup"));
      page.getObjectHandle().replaceKey("/Annots", annots);
      ++out.highlights;
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // An encrypted input keeps its encryption, whose /ID and salts cannot be fixed; every other PDF gets
    // an /ID computed from the content, so the same input gives the same bytes.
    if (!pdf.isEncrypted()) writer.setDeterministicID(true);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    out.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& e) {
    return Error{"cannot annotate the PDF: " + first_line(e.what())};
  }
  return out;
}

}  // namespace bescore
