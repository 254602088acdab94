#include "extract/pdf_colour_profiles.h"

#include <poppler/Object.h>  // first: Array.h and Dict.h need it whole
#include <poppler/Array.h>
#include <poppler/Dict.h>
#include <poppler/GfxState.h>
#include <poppler/Page.h>
#include <poppler/TextOutputDev.h>
#include <poppler/XRef.h>

#include <set>
#include <utility>

namespace bescore {

namespace {

constexpr int kMaxDepth = 8;         // forms within forms within patterns...: deeper ones are built as before
constexpr int kMaxObjects = 2000;    // objects looked at for one page, so that a page of many images costs little

class ProfileWalk {
 public:
  ProfileWalk(XRef& xref, PopplerCache<Ref, GfxICCBasedColorSpace>& cache) : xref_(xref), cache_(cache) {}

  // A resource dictionary: its colour spaces, and what it draws (images, forms, patterns, shadings).
  void resources(const Object& res, int depth) {
    if (!res.isDict() || !enter(depth)) return;
    Dict* d = res.getDict();
    each_value(d->lookup("ColorSpace"), [&](const Object& cs) { colour_space(cs, depth + 1); });
    for (const char* drawn : {"XObject", "Pattern", "Shading"})
      each_value(d->lookup(drawn), [&](const Object& x) { drawn_object(x, depth + 1); });
  }

 private:
  bool enter(int depth) { return depth <= kMaxDepth && ++objects_ <= kMaxObjects; }

  // Each value of a dictionary, an indirect one once (an image that several pages or names share is one object).
  template <class Visit>
  void each_value(const Object& dict, Visit visit) {
    if (!dict.isDict()) return;
    Dict* d = dict.getDict();
    for (int i = 0; i < d->getLength(); ++i) {
      const Object& value = d->getValNF(i);
      if (value.isRef() && !seen_.insert({value.getRefNum(), value.getRefGen()}).second) continue;
      visit(d->getVal(i));
    }
  }

  // An image, a form, a pattern or a shading: its colour space, its shading's, its own resources.
  void drawn_object(const Object& x, int depth) {
    if (!enter(depth)) return;
    Dict* d = x.isStream() ? x.streamGetDict() : x.isDict() ? x.getDict() : nullptr;
    if (!d) return;
    colour_space(d->lookup("ColorSpace"), depth + 1);
    drawn_object(d->lookup("Shading"), depth + 1);
    resources(d->lookup("Resources"), depth + 1);
  }

  // [/ICCBased profile], or a colour space made of others: [/Indexed base ...], [/Separation name alternate ...],
  // [/DeviceN names alternate ...], [/Pattern base].
  void colour_space(const Object& cs, int depth) {
    if (!cs.isArray() || !enter(depth)) return;
    Array* a = cs.getArray();
    if (a->getLength() >= 2 && a->get(0).isName("ICCBased")) {
      if (a->getNF(1).isRef()) profile(a->getNF(1).getRef());
      return;
    }
    for (int i = 1; i < a->getLength(); ++i) colour_space(a->get(i), depth + 1);
  }

  // The profile as poppler's parser would cache it, but for the transforms: its colours are its alternate device
  // space's (by its number of components, as poppler picks one when the profile names none).
  void profile(Ref ref) {
    if (cache_.lookup(ref)) return;
    Object stream = xref_.fetch(ref);
    if (!stream.isStream()) return;
    Object n = stream.streamGetDict()->lookup("N");
    if (!n.isInt()) return;
    GfxColorSpace* alternate = nullptr;
    switch (n.getInt()) {
      case 1: alternate = new GfxDeviceGrayColorSpace(); break;
      case 3: alternate = new GfxDeviceRGBColorSpace(); break;
      case 4: alternate = new GfxDeviceCMYKColorSpace(); break;
      default: return;  // poppler's parser refuses it, or reads what it can: left to it
    }
    cache_.put(ref, new GfxICCBasedColorSpace(n.getInt(), alternate, &ref));
  }

  XRef& xref_;
  PopplerCache<Ref, GfxICCBasedColorSpace>& cache_;
  std::set<std::pair<int, int>> seen_;
  int objects_ = 0;
};

}  // namespace

void WordsDevice::initGfxState(GfxState* state) {
  TextOutputDev::initGfxState(state);
  state->setRenderingIntent("Perceptual");  // a transform-less colour space's intent (getIntent() is 0)
}

void skip_output_intents(XRef& xref) {
  Object catalog = xref.getCatalog();
  if (!catalog.isDict() || !catalog.getDict()->hasKey("OutputIntents")) return;
  Dict* without = catalog.getDict()->copy(&xref);
  without->remove("OutputIntents");
  Object replaced(without);
  xref.setModifiedObject(&replaced, {xref.getRootNum(), xref.getRootGen()});
}

void skip_colour_transforms(Page& page, XRef& xref, TextOutputDev& device) {
  ProfileWalk(xref, *device.getIccColorSpaceCache()).resources(*page.getResourceDictObject(), 0);
}

}  // namespace bescore
