// Reading a page's words without building its colour transforms. A page that names an ICC colour profile
// (LaTeX's xcolor, Word, Canva, Typst and most exporters name one) makes poppler build a little-cms transform from
// it to sRGB before the first word is drawn: 12 M instructions on rendercv-Classic.pdf (a fifth of pdftotext's run),
// to colour the words that bescore reads only the letters of. poppler looks a profile up in its text device's cache
// first, and takes what it finds when it was built for the graphics state's rendering intent; so the device here
// starts each page with the intent of a colour space without a transform (perceptual), and the cache is given such
// a colour space for every profile the page's resources name. The words and their boxes are the same
// (src/extract/pdf_words_test.cc); only the colour poppler notes for a word changes (that of the device space of
// the profile's number of components). A profile the walk does not reach (an annotation's, one nested deeper than
// eight levels, one evicted from poppler's cache of five) or met under another intent (content that sets one)
// poppler builds itself, under that intent. A PDF/A document's output intent (a printer's profile in its catalog)
// poppler turns into four more transforms for every page it draws: 446 M instructions on altacv-sample.pdf's two
// pages, three quarters of pdftotext's run; it is hidden from the pages.
#pragma once
#include <poppler/TextOutputDev.h>

class GfxState;
class Page;
class XRef;

namespace bescore {

/// poppler's text device as poppler-cpp's text_list makes it (no physical layout), starting each page with the
/// rendering intent under which a colour space without a transform is taken from the cache.
class WordsDevice : public TextOutputDev {
 public:
  WordsDevice() : TextOutputDev(nullptr, false, 0, false, false) {}
  void initGfxState(GfxState* state) override;
};

/// Hides the catalog's output intents from the pages drawn from xref (its catalog object is replaced, in memory, by
/// one without them), so that no display profile is built from them.
void skip_output_intents(XRef& xref);

/// Puts a colour space without a transform into device's cache for every ICC profile that page's resources (its
/// colour spaces, images, forms, patterns and shadings, nested) name, unless the cache has one.
void skip_colour_transforms(Page& page, XRef& xref, TextOutputDev& device);

}  // namespace bescore
