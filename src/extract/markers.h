// Recognising list markers at the start of a line, in every form people use.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// If line starts with a list marker ("-", "*", "•", "–", "▪", "●", "◦", "1.", "a)"...) followed by
/// text, removes it and returns true.
bool strip_list_marker(std::string& line);

/// The letter an icon font's bullet glyph was read as, when one opens many lines: a PDF whose font has no text
/// mapping for its bullet (Font Awesome in moderncv) puts "f Architected the agent ..." on every point. A lower-case
/// letter alone before a capitalised word on three lines or more is such a glyph, unless the letter is a word in
/// some language ("a", "y", "w"...; Word's "o" bullet counts); 0 when there is none.
char icon_bullet_letter(const std::vector<std::string>& lines);

/// If line starts with that letter alone before a capitalised word, removes it and returns true.
bool strip_icon_bullet(std::string& line, char letter);

}  // namespace bescore
