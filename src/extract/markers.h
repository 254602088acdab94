// Recognising list markers at the start of a line, in every form people use.
#pragma once
#include <string>

namespace bescore {

/// If line starts with a list marker ("-", "*", "•", "–", "▪", "●", "◦", "1.", "a)"...) followed by
/// text, removes it and returns true.
bool strip_list_marker(std::string& line);

}  // namespace bescore
