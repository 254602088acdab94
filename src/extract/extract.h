// Turning a file's bytes into a Document: one reader per format, chosen by content.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "document.h"
#include "base/result.h"

namespace bescore {

/// Limits that keep one hostile file from costing the whole run.
struct ExtractLimits {
  size_t max_bytes = 20u << 20;  ///< Largest input file accepted.
  int max_pages = 20;            ///< Most PDF pages read.
  size_t max_text_chars = 2'000'000;  ///< Most characters of extracted text (a resume has some 5,000).
  /// Also keep the text as a plain extractor reads it and bescore's reading, page by page (--dump-text --as-ats).
  bool keep_readings = false;
};

/// "pdf", "docx", "latex", "jsonresume", "markdown" or "text" from the bytes (a PDF is a PDF whatever its name); empty for binary data.
std::string detect_format(std::string_view bytes, const std::string& name);

/// Reads a file from disk and dispatches on its detected format.
Result<Document> extract_file(const std::string& path, const ExtractLimits& limits = {});

/// Dispatches bytes already in memory on their detected format.
Result<Document> extract_bytes(std::string_view bytes, const std::string& name, const ExtractLimits& limits = {});

/// Plain text or Markdown (UTF-8): lines with source line numbers, markers and markup stripped.
Result<Document> read_text(std::string_view text, const std::string& name, bool markdown);

/// A PDF through poppler (extract/pdf_words.h): words regrouped into lines in reading order, column by column.
Result<Document> read_pdf(std::string_view bytes, const std::string& name, const ExtractLimits& limits = {});

/// A Word document (DOCX): paragraphs in order with heading and list marks from their styles and numbering, tables
/// row by row, text boxes, then headers and footers; each line at page 0 and line = its paragraph number (1-based).
/// ZIP parts that would unpack to more than 10 × limits.max_bytes are refused.
Result<Document> read_docx(std::string_view bytes, const std::string& name, const ExtractLimits& limits = {});

/// Reads a source file a document includes (a LaTeX \input) by path; an Error with the cause when it cannot.
using SourceLoader = std::function<Result<std::string>(const std::string& path)>;

/// LaTeX (Jake's resume, moderncv, awesome-cv, article class): one line per heading, entry and item, each at its
/// line in its own file; \input and \include are followed from disk relative to the including file.
Result<Document> read_latex(std::string_view text, const std::string& path, const ExtractLimits& limits = {});

/// As above, with includes read through load (tests give files from memory).
Result<Document> read_latex(std::string_view text, const std::string& path, const SourceLoader& load,
                            const ExtractLimits& limits = {});

/// JSON Resume (jsonresume.org schema): basics, work, projects, skills and education as lines at the JSON line
/// where each value starts, with its JSON pointer in the location.
Result<Document> read_json_resume(std::string_view text, const std::string& name);

}  // namespace bescore
