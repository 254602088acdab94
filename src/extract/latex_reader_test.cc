#include <doctest/doctest.h>

#include <map>

#include "extract/extract.h"
#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

// Includes served from memory, by the path the reader asks for.
SourceLoader files(std::map<std::string, std::string> by_path) {
  return [by_path](const std::string& path) -> Result<std::string> {
    auto it = by_path.find(path);
    if (it == by_path.end()) return Error{"no such file"};
    return it->second;
  };
}

Document latex(const std::string& text, const std::map<std::string, std::string>& includes = {},
               const std::string& path = "cv/main.tex") {
  auto doc = read_latex(text, path, files(includes));
  if (!doc) throw std::runtime_error(doc.error());
  return *doc;
}

const TextLine& line_with(const Document& doc, const std::string& start) {
  for (const auto& l : doc.lines)
    if (l.text.rfind(start, 0) == 0) return l;
  throw std::runtime_error("no line starts with '" + start + "'");
}

const char* kArticle = R"(\documentclass{article}
\usepackage{enumitem}
\begin{document}
\section*{Experience}
\textbf{Backend Engineer} --- Acme, Berlin \hfill Jan 2020 -- Present
\begin{itemize}[leftmargin=*]
  \item Built the orders API in Go serving 4K requests/day % a note to self
  \item Cut p99 latency by 40\%
\end{itemize}
\end{document}
)";

}  // namespace

TEST_CASE("an \\item at source line N becomes a bullet at line N") {
  Document doc = latex(kArticle);
  CHECK(doc.format == "latex");
  const TextLine& item = line_with(doc, "Built the orders API");
  CHECK(item.bullet);
  CHECK(item.at.line == 7);
  CHECK(item.at.file.empty());
  CHECK(item.text == "Built the orders API in Go serving 4K requests/day");
  CHECK(line_with(doc, "Cut p99").text == "Cut p99 latency by 40%");
  const TextLine& heading = line_with(doc, "Experience");
  CHECK(heading.heading == 1);
  CHECK(heading.at.line == 4);

  Resume r = parse_resume(doc, backend_rules().vocabulary);
  REQUIRE(r.sections_of(SectionKind::experience).size() == 1);
  const Entry& e = r.sections_of(SectionKind::experience).front()->entries.front();
  CHECK(e.title == "Backend Engineer");
  CHECK(e.organisation == "Acme");
  CHECK(e.start == "2020-01");
  REQUIRE(e.bullets.size() == 2);
  CHECK(e.bullets[0].at.line == 7);
  CHECK(e.bullets[1].at.line == 8);
}

TEST_CASE("a bullet from an included file carries that file's name and its own line") {
  std::string main = "\\documentclass{article}\n\\begin{document}\nAna Kovač\n\\input{sections/experience}\n\\end{document}\n";
  std::string experience = "% Experience\n\\section{Experience}\n\\resumeSubHeadingListStart\n"
                           "  \\resumeSubheading{Backend Engineer}{Jun 2018 -- Dec 2020}{Lumen Freight}{Porto}\n"
                           "  \\resumeItemListStart\n"
                           "    \\resumeItem{Responsible for database management}\n";
  Document doc = latex(main, {{"cv/sections/experience.tex", experience}});
  const TextLine& item = line_with(doc, "Responsible for");
  CHECK(item.bullet);
  CHECK(item.at.file == "cv/sections/experience.tex");
  CHECK(item.at.line == 6);
  CHECK(line_with(doc, "Ana").at.file.empty());

  Report rep = score_resume(parse_resume(doc, backend_rules().vocabulary), backend_rules());
  auto duty = findings_of(rep, "phrasing/responsibility");
  REQUIRE(!duty.empty());
  CHECK(duty.front().at.file == "cv/sections/experience.tex");
  CHECK(duty.front().at.line == 6);
}

