#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

namespace {

Posting posting(const std::string& text, bool markdown = true) { return testing::posting_of(text, markdown); }

// The ask of the first clause containing needle.
Ask ask_of(const Posting& p, const std::string& needle) {
  for (const auto& c : p.clauses)
    if (c.text.find(needle) != std::string::npos) return c.ask;
  FAIL("no clause contains " << needle);
  return Ask::none;
}

bool has_clause(const Posting& p, const std::string& needle) {
  for (const auto& c : p.clauses)
    if (c.text.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("the title is the Title: line, else the first heading, cut at the company") {
  CHECK(posting("# Senior Backend Engineer — Kestrel Freight\n\nWe move pallets.\n").title == "Senior Backend Engineer");
  CHECK(posting("Acme careers\nTitle: Platform Engineer (Remote)\n", false).title == "Platform Engineer");
  CHECK(posting("Backend Developer at Tallowfield\nWe sell books.\n", false).title == "Backend Developer");
  CHECK(posting("Backend Developer at Tallowfield\n", false).title_at.line == 1);
  CHECK(posting("Title: Software Engineer, Backend\n", false).title == "Software Engineer, Backend");
  // "Position:" and "Role:" name a title only when a role follows, not the contract.
  CHECK(posting("# Senior Backend Engineer\n\nPosition: Full-time, permanent\n").title == "Senior Backend Engineer");
  CHECK(posting("Acme careers\nRole: Backend Developer\n", false).title == "Backend Developer");
}

TEST_CASE("headings set the ask of the lines under them: requirements, nice to have, about us") {
  auto p = posting(
      "# Backend Engineer\n\nIntro with Go.\n\n## What we're looking for\n- Kafka in production\n\n"
      "## Nice to have\n- Terraform\n\n## About us\n- We use Slack and Rust\n\n## Benefits\n- Redis stickers\n");
  CHECK(ask_of(p, "Intro with Go") == Ask::preferred);  // the introduction, when a requirements section exists
  CHECK(ask_of(posting("# Backend Engineer\n\nYou will build services in Go.\n"), "in Go") == Ask::required);
  CHECK(ask_of(p, "Kafka") == Ask::required);
  CHECK(ask_of(p, "Terraform") == Ask::preferred);
  CHECK_FALSE(has_clause(p, "Rust"));   // about the company: asks nothing
  CHECK_FALSE(has_clause(p, "Redis"));  // benefits
}

TEST_CASE("an unmarked 'Experience with ...' line inside Nice to have stays a wish and keeps the list preferred") {
  Posting p = posting("Backend Engineer\n\nRequirements\nGo\n\nNice to have\nExperience with monitoring\nKafka\nRust\n", false);
  CHECK(ask_of(p, "Kafka") == Ask::preferred);
  CHECK(ask_of(p, "Rust") == Ask::preferred);
  CHECK(ask_of(p, "Go") == Ask::required);
}

TEST_CASE("plain-text headings: capitals, a trailing colon, or a short known heading naming no technology") {
  auto p = posting("Platform Engineer\n\nREQUIREMENTS\n- Go\n\nPreferred:\n- Helm\n\nMust have\n- Docker\n", false);
  CHECK(ask_of(p, "Go") == Ask::required);
  CHECK(ask_of(p, "Helm") == Ask::preferred);
  CHECK(ask_of(p, "Docker") == Ask::required);
  // A short line that names a technology is a sentence, not a heading that changes what follows.
  auto q = posting("Backend Engineer\n\nRequirements\nKafka is a plus\n- Go\n", false);
  CHECK(ask_of(q, "Kafka") == Ask::preferred);
  CHECK(ask_of(q, "Go") == Ask::required);
}

TEST_CASE("an inline label asks for its line, a sentence cue and a parenthesis make their own clause") {
  auto p = posting("# Backend Engineer\n## Requirements\n- Bonus: Terraform\n- Strong SQL (Postgres preferred)\n"
                   "- Go; Rust would be nice\n- Message queues (e.g. Kafka)\n");
  CHECK(ask_of(p, "Terraform") == Ask::preferred);
  CHECK(ask_of(p, "Strong SQL") == Ask::required);
  CHECK(ask_of(p, "Postgres") == Ask::preferred);
  CHECK(ask_of(p, "Go") == Ask::required);
  CHECK(ask_of(p, "Rust") == Ask::preferred);
  bool aside = false;
  for (const auto& c : p.clauses) if (c.text == "e.g. Kafka") aside = c.aside;
  CHECK(aside);
}

TEST_CASE("heading_ask: preferred wins over required words, about-headings by what they are about") {
  Ask a = Ask::none;
  REQUIRE(heading_ask("Preferred qualifications", a));
  CHECK(a == Ask::preferred);
  REQUIRE(heading_ask("Minimum qualifications:", a));
  CHECK(a == Ask::required);
  REQUIRE(heading_ask("About you", a));
  CHECK(a == Ask::required);
  REQUIRE(heading_ask("About Kestrel", a));
  CHECK(a == Ask::none);
  CHECK_FALSE(heading_ask("The team", a));
}

// Postings as people paste them from job boards (issue 18): each form with a made-up posting.

TEST_CASE("bold Markdown headings, curly apostrophes and emoji set the ask of the lines under them") {
  auto p = posting(
      "Title: Backend Engineer\nCompany: Quillmoor\nLocation: Leeds, UK\n\nQuillmoor makes ledgers for bakeries.\n\n"
      "**\xF0\x9F\x9A\x80 What You\xE2\x80\x99ll Do**\n* Build billing services in Elixir\n\n"
      "**Bonus points**\n* Terraform\n\n**What\xE2\x80\x99s in it for you?**\n* A Redis-shaped mug\n");
  CHECK(ask_of(p, "Elixir") == Ask::required);
  CHECK(ask_of(p, "Terraform") == Ask::preferred);
  CHECK_FALSE(has_clause(p, "Redis"));
}

TEST_CASE("a 'Label: value' line (Location: Remote) labels its own line, not the rest of the posting") {
  auto p = posting("Title: Platform Engineer\nLocation: Remote, Portugal\n\nYou will run Kubernetes clusters.\n", false);
  CHECK(ask_of(p, "Kubernetes") == Ask::required);
}

TEST_CASE("headings as questions and phrases: 'Is this you?', 'Who you are', 'Our stack'") {
  Ask a = Ask::none;
  REQUIRE(heading_ask("Is this you?", a));
  CHECK(a == Ask::required);
  REQUIRE(heading_ask("Who you are:", a));
  CHECK(a == Ask::required);
  REQUIRE(heading_ask("\xE2\x9C\xA8 Our stack", a));
  CHECK(a == Ask::preferred);
  REQUIRE(heading_ask("What's in it for you?", a));
  CHECK(a == Ask::none);
  REQUIRE(heading_ask("Equal opportunity", a));
  CHECK(a == Ask::none);
}

TEST_CASE("a stack list that expects no prior knowledge is a wish, before and after the sentence") {
  auto p = posting(
      "# Backend Engineer\n\n## What we're looking for\n- Three years building web services in Python\n\n"
      "## Tools\n- Temporal\n- We do not expect prior knowledge of any of these.\n- ClickHouse\n");
  CHECK(ask_of(p, "Python") == Ask::required);
  CHECK(ask_of(p, "Temporal") == Ask::preferred);
  CHECK(ask_of(p, "ClickHouse") == Ask::preferred);
}

TEST_CASE("bullets as *, -, bullets, numbers or none all read as asks of their section") {
  auto p = posting("Backend Developer\n\nREQUIREMENTS\n\xE2\x80\xA2 Ruby\n1. Sidekiq\n2) Postgres\nNATS\n* Rust\n- Go\n", false);
  for (const char* t : {"Ruby", "Sidekiq", "Postgres", "NATS", "Rust", "Go"}) CHECK(ask_of(p, t) == Ask::required);
}

TEST_CASE("an empty 'Location:' label, 'About the opportunity' and 'Required skills: What you need' headings") {
  auto p = posting("Title: Web Engineer\nLocation:\nLisbon\n\nAbout the opportunity\nYou will ship Svelte pages.\n\n"
                   "Required skills: What you need\nElixir\n\nPreferred skills: Nice-to-haves\nNATS\n", false);
  CHECK(ask_of(p, "Svelte") == Ask::required);
  CHECK(ask_of(p, "Elixir") == Ask::required);
  CHECK(ask_of(p, "NATS") == Ask::preferred);
}

TEST_CASE("an inline label that names a technology keeps it: 'Experience with test automation: TDD, unit testing'") {
  auto p = posting("# Backend Engineer\n## Requirements\n- Experience with test automation: TDD, unit testing\n"
                   "- Nice to have: Kafka\n");
  CHECK(has_clause(p, "test automation"));
  CHECK(ask_of(p, "TDD") == Ask::required);
  CHECK_FALSE(has_clause(p, "Nice to have"));  // a label that names no technology is dropped
  CHECK(ask_of(p, "Kafka") == Ask::preferred);
}

TEST_CASE("headings of postings seen in the wild: the project, extras the ideal candidate also has, long headings") {
  auto p = posting("Backend Engineer\n\nHere you'll get:\n* A Redis-shaped mug\n\nAbout the project:\n"
                   "We build billing services in Kotlin.\n\nRequirements:\n* Go\n\nIdeal candidates will also have:\n"
                   "* Terraform\n\nExperience with some of the following is a huge bonus:\n* Helm\n", false);
  CHECK_FALSE(has_clause(p, "Redis"));  // what the job gives, not what it asks
  CHECK(ask_of(p, "Kotlin") == Ask::required);
  CHECK(ask_of(p, "Go") == Ask::required);
  CHECK(ask_of(p, "Terraform") == Ask::preferred);
  CHECK(ask_of(p, "Helm") == Ask::preferred);
  Ask a = Ask::none;
  REQUIRE(heading_ask("Desired Characteristics", a));
  CHECK(a == Ask::preferred);
}

TEST_CASE("a parenthesis that states a wish asks for what it names; one that lists gives examples") {
  auto p = posting("# Backend Engineer\n## Requirements\n- Cloud services (Azure preferred)\n- Message queues (Kafka, NATS)\n");
  int seen = 0;
  for (const auto& c : p.clauses) {
    if (c.text == "Azure preferred") { CHECK_FALSE(c.aside); ++seen; }
    if (c.text == "Kafka, NATS") { CHECK(c.aside); ++seen; }
  }
  CHECK(seen == 2);
  CHECK(ask_of(p, "Azure") == Ask::preferred);
}

TEST_CASE("'What you'll get to do' is the work and LinkedIn's 'Desired Skills and Experience' its requirements") {
  auto p = posting("Backend Engineer\n\nWhat you'll get to do:\n* Build services in Go\n\nDesired Skills and Experience:\n"
                   "* Kafka\n", false);
  CHECK(ask_of(p, "Go") == Ask::required);
  CHECK(ask_of(p, "Kafka") == Ask::required);
}
