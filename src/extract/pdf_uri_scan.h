// A PDF's link targets read straight from its bytes: the /URI strings of its objects, and of its object streams
// inflated with zlib. Loading qpdf and parsing the whole file a second time costs about 7 ms, as much as reading the
// text; most resumes' links are plain strings in plain or Flate-compressed objects, and only a file outside that
// (encrypted, another filter, a string that is not ASCII) needs the full parser (src/extract/pdf_links.cc).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/link_targets.h"

namespace bescore {

/// The http(s) targets of the /URI entries in pdf_bytes, each once, at most max_links: those of the plain objects in
/// the order the file holds them, then those of the object streams. Every /URI of the file counts, which is a little
/// more than qpdf's walk over the pages' link annotations (an outline item's link, one an update took off its page):
/// each is an address the author put in the file. nullopt when a scan cannot be sure of them and the full parser must
/// read the file: it is encrypted, an object stream is compressed some other way or does not inflate, a target is
/// not plain ASCII or given by reference to an object in an object stream, a name the scan looks for is spelled with
/// '#' escapes, or a limit a hostile file would reach is passed.
std::optional<std::vector<std::string>> scan_link_targets(std::string_view pdf_bytes, int max_links = kMaxLinkTargets);

}  // namespace bescore
