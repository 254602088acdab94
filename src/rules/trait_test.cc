// The built-in traits on bullets written the way people write them: each kind of figure, duty and
// backend work a careful reader sees, with look-alikes that are not.
#include "rules/trait.h"

#include <doctest/doctest.h>

#include "check/ruleset.h"

using namespace bescore;

namespace {

// Whether the built-in backend rule set gives text the trait.
bool has(const std::string& trait, const std::string& text) {
  static const auto set = *load_ruleset("backend");
  return set->vocabulary.traits.at(trait).test(text, set->vocabulary.lexicon->find(text));
}

void check_all(const std::string& trait, std::initializer_list<const char*> yes, std::initializer_list<const char*> no) {
  for (const char* text : yes) CHECK_MESSAGE(has(trait, text), trait << " missed: " << text);
  for (const char* text : no) CHECK_MESSAGE(!has(trait, text), trait << " wrongly given: " << text);
}

}  // namespace

TEST_CASE("quantified: before and after values with an arrow or an approximate 'from X to Y'") {
  check_all("quantified",
            {"Grew weekly signups 2k → 15k after the referral launch", "Cut cold start 900ms -> 300ms",
             "Brought build time from ~25 min to ~6 min"},
            {"Migrated the dashboard from Angular to React", "Moved hosting from Heroku to AWS in 2021"});
}

TEST_CASE("quantified: ratios and scores without a unit word") {
  check_all("quantified",
            {"Cut the checkout error rate from 0.8 to 0.1", "Kept a 4.7/5 rating from on-site customers",
             "Raised the Lighthouse score to 98", "Trained a churn model reaching ROC AUC 0.91"},
            {"Rated the vendor proposals for the procurement team", "Scored candidates with the hiring rubric"});
}

TEST_CASE("quantified: counts with a plus sign, counts of people and artefacts, number words") {
  check_all("quantified",
            {"Wrote 40+ integration tests for the ledger", "Reviewed 120+ pull requests", "Ported 14 legacy modules to TypeScript",
             "Onboarded 9 partner clinics", "Led a team of six across two offices", "Split the monolith into three services",
             "Hired two engineers and a designer", "Cut the deploy checklist by half"},
            {"Built three-dimensional renderer for CAD files", "Optimised one of the slowest pages of the app",
             "Refactored the C++ rendering core"});
}

TEST_CASE("quantified: dates, versions and product names are not figures") {
  check_all("quantified", {},
            {"Upgraded the service to Python 3 and Django 4", "Built the Next.js 14 storefront with server components",
             "Shipped the Windows 11 installer for the desktop client", "Released version 2 of the billing app in March 2021",
             "Ported the Quest 2 app to the new headset", "Worked on the phase 2 requirements", "Kept the 24/7 support line staffed",
             "Designed the idempotent payments API", "Built 3D printed enclosures for sensors"});
}

TEST_CASE("quantified: numbers added without meaning to a bullet do not make it a result") {
  check_all("quantified", {}, {"Built the signup form across 3 projects using 5 tools"});
}

TEST_CASE("scale: throughput with 'of', a fleet's size, users and requests counted in words") {
  check_all("scale",
            {"Tuned a MySQL database handling more than 100k of transactions per second",
             "Rolled out a sharded MySQL cluster (over 200 nodes) with Vitess", "Ran 1.5k servers across three regions",
             "Monitored the performance of 20–40 servers", "Patched kernels across 3,000 hosts",
             "Kept payment services up for millions of customers", "Cut the API's cost while serving tens of thousands of requests"},
            {"Deployed the app on 2 servers", "Built 40+ services in Go", "Wrote thousands of lines of tests",
             "Scaled the team from 3 to 8 engineers", "Upgraded Ubuntu 20.04 servers", "Patched Windows Server 2019 instances",
             "Moved to PostgreSQL 14 replicas"});
}

