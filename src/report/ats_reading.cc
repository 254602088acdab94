#include "report/ats_reading.h"

#include <set>

namespace bescore {

namespace {

void page_block(std::string& out, const char* title, int page, const std::vector<std::pair<int, std::string>>& lines) {
  out += "  " + std::string(title) + "\n";
  for (const auto& [p, text] : lines)
    if (p == page) out += "    " + text + "\n";
}

}  // namespace

std::string readings_to_text(const Resume& r) {
  const LayoutFacts& f = r.layout;
  std::string out = r.file + " (" + r.format + ")\n";
  if (!f.known) {
    return out + "  a " + r.format +
           " source has no page layout: an applicant tracking system reads the PDF or DOCX made from it; run "
           "--dump-text --as-ats on that file\n";
  }
  std::set<int> pages;
  for (const auto& [p, text] : f.plain_reading) pages.insert(p);
  for (const auto& [p, text] : f.reconstruction) pages.insert(p);
  for (int page : pages) {
    out += page ? "\npage " + std::to_string(page) + "\n" : "\n";
    page_block(out, r.format == "docx" ? "a plain extractor (document body only; headers and footers are separate parts):"
                                        : "a plain extractor (each line straight across the page, headers kept):",
               page, f.plain_reading);
    page_block(out, r.format == "docx" ? "bescore (body, then header and footer lines not in it):"
                                        : "bescore (column by column, running headers left out):",
               page, f.reconstruction);
  }
  return out;
}

nlohmann::ordered_json layout_to_json(const LayoutFacts& f) {
  nlohmann::ordered_json j;
  j["file_bytes"] = f.file_bytes;
  j["pages"] = f.pages;
  j["page_facts"] = nlohmann::ordered_json::array();
  for (const auto& p : f.page) {
    nlohmann::ordered_json pj;
    pj["page"] = p.page;
    pj["words"] = p.words;
    pj["columns"] = p.columns;
    pj["read_across"] = p.read_across;
    pj["images"] = p.images;
    j["page_facts"].push_back(pj);
  }
  j["tiny_words"] = f.tiny_words;
  j["header_lines"] = f.header_lines;
  j["contact_only_in_header"] = f.contact_only_in_header;
  const GlyphFacts& g = f.glyphs;
  j["glyphs"] = {{"words", g.words},         {"garbled_words", g.garbled_words}, {"private_use", g.private_use},
                 {"cid", g.cid},             {"replacement", g.replacement},     {"ligature", g.ligature},
                 {"example", g.example}};
  auto reading = [](const std::vector<std::pair<int, std::string>>& lines) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& [p, text] : lines) a.push_back({{"page", p}, {"text", text}});
    return a;
  };
  if (!f.plain_reading.empty() || !f.reconstruction.empty()) {
    j["plain_reading"] = reading(f.plain_reading);
    j["reconstruction"] = reading(f.reconstruction);
  }
  return j;
}

}  // namespace bescore
