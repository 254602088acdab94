#include "extract/pdf_uri_scan.h"

#define POINTERHOLDER_TRANSITION 4
#include <doctest/doctest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/pdf_links.h"

using bescore::pdf_link_targets;
using bescore::scan_link_targets;
using Targets = std::vector<std::string>;

namespace {

std::string deflated(const std::string& text) {
  uLongf size = compressBound(uLong(text.size()));
  std::string out(size, '\0');
  REQUIRE(compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
                   uLong(text.size())) == Z_OK);
  out.resize(size);
  return out;
}

// An object stream holding objects as text, with the dictionary entries given.
std::string object_stream(const std::string& entries, const std::string& data) {
  return "7 0 obj\n<< /Type /ObjStm /N 1 /First 6 " + entries + " >>\nstream\n" + data + "\nendstream\nendobj\n";
}

// A one-page PDF whose page holds a link annotation for each target: no cross-reference table (qpdf rebuilds it).
std::string pdf_with_links(const Targets& targets) {
  std::string annots, objects;
  int number = 4;
  for (const auto& t : targets) {
    annots += std::to_string(number) + " 0 R ";
    objects += std::to_string(number++) + " 0 obj\n<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (" +
               t + ") >> >>\nendobj\n";
  }
  return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 "
         ">>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [" +
         annots + "] >>\nendobj\n" + objects + "trailer\n<< /Size " + std::to_string(number) + " /Root 1 0 R >>\n%%EOF\n";
}

// The same document rewritten by qpdf: its objects in Flate object streams, or encrypted.
std::string rewritten(const std::string& pdf, bool encrypt) {
  QPDF in;
  in.setSuppressWarnings(true);
  in.processMemoryFile("in.pdf", pdf.data(), pdf.size());
  QPDFWriter w(in);
  w.setOutputMemory();
  w.setObjectStreamMode(qpdf_o_generate);
  if (encrypt) w.setR6EncryptionParameters("", "owner", true, true, true, true, true, true, qpdf_r3p_full, true);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

Targets sorted(Targets t) {
  std::sort(t.begin(), t.end());
  return t;
}

}  // namespace

TEST_CASE("a link target is read from a literal or a hex string, escapes and all") {
  CHECK(scan_link_targets("<< /S /URI /URI (https://github.com/ada) >>") == Targets{"https://github.com/ada"});
  CHECK(scan_link_targets("/URI(https://x.io/a\\(b\\)c\\\\d)") == Targets{"https://x.io/a(b)c\\d"});
  CHECK(scan_link_targets("/URI (\\150ttps://x.io/(nested)/\\\ntail)") == Targets{"https://x.io/(nested)/tail"});
  CHECK(scan_link_targets("/URI <68747470733A2F2F782E696F 2F6>") == Targets{"https://x.io/`"});
  // Not a link target: another name, a dictionary, an address that is not on the web, a string that does not close.
  CHECK(scan_link_targets("/URIs (https://a.io) /URI << /Base (https://b.io) >> /URI (mailto:ada@x.io) /URI (https://c")
            == Targets{});
}

TEST_CASE("a link target held in an object of its own is read there (macOS's PDFs)") {
  std::string objects = "12 0 obj\n(https://old.io)\nendobj\n112 0 obj (https://other.io) endobj\n";
  std::string annotation = "<< /S /URI /URI 12 0 R >>";
  CHECK(scan_link_targets(objects + annotation) == Targets{"https://old.io"});
  // A later update of the object replaces it; an object the plain bytes do not hold is in an object stream.
  CHECK(scan_link_targets(objects + annotation + "12 0 obj <68747470733A2F2F6E65772E696F> endobj") ==
        Targets{"https://new.io"});
  CHECK_FALSE(scan_link_targets(annotation));
  CHECK(scan_link_targets("/URI 12 0 obj") == Targets{});  // not a reference
}

TEST_CASE("a hostile file cannot make the scan read the same bytes over and over: past a limit qpdf decides") {
  std::string many;
  for (int i = 0; i < 10001; ++i) many += "/URI (mailto:a) ";
  CHECK_FALSE(scan_link_targets(many));
  // References are looked up in an index of the objects made in one pass, not by searching the file each time.
  std::string references = "9 0 obj (https://a.io) endobj ";
  for (int i = 0; i < 1000; ++i) references += "/URI 9 0 R ";
  CHECK(scan_link_targets(references) == Targets{"https://a.io"});
  CHECK_FALSE(scan_link_targets("/URI (https://a.io/" + std::string(5000, 'x') + ")"));
  CHECK_FALSE(scan_link_targets("/URI <" + std::string(9000, 'a') + ">"));
  // An object stream's dictionary far from its "stream", or with no object around it.
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /FlateDecode /Pad (" + std::string(5000, ' ') + ")", "x")));
  CHECK_FALSE(scan_link_targets("<< /Type /ObjStm /Filter /FlateDecode >>\nstream\nx"));
}

TEST_CASE("a dictionary naming /ObjStm many times inflates its stream once, and keeps its link") {
  std::string names;
  for (int i = 0; i < 500; ++i) names += "/ObjStm ";
  std::string objects = "1 0 << /URI (https://z.io) >>";
  // 200 KB inflated: once per name would pass the 64 MB limit, and the scan would give up.
  std::string data = deflated(std::string(200000, ' ') + objects);
  CHECK(scan_link_targets(object_stream(names + "/Filter /FlateDecode", data)) == Targets{"https://z.io"});
  // A name outside any dictionary does not hide the object stream after it.
  CHECK(scan_link_targets("5 0 obj << /Note /ObjStm >> endobj\n" + object_stream("/Filter /FlateDecode", deflated(objects))) ==
        Targets{"https://z.io"});
  // "(obj)" inside the dictionary is not its object's header: the filter before it still counts.
  CHECK(scan_link_targets("7 0 obj\n<< /Filter /FlateDecode /X (obj) /Type /ObjStm >>\nstream\n" + deflated(objects) +
                          "\nendstream\nendobj\n") == Targets{"https://z.io"});
}