TEST_CASE("responsibility: assignments in the passive and duties in the present tense") {
  check_all("responsibility",
            {"Was assigned to the billing squad to fix invoice bugs", "Tasked with keeping the staging data fresh",
             "Manages the release calendar for the mobile team", "Work with product managers to groom the backlog",
             "Support the sales engineers during customer pilots"},
            {"Designed the idempotent payments API", "Built support for resumable uploads in the file service",
             "Assigned ownership labels to every alert, cutting unrouted pages by 70%"});
}

TEST_CASE("responsibility: routine activities with a frequency, even with a count") {
  check_all("responsibility",
            {"Ran weekly status meetings for the data team", "Prepared monthly usage reports for finance",
             "Answered 25 support tickets per week from merchants"},
            {"Moved releases from monthly to weekly, cutting lead time by 60%", "Processed 4M events per day on the ingest service"});
}

TEST_CASE("responsibility: support and on-call coverage, ceremonies") {
  check_all("responsibility",
            {"Took part in the weekly on-call rotation", "Provided on-call coverage for the payments platform",
             "Covered the support queue for enterprise customers", "Attended daily stand-ups and sprint planning",
             "Facilitated sprint retrospectives for the squad"},
            {"Reduced on-call pages by 40% by tuning alerts", "Introduced async stand-ups, cutting meeting time by 30%",
             "Wrote the runbook for on-call engineers", "Mentored four engineers through design reviews and on-call rotations"});
}

TEST_CASE("responsibility: a duty opening stays a duty when a result follows it") {
  check_all("responsibility",
            {"Collaborated with designers on onboarding, raising activation by 12%",
             "Worked on the search indexer, cutting reindex time by half", "Managed deployments for the team, reaching daily releases",
             "Platform engineer on the pricing service", "Test environment maintenance in the shared cloud account"},
            {"Maintained 99.9% uptime for the checkout service", "Supported 20k requests per second on the order API",
             "Automated maintenance of database indexes with a nightly job", "Led the migration of the monolith to six services"});
}

TEST_CASE("backend: design or client work that mentions an API or an SDK is not backend") {
  check_all("backend",
            {"Designed the idempotent payments API", "Added pagination to the public orders API",
             "Built a worker that calls the partner API to sync orders"},
            {"Designed screens in Figma that call the payments API", "Built a client-side chart viewer for a stock quotes API",
             "Built a trip planner with the Google Maps API", "Used the Android camera API to scan receipts",
             "Integrated the Stripe SDK into the iOS checkout screen", "Paired with backend engineers to polish the signup flow",
             "Deployed the marketing website on an edge network", "Deployed a gesture model on a wearable device",
             "Refactored the telemetry remote API in the app, cutting calls by 30%",
             "Rewrote the API layer in the Android app with Retrofit"});
  // The API of an app is most often its server: it stays backend work.
  check_all("backend", {"Built the API of the mobile app, handling 3,000 users"}, {});
}

TEST_CASE("backend: server-side work described without a technology word") {
  check_all("backend",
            {"Made the nightly batch job resumable after partial failures", "Repartitioned the clickstream topic to spread consumer load",
             "Wrote a load-test suite for the checkout flow", "Moved the analytics warehouse to a columnar store",
             "Built ingestion for partner price feeds", "Set up patching and package management for the build fleet"},
            {"Created a backup email account for the shop", "Built a markdown content pipeline for the blog theme"});
}

TEST_CASE("backend: teaching, people and community work about backend topics is not backend work") {
  check_all("backend", {},
            {"Taught a class on databases to first-year students", "Ran workshops for 300 students on cloud services",
             "Did community service at the local library"});
}

TEST_CASE("evidence: the duty's words as written, never a part-word the pattern peeked at") {
  static const auto set = *load_ruleset("backend");
  const Trait& duty = set->vocabulary.traits.at("responsibility");
  CHECK(duty.evidence("Senior engineer interviewer & junior mentor") == "Senior engineer interviewer");
  CHECK(duty.evidence("Responsible for database management") == "Responsible for");
  CHECK(duty.evidence("Worked on the billing service") == "Worked on");
}
