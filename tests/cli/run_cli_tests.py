#!/usr/bin/env python3
"""CLI tests: run the built binary on the samples and the shared corpus, check exit codes, JSON fields
and specific findings. Usage: run_cli_tests.py BESCORE SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

CORPUS = os.path.join(SRC, "..", "shared", "corpus")


def run(*args, stdin=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60, input=stdin)



def report(path, *extra):
    r = run("--format", "json", *extra, path)
    check(f"{path} exits 0", r.returncode == 0, r.stderr)
    return json.loads(r.stdout) if r.returncode == 0 else {}


def sample(name):
    return os.path.join(SRC, "samples", name)


# Scores of the samples
strong = report(sample("strong-backend.txt"))
check("strong sample scores >= 85", strong.get("score", 0) >= 85, strong.get("score"))
weak = report(sample("weak-backend.txt"))
check("weak sample scores <= 50", weak.get("score", 100) <= 50, weak.get("score"))
resp = [f for f in weak.get("findings", []) if f["rule"] == "phrasing/responsibility"]
lines = {f["location"]["line"] for f in resp}
with open(sample("weak-backend.txt"), encoding="utf-8") as fh:
    duty_line = next(i for i, l in enumerate(fh, 1) if "Responsible for database management" in l)
check("weak sample's duty bullet is flagged at its line", duty_line in lines, f"line {duty_line} not in {sorted(lines)}")
for key in ("file", "format", "ruleset", "score", "categories", "findings", "document"):
    check(f"JSON report has '{key}'", key in strong)
check("ruleset id and version", strong.get("ruleset") == {"id": "backend", "version": "1.0"}, strong.get("ruleset"))

for fmt in ("txt", "md", "pdf"):
    r = report(sample(f"strong-backend.{fmt}"))
    check(f"strong-backend.{fmt} scores >= 85", r.get("score", 0) >= 85, r.get("score"))
    r = report(sample(f"weak-backend.{fmt}"))
    check(f"weak-backend.{fmt} scores <= 50", r.get("score", 100) <= 50, r.get("score"))

# PDF specifics: page numbers in locations, formats told by content
pdf = report(sample("strong-backend.pdf"))
check("PDF findings/bullets carry page numbers",
      all(b["page"] >= 1 for s in pdf.get("document", {}).get("sections", []) for b in s["bullets"]))
with tempfile.TemporaryDirectory() as tmp:
    disguised = os.path.join(tmp, "resume.txt")
    with open(sample("strong-backend.pdf"), "rb") as src, open(disguised, "wb") as dst:
        dst.write(src.read())
    r = report(disguised)
    check("a PDF named .txt is read as a PDF", r.get("format") == "pdf", r.get("format"))

    # Bad input: one line naming the file, exit 2, and the other files still scored
    empty = os.path.join(tmp, "empty.pdf")
    open(empty, "w").close()
    junk = os.path.join(tmp, "junk.pdf")
    with open(junk, "wb") as fh:
        fh.write(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    r = run("--format", "json", empty, sample("strong-backend.txt"), junk, os.path.join(tmp, "missing.pdf"))
    check("bad inputs exit 2", r.returncode == 2, r.returncode)
    errs = r.stderr.strip().splitlines()
    check("one error line per bad file", len(errs) == 3, errs)
    check("error names the file and cause", any(e == f"bescore: {empty}: file is empty" for e in errs), errs)
    check("missing file error", any(e.endswith("missing.pdf: no such file") for e in errs), errs)
    good = json.loads(r.stdout) if r.stdout else []
    check("the good file is still scored", len(good) == 1 and good[0]["score"] >= 85, r.stdout[:200])

# Thresholds
r = run("--fail-under", "60", sample("weak-backend.txt"))
check("--fail-under trips with exit 1", r.returncode == 1, r.returncode)
r = run("--fail-under", "60", sample("strong-backend.txt"))
check("--fail-under passes with exit 0", r.returncode == 0, r.returncode)
r = run("--no-such-flag")
check("usage error exits 2", r.returncode == 2, r.returncode)

# Determinism
a = run("--format", "json", sample("strong-backend.pdf")).stdout
b = run("--format", "json", sample("strong-backend.pdf")).stdout
check("byte-identical output on two runs", a == b)

# explain / rules / version / dump-text
r = run("explain", "impact/quantified")
check("explain prints why and source", r.returncode == 0 and "Why:" in r.stdout and "Source (the articles: docs/advice.md):\n  A1 " in r.stdout, r.stderr)
r = run("rules")
check("rules lists the core ids", all(i in r.stdout for i in (
    "impact/quantified", "impact/system-thinking", "phrasing/responsibility", "phrasing/action-verb", "backend/depth",
    "skills/focus", "summary/generic", "order/backend-first", "evidence/links", "projects/depth")), r.stdout[:300])
r = run("--version")
check("--version", r.returncode == 0 and r.stdout.startswith("bescore "), r.stdout)
r = run("--dump-text", sample("strong-backend.txt"))
check("--dump-text shows sections and traits", "[experience]" in r.stdout and "quantified" in r.stdout, r.stdout[:200])

# Real PDFs from public templates: scored without error, sections found
if os.path.isdir(CORPUS):
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".pdf"):
            continue
        d = report(os.path.join(CORPUS, name))
        kinds = [s["kind"] for s in d.get("document", {}).get("sections", [])]
        bullets = sum(len(s["bullets"]) for s in d.get("document", {}).get("sections", []))
        check(f"corpus {name}: experience section found", "experience" in kinds, kinds)
        check(f"corpus {name}: bullets found", bullets >= 3, bullets)
    d = report(os.path.join(CORPUS, "rendercv-Classic.pdf"))
    texts = [b["text"] for s in d.get("document", {}).get("sections", []) for b in s["bullets"]]
    check("rendercv footer 'John Doe – 1/2' is not content", not any("1/2" in t or "2/2" in t for t in texts))
    for name in ("altacv-sample.pdf", "moderncv-casual.pdf", "twentyseconds-cv.pdf"):
        d = report(os.path.join(CORPUS, name))
        check(f"placeholder resume {name} scores low", d.get("score", 100) < 60, d.get("score"))

finish()
