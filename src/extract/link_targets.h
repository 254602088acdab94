// What a PDF's link targets are kept as, whoever reads them: the scan of the bytes (extract/pdf_uri_scan.cc) or qpdf
// (extract/pdf_links.cc).
#pragma once
#include <algorithm>
#include <string>
#include <vector>

namespace bescore {

/// The most link targets one PDF's reading keeps.
constexpr int kMaxLinkTargets = 200;

/// Keeps target when it is a web address (http or https), not kept yet, and fewer than max are kept.
inline void keep_link_target(std::vector<std::string>& targets, const std::string& target, size_t max) {
  if (target.rfind("http://", 0) != 0 && target.rfind("https://", 0) != 0) return;
  if (targets.size() >= max || std::find(targets.begin(), targets.end(), target) != targets.end()) return;
  targets.push_back(target);
}

}  // namespace bescore
