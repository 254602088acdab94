// The web addresses a PDF's link annotations point to: a GitHub profile is often only a link on an icon or a word.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/link_targets.h"

namespace bescore {

/// The http(s) targets of the link annotations on the pages, in page order, each once; empty when qpdf cannot read
/// the file (poppler already did: the links are a bonus, not the text).
std::vector<std::string> pdf_link_targets(std::string_view pdf_bytes, int max_links = kMaxLinkTargets);

}  // namespace bescore
