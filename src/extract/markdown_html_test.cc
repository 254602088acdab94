#include "extract/markdown_html.h"

#include <doctest/doctest.h>

#include "extract/extract.h"

using namespace bescore;
using Pieces = std::vector<std::string>;

TEST_CASE("HTML in Markdown: tags dropped, blocks split, list items and headings kept as Markdown") {
  CHECK(html_pieces("Built a payments API in Go") == Pieces{"Built a payments API in Go"});
  CHECK(html_pieces("latency < 50 ms, <3 retries") == Pieces{"latency < 50 ms, <3 retries"});  // no tags
  CHECK(html_pieces("### <b> Experience: </b>") == Pieces{"### Experience:"});
  CHECK(html_pieces("<ul> <li> Go </li> <li> Kafka &amp; NATS </li> </ul>") == Pieces{"- Go", "- Kafka & NATS"});
  CHECK(html_pieces("Acme Corp, <br> Lisbon (2021 - 2023) </i> </p>") == Pieces{"Acme Corp,", "Lisbon (2021 - 2023)"});
  CHECK(html_pieces("<h2 align=\"center\">Skills</h2>") == Pieces{"## Skills"});
  CHECK(html_pieces("<!-- Education --> <img src=\"me.png\"/>").empty());
  CHECK(html_pieces("<p style=\"font-size: 10px\"> &nbsp;&nbsp;Backend engineer</p>") == Pieces{"Backend engineer"});
}

TEST_CASE("a Markdown resume in HTML or set whole in a fenced block reads line by line, at its source lines") {
  auto doc = read_text("# Ana Silva\n### <b> Experience: </b>\n<ul> <li> Built a <i>Go</i> API &amp; a queue </li>\n"
                       "<!-- a comment -->\n", "cv.md", true);
  REQUIRE(doc);
  REQUIRE(doc->lines.size() == 3);
  CHECK(doc->lines[1].text == "Experience:");
  CHECK(doc->lines[1].heading == 3);
  CHECK(doc->lines[2].text == "Built a Go API & a queue");
  CHECK(doc->lines[2].bullet);
  CHECK(doc->lines[2].at.line == 3);
  auto fenced = read_text("```text\nAna Silva\n\nEXPERIENCE\n2019-2023   ACME, Staff SE\n     Led *the* rewrite\n```\n", "cv.md", true);
  REQUIRE(fenced);
  REQUIRE(fenced->lines.size() == 4);
  CHECK(fenced->lines[1].text == "EXPERIENCE");
  CHECK(fenced->lines[2].text == "2019-2023 | ACME, Staff SE");
  CHECK(fenced->lines[3].text == "Led *the* rewrite");  // plain text: no Markdown inside the fence
  CHECK(fenced->lines[3].indent == 5);
}

TEST_CASE("HTML in Markdown: autolinks, generics and open comments are not tags; a point's mark waits for its text") {
  CHECK(html_pieces("<ana@example.com> | <https://github.com/ana>") ==
        Pieces{"<ana@example.com> | <https://github.com/ana>"});
  CHECK(html_pieces("Built a generic Cache<K, V> in <b>C++</b>") == Pieces{"Built a generic Cache<K, V> in C++"});
  CHECK(html_pieces("<li><p>Built order APIs</p></li>") == Pieces{"- Built order APIs"});
  CHECK(html_pieces("Go <!-- old job, hidden <b>draft</b>") == Pieces{"Go", "<!-- old job, hidden <b>draft</b>"});
  CHECK(html_pieces("<b>a</b> &amp;lt; b") == Pieces{"a &lt; b"});  // decoded once
  auto doc = read_text("# Ana\n<!-- old job <b>x</b>\n### Intern | Fabrikam | 2015\n-->\n```bash\ncurl -X POST localhost\n```\n"
                       "Go\n", "cv.md", true);
  REQUIRE(doc);
  REQUIRE(doc->lines.size() == 2);  // the comment and the code fence are not read
  CHECK(doc->lines[1].text == "Go");
}
