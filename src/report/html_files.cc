#include "report/html_files.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "extract/extract.h"
#include "base/text.h"
#include "report/pdf_writer_module.h"
#include "report/annotate_pdf.h"
#include "report/page_images.h"
#include "report/resume_html.h"

namespace bescore {

namespace {

// Writes bytes to path through a temporary sibling renamed into place (as batch --out does), so a failed write
// leaves no partial file. Returns the one-line cause, or empty.
std::string write_file(const std::string& path, const std::string& bytes) {
  std::string temp = path + "." + std::to_string(getpid()) + ".partial";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (!file) return "cannot write: " + std::string(std::strerror(errno));
    if (!(file << bytes) || !file.flush()) {
      std::remove(temp.c_str());
      return "write failed";
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    return "cannot write: " + why;
  }
  return "";
}

Result<std::vector<std::string>> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot be read again to show it"};
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  repair_utf8(text);
  std::vector<std::string> lines;
  for (auto line : split_lines(text)) lines.emplace_back(line);
  if (!lines.empty() && lines.back().empty()) lines.pop_back();  // the newline ending the last line
  return lines;
}

// A DOCX is a ZIP, not text to show as it is: its paragraphs as bescore read them, each at its paragraph number
// (the line its findings point at).
Result<std::vector<std::string>> docx_paragraphs(const std::string& path) {
  auto doc = extract_file(path);
  if (!doc) return Error{"cannot be read again to show it (" + doc.error() + ")"};
  std::vector<std::string> lines;
  for (const auto& l : doc->lines) {
    if (l.at.line <= 0 || size_t(l.at.line) > doc->lines.size() * 4 + 1000) continue;
    if (size_t(l.at.line) > lines.size()) lines.resize(size_t(l.at.line));
    std::string& slot = lines[size_t(l.at.line) - 1];
    slot += (slot.empty() ? "" : " ") + l.text;
  }
  return lines;
}

// The main input, then each included file a finding points into, in order of first mention.
HtmlView source_view(const Report& report) {
  HtmlView view;
  std::vector<std::string> files{""};
  auto add = [&](const Location& at) {
    if (!at.file.empty() && std::find(files.begin(), files.end(), at.file) == files.end()) files.push_back(at.file);
  };
  for (const auto& f : report.findings) {
    add(f.at);
    for (const auto& l : f.lines) add(l);
  }
  for (const auto& file : files) {
    std::string path = file.empty() ? report.file : file;
    auto lines = report.format == "docx" && file.empty() ? docx_paragraphs(path) : read_lines(path);
    if (!lines) { view.notes.push_back(path + " " + lines.error() + "; its findings are listed without it."); continue; }
    view.sources.push_back({file, path, std::move(*lines)});
  }
  return view;
}

}  // namespace

int write_html_report(const Report& report, const std::string& out_file, std::ostream& out, std::ostream& err) {
  HtmlView view;
  if (report.format == "pdf") {
    auto module = pdf_writer_module();
    auto pages = module ? module.value()->render_pages(report.file, kPageDpi, report.resume.pages)
                        : Result<std::vector<PageImage>>(Error{module.error()});
    if (pages) {
      view.pages = std::move(*pages);
      for (const auto& page : view.pages)
        if (page.dpi < kPageDpi)
          view.notes.push_back("Page " + std::to_string(page.page) + " is too large to draw at " + std::to_string(kPageDpi) +
                               " dpi: it is shown at " + std::to_string(int(std::lround(page.dpi))) + " dpi.");
    }
    else view.notes.push_back("The pages could not be shown (" + pages.error() + "); the findings are listed without them.");
  } else {
    view = source_view(report);
  }
  std::string html = resume_to_html(report, view);
  if (out_file.empty()) {
    out << html;
    return 0;
  }
  if (std::string failed = write_file(out_file, html); !failed.empty()) {
    err << "bescore: " << out_file << ": " << failed << "\n";
    return 2;
  }
  return 0;
}

int write_annotated_pdf(const Report& report, const std::string& out_file, std::ostream& err) {
  if (report.format != "pdf") {
    err << "bescore: " << report.file << ": --annotate needs a PDF (this is " << report.format << ")\n";
    return 2;
  }
  std::error_code ec;
  if (std::filesystem::equivalent(report.file, out_file, ec)) {
    err << "bescore: " << out_file << ": --annotate would overwrite the input PDF\n";
    return 2;
  }
  auto module = pdf_writer_module();
  if (!module) {
    err << "bescore: " << report.file << ": " << module.error() << "\n";
    return 2;
  }
  auto pdf = module.value()->annotate(report.file, report);
  if (!pdf) {
    err << "bescore: " << report.file << ": " << pdf.error() << "\n";
    return 2;
  }
  if (std::string failed = write_file(out_file, pdf->bytes); !failed.empty()) {
    err << "bescore: " << out_file << ": " << failed << "\n";
    return 2;
  }
  return 0;
}

}  // namespace bescore
