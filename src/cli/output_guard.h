// Outputs never replace inputs: `--format html --out resume.txt` on resume.txt, `--summary resume.md`, or an
// --out that is a link to (or a hard link of) an input would destroy the file being scored.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bescore {

/// The inputs of a run, by device and inode (symlinks followed), so that any output path can be checked.
class InputFiles {
 public:
  explicit InputFiles(const std::vector<std::string>& inputs);
  /// "" when writing `out` cannot touch an input; else the one-line cause, "is the input FILE (not overwritten)".
  std::string overwritten_by(const std::string& out) const;

 private:
  std::map<std::pair<unsigned long long, unsigned long long>, std::string> by_inode_;
};

/// The first of outputs that is one of inputs (same file, also through links), as "OUT: is the input FILE (not
/// overwritten)", or "". Holds nothing per input: it stats each input against the outputs that exist.
std::string output_overwriting_input(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs);

/// A file name as it may be printed on a terminal: control characters (C0, DEL, C1), which could move the cursor,
/// retitle the window or hide text, each become '?'.
std::string terminal_safe(const std::string& text);

}  // namespace bescore
