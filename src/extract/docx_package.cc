#include "extract/docx_package.h"

#include <zip.h>

#include "base/text.h"

namespace bescore::docx {

namespace {

/// word/document.xml → word/_rels/document.xml.rels
std::string rels_name(const std::string& part) {
  size_t slash = part.rfind('/');
  return part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

}  // namespace

std::string_view local_name(std::string_view qualified) {
  size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool is(const pugi::xml_node& n, std::string_view local) { return n.type() == pugi::node_element && local_name(n.name()) == local; }

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c : n.children())
    if (is(c, local)) return c;
  return {};
}

std::string attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes())
    if (local_name(a.name()) == local) return a.value();
  return "";
}

bool on(const pugi::xml_node& n) {
  if (!n) return false;
  std::string v = attr(n, "val");
  return v != "false" && v != "0" && v != "off";
}

void ZipCloser::operator()(zip* z) const { zip_discard(z); }

Result<Package> Package::open(std::string_view bytes, size_t max_part) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return Error{"cannot read the ZIP archive: " + std::string(zip_error_strerror(&error))};
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    std::string cause = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error{"corrupt DOCX: the ZIP archive cannot be read (libzip: " + lower(cause) + "; truncated?)"};
  }
  zip_error_fini(&error);
  Package p;
  p.zip_.reset(archive);
  p.max_part_ = max_part;
  return p;
}

bool Package::has(const std::string& name) const { return zip_name_locate(zip_.get(), name.c_str(), 0) >= 0; }

std::vector<std::string> Package::names() const {
  std::vector<std::string> out;
  zip_int64_t n = zip_get_num_entries(zip_.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* name = zip_get_name(zip_.get(), zip_uint64_t(i), 0)) out.emplace_back(name);
  return out;
}

Result<std::string> Package::read(const std::string& name) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return Error{"corrupt DOCX: no " + name};
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_part_) return too_large(name);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip_.get(), name.c_str(), 0), zip_fclose);
  if (!file) return Error{"corrupt DOCX: cannot open " + name + " (" + lower(zip_strerror(zip_.get())) + ")"};
  std::string out;
  char buf[1 << 16];
  // The sizes in the archive may lie: the bound holds for what actually comes out.
  while (true) {
    zip_int64_t got = zip_fread(file.get(), buf, sizeof buf);
    if (got < 0) return Error{"corrupt DOCX: " + name + " (" + lower(zip_file_strerror(file.get())) + ")"};
    if (got == 0) break;
    if (out.size() + size_t(got) > max_part_) return too_large(name);
    out.append(buf, size_t(got));
  }
  return out;
}

Error Package::too_large(const std::string& name) const {
  return Error{"refused: " + name + " unpacks to more than " + std::to_string(max_part_ >> 20) +
               " MB (10 times the file size limit; a ZIP bomb?)"};
}

Result<pugi::xml_document> parse_xml(const Package& pkg, const std::string& name) {
  auto bytes = pkg.read(name);
  if (!bytes) return Error{bytes.error()};
  pugi::xml_document doc;
  // Whitespace-only text is kept: <w:t xml:space="preserve"> </w:t> is the space between two words.
  pugi::xml_parse_result r = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r)
    return Error{"corrupt DOCX: " + name + " is not well-formed XML (" + lower(r.description()) + " at byte " +
                 std::to_string(r.offset) + ")"};
  return doc;
}

std::map<std::string, std::string> read_rels(const Package& pkg, const std::string& part) {
  std::map<std::string, std::string> out;
  std::string name = rels_name(part);
  if (!pkg.has(name)) return out;
  auto xml = parse_xml(pkg, name);
  if (!xml) return out;  // links lose their targets; the text is still read
  for (pugi::xml_node r : xml->document_element().children())
    if (is(r, "Relationship")) out[attr(r, "Id")] = attr(r, "Target");
  return out;
}

}  // namespace bescore::docx
