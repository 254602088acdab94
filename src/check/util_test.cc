#include "check/util.h"

#include <doctest/doctest.h>

using namespace bescore;

TEST_CASE("an entry is named by its title and organisation, not by a project's link") {
  Entry e;
  e.title = "Ledger";
  e.organisation = "Acme Corp";
  CHECK(entry_label(e) == "Ledger at Acme Corp");
  for (const char* link : {"GitHub", "gitlab", "https://github.com/jo/ledger"}) {
    e.organisation = link;
    CHECK_MESSAGE(entry_label(e) == "Ledger", link);
  }
  e.title.clear();
  e.organisation = "Acme Corp";
  CHECK(entry_label(e) == "Acme Corp");
  e.organisation.clear();
  e.at.line = 12;
  CHECK(entry_label(e) == "untitled entry at line 12");
}
