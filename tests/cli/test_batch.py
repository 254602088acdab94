#!/usr/bin/env python3
"""`bescore batch`: rows, scores, determinism across --jobs, error rows, timeouts, redaction, the summary and
the HTML report in headless Chromium (skipped when chromium is not installed).
Usage: test_batch.py BESCORE SOURCE_DIR"""
import csv
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from cli_support import BIN, SRC, check, chromium, finish, headless, sort_probe, sorted_keys

PEOPLE = os.path.join(SRC, "tests", "judgement", "people")
SAMPLES = os.path.join(SRC, "samples")
SUPPORTED = (".pdf", ".txt", ".md", ".markdown", ".docx", ".tex", ".json")


def run(*args, stdin=None, env=None, timeout=120):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout, input=stdin,
                          env=dict(os.environ, **(env or {})))



def walk(folder):
    found = []
    for root, _, files in os.walk(folder):
        found += [os.path.join(root, f) for f in files if f.lower().endswith(SUPPORTED)]
    return sorted(found)


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
        return fh.read()


def csv_rows(path):
    return list(csv.DictReader(io.StringIO(read(path), newline="")))


def single_report(path):
    r = run("--format", "json", path)
    return json.loads(r.stdout)


def summary_numbers(stdout):
    m = re.search(r"median ([\d.]+), quartiles ([\d.]+) and ([\d.]+)", stdout)
    return tuple(float(x) for x in m.groups()) if m else None


def quartiles(scores):
    # numpy's default (linear interpolation between closest ranks) is statistics' "inclusive" method.
    q1, q2, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    return tuple(round(x, 1) for x in (q2, q1, q3))


