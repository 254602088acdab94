// Outputs never replace inputs: `--format html --out resume.txt` on resume.txt, `--summary resume.md`, or an
// --out that is a link to (or a hard link of) an input would destroy the file being scored.
#pragma once
#include <string>
#include <vector>

#include "base/result.h"

namespace bescore {

/// Fails when one of outputs is one of inputs (same file, also through links): "OUT: is the input FILE (not
/// overwritten)". Holds nothing per input (a batch may have a million): it stats each against the outputs that exist.
Status output_overwriting_input(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs);

/// A file name as it may be printed on a terminal: control characters (C0, DEL, C1), which could move the cursor,
/// retitle the window or hide text, each become '?'.
std::string terminal_safe(const std::string& text);

}  // namespace bescore
