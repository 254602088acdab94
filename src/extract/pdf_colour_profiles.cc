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

constexpr int kMaxDepth = 8;          // forms within forms within patterns...: deeper ones are built by poppler
constexpr int kMaxObjects = 2000;     // objects looked at for one page, whatever the page holds

class ProfileWalk {
 public:
  ProfileWalk(XRef& xref, PopplerCache<Ref, GfxICCBasedColorSpace>& cache) : xref_(xref), cache_(cache) {}

  // A resource dictionary: its colour spaces, and what it draws (images, forms, patterns, shadings).
  void resources(const Object& named, int depth) {
    Object res;
    if (!take(named, depth, res) || !res.isDict()) return;
    Dict* d = res.getDict();
    each_value(d->lookupNF("ColorSpace"), depth, [&](const Object& cs) { colour_space(cs, depth + 1); });
    for (const char* drawn : {"XObject", "Pattern", "Shading"})
      each_value(d->lookupNF(drawn), depth, [&](const Object& x) { drawn_object(x, depth + 1); });
  }

 private:
  // The object named (a reference is fetched), unless the walk is too deep, has looked at enough objects, or has
  // seen this reference before (an image, a form's resources or a colour space that many places share is read
  // once; a loop of references ends).
  bool take(const Object& named, int depth, Object& out) {
    if (depth > kMaxDepth || objects_ >= kMaxObjects) return false;
    ++objects_;
    if (!named.isRef()) {
      out = named.copy();
      return true;
    }
    if (!seen_.insert({named.getRefNum(), named.getRefGen()}).second) return false;
    out = xref_.fetch(named.getRef());
    return true;
  }

  // Each value of a dictionary (named: the dictionary or a reference to it), as it stands (a reference or not).
  template <class Visit>
  void each_value(const Object& named, int depth, Visit visit) {
    Object dict;
    if (!take(named, depth, dict) || !dict.isDict()) return;
    Dict* d = dict.getDict();
    for (int i = 0; i < d->getLength() && objects_ < kMaxObjects; ++i) visit(d->getValNF(i));
  }

  // An image, a form, a pattern or a shading: its colour space, its shading's, its own resources.
  void drawn_object(const Object& named, int depth) {
    Object x;
    if (!take(named, depth, x)) return;
    Dict* d = x.isStream() ? x.streamGetDict() : x.isDict() ? x.getDict() : nullptr;
    if (!d) return;
    colour_space(d->lookupNF("ColorSpace"), depth + 1);
    drawn_object(d->lookupNF("Shading"), depth + 1);
    resources(d->lookupNF("Resources"), depth + 1);
  }

  // [/ICCBased profile], or a colour space made over another: [/Indexed base ...], [/Separation name alternate
  // ...], [/DeviceN names alternate ...], [/Pattern base]. Only the place that holds a colour space is read.
  void colour_space(const Object& named, int depth) {
    Object cs;
    if (!take(named, depth, cs) || !cs.isArray() || cs.arrayGetLength() < 2) return;
    Array* a = cs.getArray();
    const Object& kind = a->getNF(0);
    if (kind.isName("ICCBased")) {
      if (a->getNF(1).isRef()) profile(a->getNF(1).getRef());
    } else if (kind.isName("Indexed") || kind.isName("Pattern")) {
      colour_space(a->getNF(1), depth + 1);
    } else if ((kind.isName("Separation") || kind.isName("DeviceN")) && a->getLength() >= 3) {
      colour_space(a->getNF(2), depth + 1);
    }
  }

  // The profile as poppler's parser would cache it, without the transforms; its colours are those of the device
  // space of its number of components (poppler's choice when a profile names no alternate). One poppler built
  // (under another rendering intent, on an earlier page) stays, behind this one.
  void profile(Ref ref) {
    if (auto* cached = cache_.lookup(ref); cached && !cached->getProfile()) return;
    Object stream = xref_.fetch(ref);
    if (!stream.isStream()) return;
    Object n = stream.streamGetDict()->lookup("N");
    if (!n.isInt()) return;
    GfxColorSpace* device = nullptr;
    switch (n.getInt()) {
      case 1: device = new GfxDeviceGrayColorSpace(); break;
      case 3: device = new GfxDeviceRGBColorSpace(); break;
      case 4: device = new GfxDeviceCMYKColorSpace(); break;
      default: return;  // poppler's parser refuses it, or reads what it can: left to it
    }
    cache_.put(ref, new GfxICCBasedColorSpace(n.getInt(), device, &ref));
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
  // The entry is marked as an edit, and poppler refuses to rebuild the table of a damaged file that holds edits
  // (it would lose them): unmarked, a fetch that fails still rebuilds it, as before (losing only this copy).
  if (XRefEntry* entry = xref.getEntry(xref.getRootNum(), false)) entry->setFlag(XRefEntry::Updated, false);
}

void skip_colour_transforms(Page& page, XRef& xref, TextOutputDev& device) {
  ProfileWalk(xref, *device.getIccColorSpaceCache()).resources(*page.getResourceDictObject(), 0);
}

}  // namespace bescore
