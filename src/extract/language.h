// Which language a document is written in, as far as bescore needs to know: English, or which other.
#pragma once
#include <string>

#include "document.h"

namespace bescore {

/// Empty when the text reads as English (or too little text to tell); otherwise the language or script it is
/// written in ("Chinese", "Russian or another Cyrillic-script language", "Spanish"): told by the script of its
/// letters, then by how many of its words are the commonest words of English and of other Latin-script languages.
std::string non_english_language(const Document& doc);

}  // namespace bescore