TEST_CASE("comments and names spelled with '#' escapes") {
  CHECK(scan_link_targets("/URI % the profile\n(https://z.io)") == Targets{"https://z.io"});
  // A comment running on past 256 bytes after a key, or after every object header: qpdf decides, and the scan ends
  // after one pass (it would read each comment on to the end of the file otherwise).
  std::string comments;
  for (int i = 0; i < 200000; ++i) comments += "/URI%";
  CHECK_FALSE(scan_link_targets(comments + std::string(2 << 20, 'x')));
  std::string headers = "/URI 1 0 R\n";
  for (int i = 1; i < 200000; ++i) headers += std::to_string(i) + " 0 obj%";
  CHECK_FALSE(scan_link_targets(headers));
  std::string no_reference;
  for (int i = 0; i < 9000; ++i) no_reference += "/URI 1 ";
  CHECK(scan_link_targets(no_reference + std::string(2 << 20, 'x')) == Targets{});
  CHECK_FALSE(scan_link_targets("<< /S /URI /U#52I (https://z.io) >>"));
  CHECK_FALSE(scan_link_targets("7 0 obj << /Type /Obj#53tm /Filter /FlateDecode >> stream"));
  CHECK_FALSE(scan_link_targets("trailer << /#45ncrypt 5 0 R >>"));
  CHECK(scan_link_targets("/URI (https://x.io/#top) /F#23 12") == Targets{"https://x.io/#top"});  // '#' elsewhere
}

TEST_CASE("link targets keep the file's order, each once, up to the limit") {
  std::string pdf = "/URI (https://b.io) /URI (http://a.io) /URI (https://b.io) /URI (https://c.io)";
  CHECK(scan_link_targets(pdf) == Targets{"https://b.io", "http://a.io", "https://c.io"});
  CHECK(scan_link_targets(pdf, 2) == Targets{"https://b.io", "http://a.io"});
  CHECK(scan_link_targets(pdf, 0) == Targets{});
}

TEST_CASE("a file the scan cannot be sure of is left to the full parser") {
  CHECK_FALSE(scan_link_targets("/URI (https://a.io) trailer << /Encrypt 5 0 R >>"));
  CHECK_FALSE(scan_link_targets("/URI <FEFF00680074007400700073003A002F002F0061002E0069006F>"));  // UTF-16
  CHECK_FALSE(scan_link_targets("/URI (https://caf\\351.io)"));  // PDFDocEncoding
  std::string objects = "1 0 << /URI (https://z.io) >>";
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /LZWDecode", objects)));
  CHECK_FALSE(scan_link_targets(object_stream("/Filter [/FlateDecode /ASCIIHexDecode]", deflated(objects))));
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /FlateDecode /DecodeParms << /Predictor 12 >>", deflated(objects))));
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /FlateDecode", deflated(objects).substr(0, 12))));  // cut short
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /FlateDecode", "not deflated at all")));
}

TEST_CASE("an object stream is inflated and read; past 64 MB inflated the scan gives up") {
  std::string objects = "1 0 << /S /URI /URI (https://z.io) >>";
  CHECK(scan_link_targets(object_stream("/Length 99 /Filter /FlateDecode", deflated(objects))) == Targets{"https://z.io"});
  CHECK(scan_link_targets(object_stream("/Filter [ /FlateDecode ]", deflated(objects))) == Targets{"https://z.io"});
  CHECK(scan_link_targets(object_stream("", objects)) == Targets{"https://z.io"});  // not compressed: read with the file
  CHECK(scan_link_targets("/URI (https://a.io)\n" + object_stream("/Filter /FlateDecode", deflated(objects))) ==
        Targets{"https://a.io", "https://z.io"});
  std::string under = deflated(std::string((64u << 20) - objects.size(), ' ') + objects);
  CHECK(scan_link_targets(object_stream("/Filter /FlateDecode", under)) == Targets{"https://z.io"});
  std::string over = deflated(std::string((64u << 20) + 1 - objects.size(), ' ') + objects);
  CHECK_FALSE(scan_link_targets(object_stream("/Filter /FlateDecode", over)));
}

TEST_CASE("the scan finds what qpdf's full parse finds: plain objects, object streams, and real PDFs") {
  Targets links = {"https://github.com/ada", "https://www.linkedin.com/in/ada", "http://ada.dev/(cv)"};
  std::string plain = pdf_with_links(links);
  CHECK(scan_link_targets(plain) == Targets(links));
  CHECK(pdf_link_targets(plain) == links);
  std::string packed = rewritten(plain, false);
  REQUIRE(packed.find("/ObjStm") != std::string::npos);
  REQUIRE(packed.find("github.com") == std::string::npos);  // inside a compressed stream
  CHECK(scan_link_targets(packed) == links);
  std::string locked = rewritten(plain, true);
  CHECK_FALSE(scan_link_targets(locked));
  CHECK(pdf_link_targets(locked) == links);
  namespace fs = std::filesystem;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(BESCORE_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".pdf") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto scanned = scan_link_targets(bytes.str());
    REQUIRE_MESSAGE(scanned, entry.path());
    CHECK_MESSAGE(sorted(*scanned) == sorted(pdf_link_targets(bytes.str())), entry.path());
    ++compared;
  }
  CHECK(compared >= 5);
}
