#include "check/util.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("an entry is named by its title and organisation, not by a project's link") {
  Entry e;
  e.title = "Backend Engineer";
  e.organisation = "GitHub";  // an employer (a project's "GitHub" label is no organisation: parser_test)
  CHECK(entry_label(e) == "Backend Engineer at GitHub");
  e.organisation = "https://github.com/jo/ledger";
  CHECK(entry_label(e) == "Backend Engineer");
  e.title.clear();
  e.organisation = "Acme Corp";
  CHECK(entry_label(e) == "Acme Corp");
  e.organisation.clear();
  e.at.line = 12;
  CHECK(entry_label(e) == "untitled entry at line 12");
}