tmp = tempfile.mkdtemp(prefix="bescore-batch-")
try:
    # --- not resumes: the job postings under samples/jobs and the fixtures' README are error rows
    out = os.path.join(tmp, "not-resumes.csv")
    r = run("batch", os.path.join(SAMPLES, "jobs"), os.path.join(PEOPLE, "README.md"), "--out", out)
    rows = csv_rows(out) if os.path.exists(out) else []
    postings = [x for x in rows if "/jobs/" in x["file"]]
    check("not resumes: each posting is an error row that reads as a job posting",
          len(postings) == 5 and all("job posting" in x["error"] and not x["score"] for x in postings),
          [(x["file"], x["error"]) for x in postings])
    readme = [x for x in rows if x["file"].endswith("README.md")]
    check("not resumes: the fixtures' README is refused or scores under 25",
          len(readme) == 1 and (readme[0]["error"] or int(readme[0]["score"]) < 25), readme)
    # The cohort below is of resumes only: copies of the fixtures and samples without the postings and the README.
    PEOPLE = shutil.copytree(PEOPLE, os.path.join(tmp, "people"), ignore=shutil.ignore_patterns("README.md"))
    SAMPLES = shutil.copytree(SAMPLES, os.path.join(tmp, "samples"), ignore=shutil.ignore_patterns("jobs"))
    # --- the cohort: the 28 fixtures (and their README.md, a .md) and the samples, as CSV, with 1 and 4 jobs
    inputs = walk(PEOPLE) + walk(SAMPLES)
    outs = {}
    for jobs in ("1", "4"):
        for ext in ("csv", "jsonl", "html"):
            out = os.path.join(tmp, f"cohort-{jobs}.{ext}")
            r = run("batch", PEOPLE, SAMPLES, "--jobs", jobs, "--out", out)
            check(f"--jobs {jobs} .{ext} exits 0", r.returncode == 0, (r.returncode, r.stderr))
            check(f"--jobs {jobs} .{ext}: stderr is quiet when it is not a terminal", r.stderr == "", r.stderr[:300])
            outs[(jobs, ext)] = (read(out, "rb") if os.path.exists(out) else b"", r.stdout)
    for ext in ("csv", "jsonl", "html"):
        check(f".{ext}: the same bytes with --jobs 1 and --jobs 4", outs[("1", ext)][0] == outs[("4", ext)][0])
    check("the summary is the same with --jobs 1 and --jobs 4", outs[("1", "csv")][1] == outs[("4", "csv")][1])
    check("no temporary file is left behind", not [f for f in os.listdir(tmp) if f.endswith(".partial")], os.listdir(tmp))

    rows = csv_rows(os.path.join(tmp, "cohort-1.csv"))
    check("one CSV row per resume file", len(rows) == len(inputs), (len(rows), len(inputs)))
    check("rows in input order (folders walked, paths sorted)", [r["file"] for r in rows] == inputs,
          [r["file"] for r in rows][:3])
    # The LaTeX sample's \input part is a row that says so, not a score (it is not a resume on its own).
    part = [r for r in rows if r["file"].endswith(os.path.join("tex", "sections", "experience.tex"))]
    check("a LaTeX part another input pulls in is skipped with the reason",
          len(part) == 1 and part[0]["score"] == "" and part[0]["error"] ==
          f"skipped: a part of {os.path.join(SAMPLES, 'strong-backend.tex')} (\\input), not a resume on its own", part)
    rows = [r for r in rows if r not in part]
    inputs = [f for f in inputs if f not in [p["file"] for p in part]]
    by_file = {r["file"]: r for r in rows}
    strong_path = os.path.join(SAMPLES, "strong-backend.txt")
    strong_row, strong_json = by_file.get(strong_path, {}), single_report(strong_path)
    check("strong sample: the batch score is the single-file score", strong_row.get("score") == str(strong_json["score"]),
          (strong_row.get("score"), strong_json["score"]))
    check("strong sample scores >= 85", int(strong_row.get("score") or 0) >= 85, strong_row.get("score"))
    check("a column per category, as the JSON report has them",
          all(strong_row.get(c["id"]) == str(c["score"]) for c in strong_json["categories"]), strong_row)
    weak_path = os.path.join(SAMPLES, "weak-backend.pdf")
    weak_row, weak_json = by_file.get(weak_path, {}), single_report(weak_path)
    check("weak sample: score <= 50 and equal to the single-file score",
          weak_row.get("score") == str(weak_json["score"]) and int(weak_json["score"]) <= 50, weak_row.get("score"))
    lost = {}
    for f in weak_json["findings"]:
        lost[f["rule"]] = lost.get(f["rule"], 0) + f["points"]
    top = max(lost, key=lambda k: lost[k])
    check("weak sample: fix1 is the rule that costs the most points", (weak_row.get("fix1_rule"), weak_row.get("fix1_points")) ==
          (top, str(lost[top])), (weak_row.get("fix1_rule"), weak_row.get("fix1_points"), top, lost[top]))
    check("weak sample: fix1 message is that rule's first finding",
          weak_row.get("fix1_message") == next(f["message"] for f in weak_json["findings"] if f["rule"] == top))
    check("the error column is empty for scored files", all(r["error"] == "" for r in rows))

    # The summary on stdout: counts, median and quartiles of the scores, the most failed rules and their share
    stdout = outs[("1", "csv")][1]
    scores = [int(r["score"]) for r in rows]
    check("summary counts", stdout.startswith(f"scored {len(rows)}, failed 0, skipped 1 (not resumes)\n"), stdout[:80])
    check("summary median and quartiles", summary_numbers(stdout) == quartiles(scores), (summary_numbers(stdout), quartiles(scores)))
    reports = [json.loads(line) for line in read(os.path.join(tmp, "cohort-1.jsonl")).splitlines()]
    check("JSON Lines: the part is a line with its reason", [j for j in reports if "skipped" in j] ==
          [{"file": part[0]["file"], "skipped": part[0]["error"][len("skipped: "):]}] if part else False)
    reports = [j for j in reports if "skipped" not in j]
    check("JSON Lines: one full report per line, in input order", [j["file"] for j in reports] == inputs and
          all("findings" in j and "document" in j for j in reports))
    failing = {}
    for j in reports:
        for rule in {f["rule"] for f in j["findings"]}:
            failing[rule] = failing.get(rule, 0) + 1
    most = sorted(failing.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    listed = re.findall(r"^  (\S+)\s+(\d+)% \((\d+) of (\d+)\)$", stdout, re.M)
    check("summary lists the five most failed rules with their share",
          [(r, int(n)) for r, _, n, _ in listed] == most and all(int(p) == round(100 * int(n) / len(rows)) for _, p, n, _ in listed),
          (listed, most))

    # --- one bad file never stops the batch: error rows with their cause, the rest scored, exit 2
    bad = os.path.join(tmp, "bad")
    os.makedirs(os.path.join(bad, "nested"))
    open(os.path.join(bad, "empty.txt"), "w").close()
    rng = random.Random(4)
    with open(os.path.join(bad, "random.pdf"), "wb") as fh:
        fh.write(bytes(rng.randrange(256) for _ in range(8000)))
    with open(os.path.join(bad, "nested", "corrupt.pdf"), "wb") as fh:
        fh.write(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(8000)))
    shutil.copy(os.path.join(SAMPLES, "strong-backend.txt"), os.path.join(bad, "good.txt"))
    shutil.copy(os.path.join(SAMPLES, "weak-backend.pdf"), os.path.join(bad, "nested", "weak.pdf"))
    with open(os.path.join(bad, "notes.rtf"), "w") as fh:
        fh.write("not a supported extension: not walked")
    out = os.path.join(tmp, "bad.csv")
    r = run("batch", bad, os.path.join(tmp, "missing.pdf"), "--out", out, "--jobs", "3")
    check("bad files: exit 2", r.returncode == 2, (r.returncode, r.stderr))
    rows = {os.path.relpath(x["file"], bad): x for x in csv_rows(out)}
    check("bad files: one row each, unsupported extensions not walked", sorted(rows) ==
          sorted(["empty.txt", "random.pdf", "nested/corrupt.pdf", "good.txt", "nested/weak.pdf", "../missing.pdf"]), sorted(rows))
    check("empty file: error row", rows.get("empty.txt", {}).get("error") == "file is empty", rows.get("empty.txt"))
    check("random bytes .pdf: error row", rows.get("random.pdf", {}).get("error", "") != "" and
          rows["random.pdf"]["score"] == "", rows.get("random.pdf"))
    check("corrupt PDF: error row", "PDF" in rows.get("nested/corrupt.pdf", {}).get("error", ""), rows.get("nested/corrupt.pdf"))
    check("missing file: error row", rows.get("../missing.pdf", {}).get("error") == "no such file", rows.get("../missing.pdf"))
    check("the good files are still scored", rows.get("good.txt", {}).get("score") == str(strong_json["score"]) and
          rows.get("nested/weak.pdf", {}).get("score") == str(weak_json["score"]), (rows.get("good.txt"), rows.get("nested/weak.pdf")))
    errs = r.stderr.strip().splitlines()
    check("one stderr line per failed file, naming it", len(errs) == 4 and f"bescore: {bad}/empty.txt: file is empty" in errs, errs)
    check("summary counts the failures", r.stdout.startswith("scored 2, failed 4\n"), r.stdout[:60])

    # --- a file that hangs the reader is killed after --timeout and reported; the rest go on
    start = time.monotonic()
    r = run("batch", bad, "--timeout", "1", "--jobs", "2", "--out", out, env={"BESCORE_TEST_HANG_ON": "nested/weak"})
    elapsed = time.monotonic() - start
    rows = {os.path.relpath(x["file"], bad): x for x in csv_rows(out)}
    check("hang: reported as timed out", rows.get("nested/weak.pdf", {}).get("error") == "timed out after 1s", rows.get("nested/weak.pdf"))
    check("hang: the others are still scored", rows.get("good.txt", {}).get("score") == str(strong_json["score"]))
    # The hang is endless: any finite wait well under run()'s 120 s shows the batch went on without it (a tighter
    # bound failed once here with ctest -j2 beside a headless Chromium).
    check("hang: the batch does not wait for it", elapsed < 60, elapsed)
    check("hang: exit 2", r.returncode == 2, r.returncode)

    # --- a file that crashes its worker: that file's row says so, the worker is replaced and scores the rest
    r = run("batch", bad, "--jobs", "1", "--out", out, env={"BESCORE_TEST_CRASH_ON": "good.txt"})
    rows = {os.path.relpath(x["file"], bad): x for x in csv_rows(out)}
    check("crash: reported as crashed (signal 6), the file after it scored by the new worker",
          rows.get("good.txt", {}).get("error") == "crashed (signal 6)" and
          rows.get("nested/weak.pdf", {}).get("score") == str(weak_json["score"]), (rows.get("good.txt"), rows.get("nested/weak.pdf")))
    check("crash: one stderr line for it among the others", f"bescore: {bad}/good.txt: crashed (signal 6)" in r.stderr.splitlines(),
          r.stderr)

    # --- paths from stdin, --fail-under, bad --out
    listing = "\n".join([os.path.join(SAMPLES, "weak-backend.txt"), os.path.join(SAMPLES, "strong-backend.md"), ""])
    r = run("batch", "-", "--out", os.path.join(tmp, "stdin.csv"), stdin=listing)
    got = [x["file"] for x in csv_rows(os.path.join(tmp, "stdin.csv"))]
    check("- reads paths from stdin, in their order", r.returncode == 0 and got == listing.split("\n")[:2], (r.returncode, got))
    r = run("batch", "-", "--fail-under", "60", stdin=listing)
    check("--fail-under: exit 1 when a score is below", r.returncode == 1, r.returncode)
    r = run("batch", os.path.join(SAMPLES, "strong-backend.md"), "--fail-under", "60")
    check("--fail-under: exit 0 when none is", r.returncode == 0, r.returncode)
    r = run("batch", SAMPLES, "--out", os.path.join(tmp, "x.xlsx"))
    check("an unknown --out extension is a usage error", r.returncode == 2 and ".csv, .jsonl or .html" in r.stderr, r.stderr)
    r = run("batch", os.path.join(tmp, "no-such-folder"))
    check("a missing path is an error row, exit 2", r.returncode == 2 and "no-such-folder: no such file" in r.stderr, r.stderr)

    # --- redaction: no name, email, phone, handle or URL of the samples in any output
    secrets = ["Maya", "Lindqvist", "maya.lindqvist@example.com", "mayalindqvist", "312 555 0187", "relaybox.fly.dev",
               "Jordan Pike", "jordan.pike@example.com", "312 555 0163", "strong-backend", "weak-backend"]
    redacted_inputs = [os.path.join(SAMPLES, f) for f in ("strong-backend.txt", "weak-backend.pdf", "strong-backend.pdf")]
    for ext in ("csv", "jsonl", "html"):
        out = os.path.join(tmp, f"redacted.{ext}")
        r = run("batch", *redacted_inputs, "--redact", "--out", out)
        text = read(out)
        leaks = [s for s in secrets if s.lower() in text.lower() or s.lower() in r.stdout.lower()]
        check(f"--redact .{ext}: no name, email, phone or URL left", r.returncode == 0 and not leaks, leaks)
        check(f"--redact .{ext}: stable placeholders by position", "resume-1.txt" in text and "resume-3.pdf" in text,
              text[:200])
    reports = [json.loads(line) for line in read(os.path.join(tmp, "redacted.jsonl")).splitlines()]
    check("--redact: the person becomes 'Person N' and the email 'email-N@redacted'",
          reports[1]["document"]["name"] == "Person 2" and reports[0]["document"]["contacts"]["email"] == "email-1@redacted",
          (reports[1]["document"]["name"], reports[0]["document"]["contacts"]["email"]))
    check("--redact: the scores are unchanged", [j["score"] for j in reports] ==
          [single_report(p)["score"] for p in redacted_inputs])

    # --- the HTML report in headless Chromium
    html_path = os.path.join(tmp, "cohort-1.html")
    html = read(html_path)
    check("HTML: self-contained (no src=, href=, @import, one inline script)",
          not re.search(r"\b(src|href)=|@import|url\(", html) and html.count("<script") == 1)
    browser = chromium()
    if not browser:
        print("SKIP HTML in Chromium: chromium is not installed (apt-get install chromium)")
    else:
        # Sorting is checked by clicking the Score heading from a script appended to a copy of the page.
        probe = html_path.replace(".html", "-probe.html")
        with open(probe, "w", encoding="utf-8") as fh:
            fh.write(sort_probe(html, 2))
        dom = headless(browser, "--dump-dom", "file://" + probe)
        shot = os.path.join(tmp, "cohort.png")
        headless(browser, "--window-size=1200,1600", f"--screenshot={shot}", "file://" + html_path, cwd=tmp)
        scores = [int(x["score"]) for x in csv_rows(os.path.join(tmp, "cohort-1.csv")) if x["score"]]
        median, q1, q3 = quartiles(scores)
        tile = lambda i: (re.search(rf'<b id="{i}">([^<]*)</b>', dom) or [None, None])[1]
        check("Chromium: the page loads", "<h1>Cohort report</h1>" in dom, dom[:200])
        check("Chromium: scored/median/quartile tiles show the numbers",
              (tile("scored"), tile("median"), tile("q1"), tile("q3")) ==
              (str(len(scores)), f"{median:g}", f"{q1:g}", f"{q3:g}"), (tile("scored"), tile("median"), tile("q1"), tile("q3")))
        bins = [int(n) for n in re.findall(r'class="bin" data-range="[^"]*" data-count="(\d+)"', dom)]
        expected = [sum(1 for s in scores if min(s // 10, 9) == b) for b in range(10)]
        check("Chromium: histogram bins count the scores", bins == expected, (bins, expected))
        top_rule, top_n = most[0]
        check("Chromium: the rule chart shows the share failing the top rule",
              f"{round(100 * top_n / len(scores))}% have {top_rule} ({top_n} of {len(scores)})" in dom)
        table = dom[dom.find('id="resumes"'):]
        check("Chromium: one table body per file (the skipped part too), each resume opening to its findings",
              table.count("<tbody>") == len(scores) + 1 and table.count("<details>") == len(scores) and
              table.count('<tr class="findings">') == len(scores), (table.count("<tbody>"), len(scores)))
        order = sorted_keys(dom)
        check("Chromium: clicking Score sorts the resumes by score", order == sorted(scores + [-1]) and len(order) == len(scores) + 1,
              order[:10])
        check("Chromium: a screenshot renders", os.path.exists(shot) and os.path.getsize(shot) > 10000)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

finish()
