// One resume's report as one self-contained HTML page: the score and categories at the top, the resume itself
// (PDF pages as images, or the source text with line numbers) with a numbered box over each finding's words, and
// beside it the findings in the order of points lost. Selecting a finding shows its box and the other way round.
// Inline CSS, a few lines of inline script, no network. Pure: the bytes depend only on the arguments.
#pragma once
#include <string>
#include <vector>

#include "report/page_images.h"
#include "score/report.h"

namespace bescore {

/// A source file's lines as shown for a text, Markdown, LaTeX or JSON Resume input.
struct SourceText {
  std::string file;                ///< As locations name it: empty for the main input, else the included file's path.
  std::string label;               ///< The heading shown above it.
  std::vector<std::string> lines;  ///< Line 1 first.
};

/// What the page shows besides the report.
struct HtmlView {
  std::vector<PageImage> pages;     ///< A PDF's rendered pages; empty for other formats or when rendering failed.
  std::vector<SourceText> sources;  ///< Other formats: the main input first, then the files it includes.
  std::vector<std::string> notes;   ///< Shown under the score (why the pages are missing...).
};

/// The page. Element ids: `b-N` the box of finding N (1-based, report order), `f-N` its entry in the list, `w-N`
/// its entry at the top when it is about the whole resume. Boxes carry data-f, data-page and data-x0/y0/x1/y1
/// (percent of the page); every element about finding N has N in data-f, or in data-r for the other lines it used.
std::string resume_to_html(const Report& report, const HtmlView& view);

}  // namespace bescore
