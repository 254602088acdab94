#include "extract/pdf_words.h"

#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include <cstring>

#include "extract/pdf_colour_profiles.h"

namespace bescore {

namespace {

void quiet(ErrorCategory, Goffset, const char*) {}

// How poppler-cpp's rectf held a box given as corner, width and height: x2 = x1 + (x2 - x1), which floating point
// does not always bring back to x2. Kept, so that a box is the same number it was.
double far_edge(double from, double to) { return from + (to - from); }

}  // namespace

struct PdfWords::Open {
  // poppler's global settings, counted: the first one made reads poppler's data files, the last one gone frees them.
  GlobalParamsIniter globals{quiet};
  std::unique_ptr<PDFDoc> doc;
  WordsDevice device;
};

PdfWords::PdfWords(std::unique_ptr<Open> open) : open_(std::move(open)) {}
PdfWords::PdfWords(PdfWords&&) noexcept = default;
PdfWords& PdfWords::operator=(PdfWords&&) noexcept = default;
PdfWords::~PdfWords() = default;

Result<PdfWords> PdfWords::open(std::string_view bytes) {
  if (bytes.size() < 10) return Error{"not a readable PDF (damaged, truncated or encrypted)"};
  auto open = std::make_unique<Open>();
  setErrorCallback(quiet);  // poppler-cpp (the page images) may have made the settings first, with its own callback
  auto* stream = new MemStream(bytes.data(), 0, Goffset(bytes.size()), Object(objNull));  // PDFDoc owns it
  open->doc = std::make_unique<PDFDoc>(stream, GooString(""), GooString(""));
  if (open->doc->getErrorCode() == errEncrypted) return Error{"PDF is encrypted (password required)"};
  if (!open->doc->isOk()) return Error{"not a readable PDF (damaged, truncated or encrypted)"};
  skip_output_intents(*open->doc->getXRef());
  return PdfWords(std::move(open));
}

int PdfWords::pages() const { return open_->doc->getNumPages(); }

PdfPage PdfWords::page(int index) {
  PdfPage out;
  PDFDoc& doc = *open_->doc;
  if (index < 0 || index >= doc.getNumPages()) return out;
  Page* page = doc.getCatalog()->getPage(index + 1);
  if (!page) return out;
  out.found = true;
  const PDFRectangle& crop = *page->getCropBox();
  out.width = far_edge(crop.x1, crop.x2) - crop.x1;
  out.height = far_edge(crop.y1, crop.y2) - crop.y1;
  // A span of ActualText that a page left open (a truncated content stream) would swallow every character of the
  // pages after it: poppler's device keeps it across pages, and a new device, poppler-cpp's for each page, would
  // not have it. An empty span opened and closed puts the device back as a new one is, its colour spaces kept.
  GooString none;
  open_->device.beginActualText(nullptr, &none);
  open_->device.endActualText(nullptr);
  // 72 dpi, no rotation, the crop box, not printing, the whole page; the cross-reference table is the document's
  // own, not a copy for each page (pdftotext's choice: its entries, once read, stay read, and so do object streams).
  skip_colour_transforms(*page, *doc.getXRef(), open_->device);
  doc.displayPageSlice(&open_->device, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  std::unique_ptr<TextWordList> list = open_->device.makeWordList();
  if (!list) return out;
  out.words.reserve(size_t(list->getLength()));
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* word = list->get(i);
    std::unique_ptr<GooString> text(word->getText());
    double x0, y0, x1, y1;
    word->getBBox(&x0, &y0, &x1, &y1);
    out.words.push_back(
        {poppler_cpp_word_text(text->c_str()), x0, y0, far_edge(x0, x1), far_edge(y0, y1), word->getSpaceAfter()});
  }
  return out;
}

std::string poppler_cpp_word_text(const char* utf8) {
  std::string_view s(utf8, std::strlen(utf8));
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > s.size()) break;
    char32_t cp = c & (0x7F >> n);
    bool continued = true;
    for (size_t k = 1; k < n && continued; ++k) {
      continued = (byte(i + k) & 0xC0) == 0x80;
      cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (!continued || overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) break;
    i += n;
  }
  return std::string(s.substr(0, i));
}

}  // namespace bescore