TEST_CASE("macros are stripped to their text, links keep a hidden URL") {
  Document doc = latex(R"(\begin{document}
\item \textbf{Built} the \emph{orders} API \& queue~worker --- 50\% faster, 2019--2021
\item \href{https://github.com/ana/shipyard}{Shipyard} and \href{https://github.com/ana}{\underline{github.com/ana}}
\item Caf\'e for Ko\v{c}i\'c, \textit{tested}\\ second line % comment {with} braces
\item \textcolor{blue}{Blue} \vspace{2pt}text \$5 `quoted'' \url{https://x.dev/a_b}
\end{document})");
  REQUIRE(doc.lines.size() == 5);
  CHECK(doc.lines[0].text == "Built the orders API & queue worker — 50% faster, 2019–2021");
  CHECK(doc.lines[1].text == "Shipyard (https://github.com/ana/shipyard) and github.com/ana");
  CHECK(doc.lines[2].text == "Café for Kočić, tested");
  CHECK(doc.lines[3].text == "second line");
  CHECK_FALSE(doc.lines[3].bullet);
  CHECK(doc.lines[4].text == "Blue text $5 ‘quoted” https://x.dev/a_b");
}

TEST_CASE("Jake's \\resumeSubheading gives the entry line the parser splits, in either argument order") {
  Document doc = latex(R"(\begin{document}
\section{Experience}
\resumeSubheading
  {Senior Backend Engineer}{Apr 2022 -- Present}
  {Parcelwise}{Chicago}
\section{Education}
\resumeSubheading{Lakeview State University}{Madison}{B.S. Computer Science}{2013 -- 2017}
\resumeProjectHeading{\textbf{Relaybox} $|$ \emph{Go, Redis}}{}
\end{document})");
  const TextLine& job = line_with(doc, "Senior");
  CHECK(job.text == "Senior Backend Engineer — Parcelwise, Chicago | Apr 2022 – Present");
  CHECK(job.at.line == 4);  // the line with the title the person edits, not the bare command
  CHECK(line_with(doc, "B.S.").text == "B.S. Computer Science — Lakeview State University, Madison | 2013 – 2017");
  CHECK(line_with(doc, "Relaybox").text == "Relaybox | Go, Redis");
  Resume r = parse_resume(doc, backend_rules().vocabulary);
  const Entry& e = r.sections_of(SectionKind::experience).front()->entries.front();
  CHECK(e.organisation == "Parcelwise");
  CHECK(e.location == "Chicago");
  CHECK(e.end == "present");
}

TEST_CASE("moderncv: preamble contacts become the header, \\cventry an entry with bullets") {
  Document doc = latex(R"(\documentclass{moderncv}
\moderncvstyle{classic}
\name{Ana}{Kovač}
\title{Backend Engineer}
\email{ana@example.com}
\phone[mobile]{+1~415~555~0100}
\social[github]{anakovac}
\newcommand{\mail}[1]{\email{#1}}
\begin{document}
\makecvtitle
\section{Experience}
\subsection{Vocational}
\cventry{2021--Present}{Senior Backend Engineer}{Tidewater Pay}{Lisbon}{}{Payments platform.\newline{}%
Detailed achievements:
\begin{itemize}
\item Built a REST payments API in Go
\end{itemize}}
\cvitem{Languages}{Go, SQL}
\end{document})");
  REQUIRE(doc.lines.size() >= 7);
  CHECK(doc.lines[0].text == "Ana Kovač");
  CHECK(doc.lines[0].at.line == 3);
  CHECK(doc.lines[1].text == "Backend Engineer");
  CHECK(doc.lines[2].text == "ana@example.com | +1 415 555 0100 | github.com/anakovac");
  CHECK(line_with(doc, "Senior").text == "Senior Backend Engineer — Tidewater Pay, Lisbon | 2021–Present");
  CHECK(line_with(doc, "Payments platform.").bullet);
  CHECK(line_with(doc, "Detailed achievements:").bullet);  // description text after \newline stays a bullet
  const TextLine& item = line_with(doc, "Built a REST");
  CHECK(item.bullet);
  CHECK(item.at.line == 16);
  CHECK(line_with(doc, "Languages").text == "Languages: Go, SQL");
  // "Vocational" only groups the entries: kept as a line, the parser would take it for the job title.
  CHECK_THROWS(line_with(doc, "Vocational"));
  Resume r = parse_resume(doc, backend_rules().vocabulary);
  const Entry& e = r.sections_of(SectionKind::experience).front()->entries.front();
  CHECK(e.title == "Senior Backend Engineer");
  CHECK(e.organisation == "Tidewater Pay");
  CHECK(e.bullets.size() == 3);
}

TEST_CASE("awesome-cv: \\cvsection and the five-argument \\cventry") {
  Document doc = latex(R"(\begin{document}
\cvsection{Experience}
\begin{cventries}
  \cventry{Backend Engineer}{Lumen Freight}{Porto}{Jun 2018 - Dec 2020}{
    \begin{cvitems}
      \item {Migrated 8 services to Docker}
    \end{cvitems}
  }
\end{cventries}
\end{document})");
  CHECK(line_with(doc, "Experience").heading == 1);
  CHECK(line_with(doc, "Backend").text == "Backend Engineer — Lumen Freight, Porto | Jun 2018 - Dec 2020");
  CHECK(line_with(doc, "Migrated").bullet);
  CHECK(line_with(doc, "Migrated").at.line == 6);
}

TEST_CASE("Awesome-CV's \\import{\\sectiondir}{file} is followed through the macro's text") {
  std::string main = "\\documentclass{awesome-cv}\n\\newcommand*{\\sectiondir}{resume/}\n\\begin{document}\n"
                     "\\import{\\sectiondir}{experience.tex}\n\\end{document}\n";
  Document doc = latex(main, {{"cv/resume/experience.tex", "\\cvsection{Experience}\n\\cvitem{}{Built X}\n"}});
  const TextLine& item = line_with(doc, "Built X");
  CHECK(item.bullet);
  CHECK(item.at.file == "cv/resume/experience.tex");
  CHECK(item.at.line == 2);
}

TEST_CASE("a missing include, a cycle and deep nesting are one-line errors naming the include") {
  auto missing = read_latex("\\begin{document}\n\\section{Experience}\n\\input{sections/work}\n", "cv/main.tex", files({}));
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == "\\input{sections/work} (line 3): cv/sections/work.tex: no such file");

  auto cycle = read_latex("\\input{a}\n", "main.tex", files({{"a.tex", "\\input{main}\n"}}));
  REQUIRE_FALSE(cycle);
  CHECK(cycle.error() == "\\input{main} in a.tex (line 1): include cycle main.tex → a.tex → main.tex");

  std::map<std::string, std::string> chain;
  for (int i = 1; i <= 12; ++i) chain["f" + std::to_string(i) + ".tex"] = "\\input{f" + std::to_string(i + 1) + "}\n";
  auto deep = read_latex("\\input{f1}\n", "main.tex", files(chain));
  REQUIRE_FALSE(deep);
  CHECK(deep.error() == "\\input{f11} in f10.tex (line 1): includes nested deeper than 10");
  CHECK(deep.error().find('\n') == std::string::npos);
}

TEST_CASE("LaTeX is told by name or by content, after PDF") {
  CHECK(detect_format("Ana\nBackend Engineer\n", "resume.tex") == "latex");
  CHECK(detect_format("\\documentclass{article}\n", "resume.txt") == "latex");
  CHECK(detect_format("\\section{Experience}\n\\item Built X\n", "resume") == "latex");
  CHECK(detect_format("%PDF-1.4\n\\documentclass", "resume.tex") == "pdf");
}

TEST_CASE("includes outside the resume's folder are not read: a note names each refused include") {
  std::vector<std::string> asked;
  SourceLoader spy = [&](const std::string& path) -> Result<std::string> {
    asked.push_back(path);
    return std::string("SECRET-TEXT\n");
  };
  std::string main =
      "\\begin{document}\nAna Kovač\n\\input{/etc/hostname}\n\\input{../other/secret}\n\\include{~/notes}\n"
      "\\import{../}{x.tex}\n\\input{sections/ok}\n\\end{document}\n";
  auto doc = read_latex(main, "cv/main.tex", spy);
  REQUIRE(doc);
  CHECK(asked == std::vector<std::string>{"cv/sections/ok.tex"});
  std::vector<std::string> refused;
  for (const auto& n : doc->notes)
    if (n.find("not read") != std::string::npos) refused.push_back(n);
  REQUIRE(refused.size() == 4);
  CHECK(refused[0] == "\\input{/etc/hostname} (line 3): not read, an absolute path (includes must stay in the resume's folder)");
  CHECK(refused[1] == "\\input{../other/secret} (line 4): not read, outside the resume's folder (includes must stay in the resume's folder)");
  CHECK(refused[2].rfind("\\input{~/notes} (line 5): not read, an absolute path", 0) == 0);
  CHECK(refused[3].rfind("\\input{../x.tex} (line 6): not read, outside", 0) == 0);
}
