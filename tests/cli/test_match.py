#!/usr/bin/env python3
"""Job matching (--job), the path rule sets and --rules auto, end to end with real values.
Usage: test_match.py BESCORE SOURCE_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

SAMPLES = os.path.join(SRC, "samples")
JOBS = os.path.join(SAMPLES, "jobs")
# Entry dates count up to "present"; pin today (2026-11-30) so the picks and their reasons are reproducible.
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1795996800")



def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60, env=ENV)


def report(*args):
    r = run("--format", "json", *args)
    if r.returncode not in (0, 1):
        raise SystemExit(f"bescore {' '.join(args)} failed: {r.returncode} {r.stderr}")
    return json.loads(r.stdout)


def sample(name):
    return open(os.path.join(SAMPLES, name), encoding="utf-8").read()


tmp = tempfile.mkdtemp(prefix="bescore-match-")


def write(name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def skill(match, name):
    return next((s for s in match["skills"] if s["name"] == name), None)


def rules_fired(rep):
    return {f["rule"] for f in rep["findings"]}


# --- matching --------------------------------------------------------------------------------------------

RESUME = write("resume.txt", """Noor Haddad
Backend Developer
noor@example.com | github.com/noorhaddad | https://ledgerline.onrender.com

WORK EXPERIENCE
Backend Developer — Saltmarsh Energy, Leeds | Mar 2022 – Present
- Wrote a metering service in Go over PostgreSQL that ingests 2M readings/day with p95 under 80 ms
- Shipped 9 workers to Kubernetes through GitHub Actions, cutting deploy time from 40 to 6 minutes

