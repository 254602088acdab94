// Message and fix templates: "{n} of {total} bullets" with named values filled in.
#pragma once
#include <map>
#include <string>

namespace bescore {

using TemplateValues = std::map<std::string, std::string>;

/// Replaces each {name} in text with its value; unknown names are left as written.
std::string fill_template(const std::string& text, const TemplateValues& values);

/// Shortens text to at most max_chars characters at a word boundary, adding "…".
std::string shorten(const std::string& text, size_t max_chars = 90);

}  // namespace bescore
