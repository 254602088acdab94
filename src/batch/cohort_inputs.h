// The files of a batch: the arguments in the order given, folders walked, "-" read from stdin, --exclude
// applied, duplicates dropped; and which of them are not read (links out of a folder, FIFOs) or are parts
// of another resume (a LaTeX file another input pulls in with \input).
#pragma once
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace bescore {

struct CohortInputs {
  std::vector<std::string> files;              ///< In batch order.
  std::map<std::string, std::string> refused;  ///< Files of a folder walk that are not read, and why (error rows).
  std::map<std::string, std::string> parts;    ///< LaTeX parts of another input, and whose (skipped, not scored).
};

/// The inputs in batch order: arguments in the order given, folders expanded to their supported files in
/// sorted path order, "-" replaced by the paths read from in (one a line); the first of duplicates kept. A path
/// matching an exclude glob (the whole path, or any end of it that starts after a '/') is left out; a `*`
/// matches across folders.
CohortInputs collect_inputs(const std::vector<std::string>& paths, std::istream& in,
                            const std::vector<std::string>& exclude = {});

/// For each .tex input that another .tex input includes (\input, \include, \subfile; relative to the including
/// file's folder, ".tex" added when there is no extension): why it is skipped ("a part of main.tex (\input), not
/// a resume on its own").
std::map<std::string, std::string> latex_parts(const std::vector<std::string>& files);

}  // namespace bescore