TECHNICAL SKILLS
Go, SQL
PostgreSQL, Redis
""")

# Aliases: the posting says Postgres and k8s, the resume PostgreSQL and Kubernetes.
alias = report("--job", write("alias.md", "# Backend Engineer\n\n## Requirements\n- Postgres\n- k8s\n"), RESUME)["match"]
pg, k8s = skill(alias, "PostgreSQL"), skill(alias, "Kubernetes")
check("alias: Postgres in the posting is PostgreSQL evidenced at resume line 7",
      pg and pg["resume"] == "evidenced" and pg["resume_line"] == 7 and pg["posting_line"] == 4, pg)
check("alias: k8s in the posting is Kubernetes evidenced at resume line 8",
      k8s and k8s["resume"] == "evidenced" and k8s["resume_line"] == 8 and k8s["family"] == "orchestration", k8s)
check("alias: both found, 100%", alias["percentage"] == 100 and alias["required"] == 2, alias["percentage"])

# Weighting: Go evidenced (credit 1), Redis listed only (0.5), Kafka missing (0); required 2, preferred 1.
pref = report("--job", write("pref.md", "# Backend Engineer\n## Requirements\n- Go\n- Redis\n## Nice to have\n- Kafka\n"), RESUME)["match"]
req = report("--job", write("req.md", "# Backend Engineer\n## Requirements\n- Go\n- Redis\n- Kafka\n"), RESUME)["match"]
check("weights: Kafka preferred gives (2 + 1 + 0) / 5 = 60%", pref["percentage"] == 60, pref["percentage"])
check("weights: Kafka required gives (2 + 1 + 0) / 6 = 50%", req["percentage"] == 50, req["percentage"])
check("weights: counts of required and preferred", (pref["required"], pref["preferred"], req["required"], req["preferred"]) == (2, 1, 3, 0))
check("weights: reported", pref["weights"] == {"required": 2.0, "preferred": 1.0, "listed_credit": 0.5,
                                         "neighbour_fit": 0.8, "other_kind_fit": 0.6}, pref["weights"])
check("listed only: Redis is in the skills list at line 12, not in a bullet",
      skill(req, "Redis")["resume"] == "listed" and skill(req, "Redis")["resume_line"] == 12, skill(req, "Redis"))
check("missing first, then listed, then evidenced",
      [s["resume"] for s in req["skills"]] == ["missing", "listed", "evidenced"], [s["resume"] for s in req["skills"]])

# A family word: "message queues (e.g. Kafka, RabbitMQ)" is one ask, satisfied by any queue.
fam = report("--job", write("fam.md", "# Backend Engineer\n## Requirements\n- Message queues (e.g. Kafka, RabbitMQ)\n- CI/CD\n"),
             os.path.join(SAMPLES, "new-grad.txt"))["match"]
mq = skill(fam, "message queues")
check("family word: message queues evidenced by RabbitMQ", mq and mq["resume"] == "evidenced" and mq["resume_term"] == "RabbitMQ", mq)
check("family word: its examples are not asked again", skill(fam, "Kafka") is None and fam["required"] == 2, fam["skills"])

# Stuffing: one posting term in 7 lines, and a skills list padded with 4 posting terms no bullet shows.
stuffed = sample("strong-backend.txt").replace(
    "\nPROJECTS", "".join(f"- Tuned Kubernetes cluster number {i} for the platform team\n" for i in range(5)) + "\nPROJECTS", 1)
posting = write("stuff.md", "# Backend Engineer\n## Requirements\n- Go\n- Kubernetes\n- Terraform\n- gRPC\n- Consul\n- Nomad\n")
st = report("--job", posting, write("stuffed.txt", stuffed))["match"]["stuffing"]
check("stuffing: Kubernetes named in more than 6 lines is reported",
      any(s["kind"] == "repeated" and s["terms"] == ["Kubernetes"] and s["resume_mentions"] == 7 and s["posting_mentions"] == 1 and len(s["lines"]) == 7
          for s in st), st)
padded = sample("strong-backend.txt").replace("Platform: Docker, Kubernetes, AWS", "Platform: Docker, Kubernetes, AWS, Consul, Nomad", 1)
padded = padded.replace("Languages: Go, SQL", "Languages: Go, SQL, Elixir", 1)
posting2 = write("pad.md", "# Backend Engineer\n## Requirements\n- Go\n- Kubernetes\n- Consul\n- Nomad\n- Elixir\n- AWS\n")
pd = report("--job", posting2, write("padded.txt", padded))["match"]["stuffing"]
check("stuffing: a skills list padded with 3 posting terms is not reported", pd == [], pd)
posting3 = write("pad4.md", "# Backend Engineer\n## Requirements\n- Go\n- Consul\n- Nomad\n- Elixir\n- Erlang\n")
pd4 = report("--job", posting3, write("padded4.txt", padded.replace("SQL, Elixir", "SQL, Elixir, Erlang")))["match"]["stuffing"]
check("stuffing: padded with 4 posting terms never in a bullet is reported",
      len(pd4) == 1 and pd4[0]["kind"] == "padded" and pd4[0]["terms"] == ["Consul", "Nomad", "Elixir", "Erlang"], pd4)
check("stuffing: none on the samples' own postings",
      all(report("--job", os.path.join(JOBS, j), os.path.join(SAMPLES, s))["match"]["stuffing"] == []
          for j, s in [("senior-backend.md", "senior-backend.txt"), ("backend.md", "strong-backend.txt")]))

# Titles.
def title(posting_title, resume_file):
    return report("--job", write("t.md", f"# {posting_title}\n## Requirements\n- Go\n"), resume_file)["match"]["title"]

t = title("Senior Backend Developer", os.path.join(SAMPLES, "strong-backend.txt"))
check("title yes: Senior Backend Engineer for a Senior Backend Developer posting",
      t["verdict"] == "yes" and t["resume"] == "Senior Backend Engineer" and t["shared"] == ["backend", "engineer"], t)
t = title("Backend Engineer", os.path.join(SAMPLES, "mobile-to-backend.txt"))
check("title partial: Software Engineer for a Backend Engineer posting",
      t["verdict"] == "partial" and t["resume"] == "Software Engineer" and t["resume_line"] == 2, t)
t = title("Backend Engineer", write("ios.txt", sample("mobile-to-backend.txt").replace("Software Engineer\n", "Senior iOS Engineer\n", 1)))
check("title no: only iOS and Android titles for a Backend Engineer posting",
      t["verdict"] == "no" and t["why"] == "a mobile title for a backend posting", t)

# The sample pairs, and the text block.
pairs = [("senior-backend.md", "senior-backend.txt"), ("new-grad-backend.md", "new-grad.txt"),
         ("software-engineer-backend.txt", "mobile-to-backend.txt"), ("platform-engineer.txt", "platform.txt"),
         ("backend.md", "strong-backend.txt")]
for job, res in pairs:
    m = report("--job", os.path.join(JOBS, job), os.path.join(SAMPLES, res))["match"]
    check(f"sample pair {job} / {res}: a real match (>= 80%), title yes or partial",
          m["percentage"] >= 80 and m["title"]["verdict"] in ("yes", "partial"), (m["percentage"], m["title"]))
fe = report("--job", write("fe.md", "# Frontend Engineer\n## Requirements\n- Go\n- Kafka\n"), os.path.join(SAMPLES, "strong-backend.txt"))["match"]
check("role: a backend resume for a frontend posting keeps 0.6 of its skills match",
      fe["skills_percentage"] == 100 and fe["percentage"] == 60 and fe["role"]["posting"] == "frontend"
      and fe["role"]["resume"] == "backend" and fe["role"]["resume_from"] == "headline", fe)
wrong = report("--job", os.path.join(JOBS, "platform-engineer.txt"), os.path.join(SAMPLES, "new-grad.txt"))["match"]
check("a new grad against the platform posting matches far less", wrong["percentage"] < 60, wrong["percentage"])

text = run("--job", os.path.join(JOBS, "senior-backend.md"), os.path.join(SAMPLES, "senior-backend.txt")).stdout
lines = text.splitlines()
block = next((l for l in lines if l.strip().startswith("match ")), "")
check("text: the match block follows the categories",
      block.strip().startswith("match ") and "% for Senior Backend Engineer: missing " in block
      and lines.index(block) < next(i for i, l in enumerate(lines) if l.strip().startswith("-")), block)
check("text: the title verdict is printed", any(l.strip().startswith("title yes: \"Staff Backend Engineer\"") for l in lines), lines)

r = run("--job", os.path.join(tmp, "no-such-posting.md"), os.path.join(SAMPLES, "strong-backend.txt"))
check("an unreadable posting is a usage error, one line", r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
      and "no-such-posting.md" in r.stderr, (r.returncode, r.stderr))
check("without --job there is no match object", "match" not in report(os.path.join(SAMPLES, "strong-backend.txt")))

# --- path rule sets --------------------------------------------------------------------------------------

PATHS = {
    "backend-new-grad": ("new-grad.txt", ["experience/internship", "backend/sql-shown", "evidence/links"]),
    "backend-senior": ("senior-backend.txt", ["senior/leadership", "senior/architecture", "senior/cross-team"]),
    "mobile-to-backend": ("mobile-to-backend.txt", ["positioning/headline", "mobile/framing", "structure/sections"]),
    "platform": ("platform.txt", ["platform/stack", "platform/reliability"]),
}
for rules, (own, distinctive) in PATHS.items():
    rep = report("--rules", rules, os.path.join(SAMPLES, own))
    check(f"{rules}: its own sample scores >= 95 and none of its distinctive rules fire",
          rep["score"] >= 95 and not (rules_fired(rep) & set(distinctive)), (rep["score"], rules_fired(rep) & set(distinctive)))
    listing = run("--rules", rules, "rules").stdout
    check(f"{rules}: 100 points", ", 100 points" in listing.splitlines()[0], listing.splitlines()[0])
    for rule in distinctive:
        src = run("--rules", rules, "explain", rule).stdout
        check(f"{rules}: {rule} names its source article", re.search(r"^Source .*\n  A\d [A-Z]", src, re.M), src[:400])


def fired(rules, text, rule):
    rep = report("--rules", rules, write("broken.txt", text))
    return next((f for f in rep["findings"] if f["rule"] == rule), None)


ng = sample("new-grad.txt")
f = fired("backend-new-grad", ng.replace("Backend Engineering Intern", "Backend Engineer", 1), "experience/internship")
check("new grad: no internship costs 10 points", f and f["points"] == 10, f)
f = fired("backend-new-grad", ng.replace("github.com/tomasherrera", "gitea.example.org/tomasherrera"), "evidence/links")
check("new grad: no GitHub costs 8 points (4 in backend)", f and f["points"] == 8, f)
no_sql = ng
for old, new in [("on a new composite PostgreSQL index, ", ""), (" with SQL window functions", ""), ("against a Dockerised PostgreSQL", "in Docker"),
                 ("Modelled users, groups and ledgers in PostgreSQL through 14 Alembic migrations, computing settlements in one SQL query with window functions",
                  "Modelled users, groups and ledgers for settlements computed on every request"),
                 ("Deployed Docker images to Render with managed PostgreSQL", "Deployed Docker images to Render"),
                 ("Deduplicated alerts with PostgreSQL unique constraints and idempotency keys", "Deduplicated alerts with idempotency keys"),
                 ("reducing primary database load", "reducing load")]:
    no_sql = no_sql.replace(old, new, 1)
f = fired("backend-new-grad", no_sql, "backend/sql-shown")
check("new grad: no SQL in the bullets is reported", f is not None and f["points"] > 0, f)
check("new grad: the backend set does not have these rules",
      not ({"experience/internship", "backend/sql-shown"} & rules_fired(report(write("b.txt", no_sql.replace("Backend Engineering Intern", "Backend Engineer"))))))

sr = sample("strong-backend.txt")
f = fired("backend-senior", sr, "senior/leadership")
check("senior: 2 leadership bullets of 3 wanted is reported on strong-backend", f and f["points"] == 3 and "2 bullets" in f["message"], f)
flat = sample("senior-backend.txt")
for old, new in [("Architected the double-entry ledger as an event-sourced service", "Built the double-entry ledger service"),
                 ("Sharded the 6 TB payments database by merchant with zero downtime", "Moved the 6 TB payments database to new hardware with zero downtime"),
                 ("Designed a gRPC rate-quoting service", "Built a gRPC rate-quoting service"),
                 ("Led the split of the billing monolith into 6 services across 4 teams, with an RFC process",
                  "Moved billing code into 6 services, with a release process"),
                 ("Partnered with the risk and data teams on an idempotent payout API", "Built a payout API"),
                 ("adopted by 9 teams", "used by 9 services"), ("Drove a company-wide", "Wrote a"),
                 ("Tuned slow PostgreSQL queries with composite indexes and schema design reviews", "Tuned slow PostgreSQL queries with composite indexes")]:
    flat = flat.replace(old, new, 1)
f = fired("backend-senior", flat, "senior/architecture")
check("senior: no design decisions is reported", f is not None and f["points"] == 6, f)
f = fired("backend-senior", flat, "senior/cross-team")
check("senior: no work across teams is reported", f is not None and f["points"] == 3, f)

mb = sample("mobile-to-backend.txt")
f = fired("mobile-to-backend", mb.replace("Software Engineer\n", "iOS Engineer seeking backend work\n", 1), "positioning/headline")
check("mobile: an iOS headline seeking backend work costs 6 points, the header lines named",
      f and f["points"] == 6 and {"page": 0, "line": 2} in f["lines"] and '"iOS Engineer", "seeking backend"' in f["message"], f)
f = fired("mobile-to-backend", mb.replace("- Led the migration to Swift concurrency", "- Built the iOS app used by 2.5M monthly users\n- Led the migration to Swift concurrency", 1),
          "mobile/framing")
check("mobile: 'Built the iOS app' is reported", f and "Built the iOS app" in f["message"] and f["location"]["line"] == 25, f)
f = fired("mobile-to-backend", mb.split("\nPROJECTS\n")[0] + "\nEXPERIENCE\n" + mb.split("\nEXPERIENCE\n")[1], "structure/sections")
check("mobile: no projects section costs 3 points", f and f["points"] == 3, f)

f = fired("platform", ng, "platform/stack")
check("platform: the new-grad resume shows too few platform areas", f is not None and f["points"] > 0, f)
f = fired("platform", ng, "platform/reliability")
check("platform: one reliability figure of 2 wanted is reported on the new-grad resume", f and f["points"] == 4, f)

# --- --rules auto ----------------------------------------------------------------------------------------

for res, want, because in [
        ("new-grad.txt", "backend-new-grad", 'internships only ("Backend Engineering Intern")'),
        ("mobile-to-backend.txt", "mobile-to-backend", 'the latest role, "Senior iOS Engineer", has a mobile title'),
        ("senior-backend.txt", "backend-senior", "12.1 years of experience from entry dates (8 or more)"),
        ("platform.txt", "platform", 'the latest role, "Platform Engineer", has an SRE, platform or DevOps title')]:
    rep = report("--rules", "auto", os.path.join(SAMPLES, res))
    check(f"auto: {res} gets {want}", rep["ruleset"] == {"id": want, "version": "1.0", "picked_because": because}, rep["ruleset"])
backend_pick = write("mid.txt", sample("strong-backend.txt").replace("Jun 2017 – Jun 2019", "Jun 2021 – Jun 2022").replace("Jul 2019 – Mar 2022", "Jul 2022 – Mar 2023").replace("Apr 2022", "Apr 2023"))
rep = report("--rules", "auto", backend_pick)
check("auto: 5 years as a backend engineer gets backend", rep["ruleset"]["id"] == "backend" and "5." in rep["ruleset"]["picked_because"], rep["ruleset"])
r = run("--rules", "auto", os.path.join(SAMPLES, "platform.txt"))
check("auto: text mode says what it picked on stderr, one line",
      r.stderr.strip() == 'bescore: --rules auto: platform (the latest role, "Platform Engineer", has an SRE, platform or DevOps title)'
      and "backend rules: platform and infrastructure" in r.stdout, r.stderr)
check("auto: a named set has no picked_because", "picked_because" not in report(os.path.join(SAMPLES, "platform.txt"))["ruleset"])
# Standard input is read once: auto keeps the backend set and says why; the file is still scored from it.
with open(os.path.join(SAMPLES, "platform.txt"), encoding="utf-8") as fh:
    r = subprocess.run([BIN, "--rules", "auto", "-"], input=fh.read(), capture_output=True, text=True, timeout=60, env=ENV)
check("auto: standard input is not read ahead to pick from, and is still scored",
      r.returncode == 0 and r.stderr.strip() == "bescore: --rules auto: backend (standard input is read only once, so not ahead to pick from)"
      and "score" in r.stdout, (r.returncode, r.stderr))
# The first file is read to pick within the run's limits: one over --max-size keeps the backend set, then is refused.
r = run("--rules", "auto", "--max-size", "1", "--max-text", "100", os.path.join(SAMPLES, "platform.txt"))
check("auto: the pick reads within the run's limits", "could not be read to pick from" in r.stderr and r.returncode == 2, (r.returncode, r.stderr))

# backend-senior's leadership trait needs people or the lead of work: "Set up", "Managed backups", "Grew the test
# suite" are technical work, "Managed a team of 5" is leadership.
lead = write("lead.txt", "Ana Costa\nSenior Backend Engineer\nana@example.com\n\nEXPERIENCE\n"
             "Senior Backend Engineer — Acme, Lisbon | Mar 2015 – Present\n"
             "- Set up a Redis cache in front of the orders API\n- Managed PostgreSQL backups with pgBackRest\n"
             "- Grew the test suite to 900 cases\n- Managed a team of 5 engineers building the billing platform\n"
             "\nSKILLS\nGo, PostgreSQL, Redis\n")
dump = run("--rules", "backend-senior", "--dump-text", lead).stdout
tagged = [l for l in dump.splitlines() if "•" in l and "leadership" in l]
check("senior leadership: only the bullet that leads people", len(tagged) == 1 and "team of 5" in tagged[0], tagged)

finish()
