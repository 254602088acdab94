// Shared by the *_test.cc files only: score a resume given as a string with the built-in rules.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "parse/parser.h"
#include "check/ruleset.h"
#include "score/report.h"

namespace bescore::testing {

inline const RuleSet& backend_rules() {
  static auto set = load_ruleset("backend");
  if (!set) throw std::runtime_error(set.error());
  return **set;
}

inline Resume parse_text(const std::string& text, bool markdown = false) {
  auto doc = read_text(text, "test.txt", markdown);
  if (!doc) throw std::runtime_error(doc.error());
  return parse_resume(*doc, backend_rules().vocabulary);
}

inline Report score_text(const std::string& text, bool markdown = false) {
  return score_resume(parse_text(text, markdown), backend_rules());
}

/// Findings of one rule, in report order.
inline std::vector<Finding> findings_of(const Report& r, const std::string& rule) {
  std::vector<Finding> out;
  std::copy_if(r.findings.begin(), r.findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.rule == rule; });
  return out;
}

inline int points_lost(const Report& r, const std::string& rule) {
  int n = 0;
  for (const auto& f : findings_of(r, rule)) n += f.points;
  return n;
}

/// A resume that follows the advice; tests break one thing at a time.
inline std::string strong_resume() {
  return R"(Ana Kovač
Backend Engineer
ana.kovac@example.com | +1 415 555 0100 | github.com/anakovac | https://shipyard-demo.fly.dev

SUMMARY
Backend engineer specialising in payment APIs and event-driven systems in Go and PostgreSQL; 6 years building services that handle 50M requests/day.

EXPERIENCE
Senior Backend Engineer — Tidewater Pay, Lisbon | Jan 2021 – Present
- Built a REST payments API in Go serving 40K requests/day at p99 < 150 ms with PostgreSQL and Redis caching
- Redesigned the ledger schema with composite indexes, cutting average query time by 65% across 12 endpoints
- Moved settlement to a Kafka pipeline processing 3K events/sec, reducing batch runtime from 4 hours to 20 minutes
- Automated blue-green deploys on Kubernetes with GitHub Actions, raising releases from weekly to 10/day

Backend Engineer — Lumen Freight, Porto | Jun 2018 – Dec 2020
- Migrated 8 services to Docker on AWS ECS, cutting infrastructure cost by 30%
- Added OpenTelemetry tracing and Prometheus alerts, cutting incident resolution time from 2 hours to 25 minutes
- Built a RabbitMQ notification worker sending 1.5M messages/month at 99.95% uptime

PROJECTS
Shipyard — github.com/anakovac/shipyard
- Built a job-queue REST API with JWT auth, PostgreSQL migrations, Redis caching and 85% test coverage, deployed on Fly.io

SKILLS
Languages: Go, SQL
Data: PostgreSQL, Redis, Kafka
Infrastructure: Docker, Kubernetes, AWS

EDUCATION
B.Sc. Computer Science — University of Porto | 2014 – 2018
)";
}

/// Replaces the first occurrence of from with to (fails loudly when absent, so a test cannot silently test nothing).
inline std::string replace(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  if (pos == std::string::npos) throw std::runtime_error("test fixture has no '" + from + "'");
  return text.replace(pos, from.size(), to);
}

}  // namespace bescore::testing
