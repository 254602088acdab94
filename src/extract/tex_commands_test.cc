#include <doctest/doctest.h>

#include "extract/latex_reader.h"
#include "extract/tex_commands.h"

using namespace bescore;
using namespace bescore::tex;

namespace {

// A template none of the built-in rows knows: its entries are \jobentry{Org}{Dates}{Title}{Place}{description}
// and its headings \cvpart{...}.
const char* kNewTemplate = R"(\documentclass{article}
\begin{document}
\cvpart{Experience}
\jobentry{Harbourline Freight}{Mar 2021 -- Present}
  {Backend Engineer}{Rotterdam}{
  \begin{itemize}
    \item Cut p99 latency of the booking API from 900 ms to 120 ms
  \end{itemize}}
\end{document}
)";

Document read_with(const CommandTable& commands) {
  auto doc = read_latex(kNewTemplate, "cv/main.tex", [](const std::string&) -> Result<std::string> {
    return Error{"no includes here"};
  }, ExtractLimits{}, commands);
  if (!doc) throw std::runtime_error(doc.error());
  return *doc;
}

const TextLine* line_starting(const Document& doc, const std::string& start) {
  for (const auto& l : doc.lines)
    if (l.text.rfind(start, 0) == 0) return &l;
  return nullptr;
}

}  // namespace

TEST_CASE("a template's new command needs only its row in the command table") {
  // Unknown, the commands' arguments are words run together: no heading, no entry line the parser can split.
  Document before = read_with(template_commands());
  REQUIRE(line_starting(before, "Experience"));
  CHECK(line_starting(before, "Experience")->heading == 0);
  CHECK_FALSE(line_starting(before, "Backend Engineer"));

  CommandTable table = template_commands();
  table["cvpart"] = make_heading(1);
  table["jobentry"] = make_entry({{Field::Org, Field::Dates, Field::Title, Field::Place, Field::Description}});
  Document after = read_with(table);
  const TextLine* heading = line_starting(after, "Experience");
  REQUIRE(heading);
  CHECK(heading->heading == 1);
  CHECK(heading->at.line == 3);
  const TextLine* entry = line_starting(after, "Backend Engineer");
  REQUIRE(entry);
  CHECK(entry->text == "Backend Engineer — Harbourline Freight, Rotterdam | Mar 2021 – Present");
  CHECK(entry->at.line == 4);  // where its first argument is written
  CHECK_FALSE(entry->bullet);
  const TextLine* bullet = line_starting(after, "Cut p99");
  REQUIRE(bullet);
  CHECK(bullet->bullet);
  CHECK(bullet->at.line == 7);
}

TEST_CASE("an entry command with two layouts of one length takes the one whose dates argument holds dates") {
  const std::vector<EntryLayout>& jake = template_commands().at("resumeSubheading").layouts;
  const EntryLayout* job = fitting_layout(jake, {"Engineer", "2020 -- 2022", "Acme", "Berlin"});
  REQUIRE(job);
  CHECK(entry_line(*job, {"Engineer", "2020 -- 2022", "Acme", "Berlin"}) == "Engineer — Acme, Berlin | 2020 -- 2022");
  const EntryLayout* school = fitting_layout(jake, {"Lakeview University", "Madison", "B.S.", "2013 -- 2017"});
  REQUIRE(school);
  CHECK(entry_line(*school, {"Lakeview University", "Madison", "B.S.", "2013 -- 2017"}) ==
        "B.S. — Lakeview University, Madison | 2013 -- 2017");
  // Dates in both places, or in neither: the last layout.
  CHECK(fitting_layout(jake, {"a", "2020", "b", "2021"}) == school);
  CHECK(fitting_layout(jake, {"a", "b", "c", "d"}) == school);
  // No layout of three arguments: the reader joins them instead.
  CHECK(fitting_layout(jake, {"a", "b", "c"}) == nullptr);
}
