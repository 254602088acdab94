// HTML inside Markdown: some resumes in Markdown are written mostly in tags ("### <b> Experience: </b>",
// "<ul> <li> Go </li> <li> Kafka </li>", "text <br> more text"). Reading them means taking the blocks the tags
// set (line breaks, list items, headings) and dropping the tags themselves.
#pragma once
#include <string>
#include <vector>

namespace bescore {

/// The pieces one Markdown source line holds once its HTML is read: split at block tags (<br>, <p>, <li>, <div>,
/// <hN>, <tr>...), a list item as "- item", an <hN> heading as "N hashes item", inline tags (<b>, <a>, <img>,
/// comments) dropped and entities (&nbsp; &amp; &lt; &gt; &quot; &#39;) decoded. A line without a tag comes back
/// as it is; empty pieces are left out.
std::vector<std::string> html_pieces(const std::string& line);

}  // namespace bescore
