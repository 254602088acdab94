// The package side of a DOCX: its ZIP archive (libzip), read with a bound on how much each part may unpack to, its
// XML parts (pugixml) and their relationships, and XML looked up by local name. The document side (paragraphs,
// styles, links) is src/extract/docx_reader.cc.
#pragma once
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

struct zip;

namespace bescore::docx {

// ---- XML by local name: the prefixes ("w:", "r:") are conventions, not guarantees ----

/// "w:p" → "p".
std::string_view local_name(std::string_view qualified);

/// Whether n is an element of that local name.
bool is(const pugi::xml_node& n, std::string_view local);

/// The first child element of that local name, or an empty node.
pugi::xml_node child(const pugi::xml_node& n, std::string_view local);

/// The attribute of that local name, or "".
std::string attr(const pugi::xml_node& n, std::string_view local);

/// A w:val that switches a property on: present with no value, or any value but false/0/off.
bool on(const pugi::xml_node& n);

// ---- the ZIP package ----

struct ZipCloser {
  void operator()(zip* z) const;
};

/// The parts of a DOCX, read with a bound on how much each may unpack to.
class Package {
 public:
  static Result<Package> open(std::string_view bytes, size_t max_part);

  bool has(const std::string& name) const;
  std::vector<std::string> names() const;

  /// The uncompressed bytes of a part; an Error when it is corrupt or would unpack to more than the bound.
  Result<std::string> read(const std::string& name) const;

 private:
  Error too_large(const std::string& name) const;

  std::unique_ptr<zip, ZipCloser> zip_;
  size_t max_part_ = 0;
};

/// A part parsed as XML (whitespace-only text kept); an Error naming the part when it is not well-formed.
Result<pugi::xml_document> parse_xml(const Package& pkg, const std::string& name);

/// A part's relationships: id → target (hyperlink URLs); empty when it has none or they cannot be read.
std::map<std::string, std::string> read_rels(const Package& pkg, const std::string& part);

}  // namespace bescore::docx
