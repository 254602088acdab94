// Files people try first that bescore does not read (Word 97 .doc, OpenDocument, RTF, HTML, images): told by
// their content, so each gets one line saying what to export instead rather than a score of its raw bytes as text.
#pragma once
#include <string>
#include <string_view>

namespace bescore {

/// "a Word 97-2003 .doc file: save it as .docx or PDF and score that", or empty for a file bescore may read.
std::string unsupported_format(std::string_view bytes, const std::string& name);

}  // namespace bescore
