#!/usr/bin/env python3
"""`bescore batch --job` (match columns, who fits, the skills the cohort lacks), `--reports DIR` (one HTML report per
scored file, linked from the cohort page), `--rules auto` per file, the folder walk's .docx .tex .json, and sorting
by Match in headless Chromium (skipped when chromium is not installed).
Usage: test_batch_job.py BESCORE SOURCE_DIR"""
import csv
import io
import json
import os
import re
import shutil
import tempfile
import urllib.parse

from cli_support import SRC, check, chromium, finish, headless, run, sample, sort_probe, sorted_keys

# Entry dates count up to "present": pin today (2026-11-30) so --rules auto picks as test_match.py expects.
os.environ["SOURCE_DATE_EPOCH"] = "1795996800"
SAMPLES = os.path.join(SRC, "samples")
JOB = os.path.join(SAMPLES, "jobs", "backend.md")


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
        return fh.read()


def csv_rows(path):
    return list(csv.DictReader(io.StringIO(read(path), newline="")))


def single(*args):
    r = run("--format", "json", *args)
    return json.loads(r.stdout) if r.returncode in (0, 1) else {}


tmp = tempfile.mkdtemp(prefix="bescore-batch-job-")
try:
    # The cohort is of resumes: a copy of the samples without the postings (they are refused, test_batch.py).
    SAMPLES = shutil.copytree(SAMPLES, os.path.join(tmp, "samples"), ignore=shutil.ignore_patterns("jobs"))
    # --- batch --job over the samples: a match column per row, the same numbers as `bescore FILE --job`
    out = {ext: os.path.join(tmp, f"cohort.{ext}") for ext in ("csv", "jsonl", "html")}
    results = {ext: run("batch", SAMPLES, "--job", JOB, "--out", out[ext], "--jobs", "2") for ext in out}
    for ext, r in results.items():
        check(f"--job .{ext}: exits 0", r.returncode == 0, (r.returncode, r.stderr[-300:]))
    check("--job: the summary is the same whatever the output", len({r.stdout for r in results.values()}) == 1)
    one = os.path.join(tmp, "cohort-1.html")
    run("batch", SAMPLES, "--job", JOB, "--out", one, "--jobs", "1")
    check("--job: the same HTML bytes for --jobs 1 and --jobs 2", os.path.exists(one) and read(one, "rb") == read(out["html"], "rb"))
    rows = csv_rows(out["csv"])
    by_name = {os.path.relpath(x["file"], SAMPLES): x for x in rows}
    check("--job CSV: match, title_match, fits and missing_required columns after score",
          list(rows[0])[:6] == ["file", "score", "match", "title_match", "fits", "missing_required"], list(rows[0])[:6])
    check("--job CSV: every scored row has a match percentage",
          all(re.fullmatch(r"\d{1,3}", x["match"]) for x in rows if x["score"]), [x["match"] for x in rows])
    strong, weak = single("--job", JOB, sample("strong-backend.txt")), single("--job", JOB, sample("weak-backend.txt"))
    s_row, w_row = by_name.get("strong-backend.txt", {}), by_name.get("weak-backend.txt", {})
    check("--job: the strong sample's match is the single-file match",
          s_row.get("match") == str(strong["match"]["percentage"]) and s_row.get("title_match") == strong["match"]["title"]["verdict"],
          (s_row.get("match"), strong["match"]["percentage"]))
    check("--job: the weak sample's match is the single-file match", w_row.get("match") == str(weak["match"]["percentage"]),
          (w_row.get("match"), weak["match"]["percentage"]))
    check("--job: the strong sample matches better than the weak one", int(s_row.get("match") or 0) > int(w_row.get("match") or 100),
          (s_row.get("match"), w_row.get("match")))
    weak_missing = [s["name"] for s in weak["match"]["skills"] if s["asked"] == "required" and s["resume"] == "missing"]
    check("--job: missing_required names the weak sample's missing required skills",
          w_row.get("missing_required") == "; ".join(weak_missing) and weak_missing, (w_row.get("missing_required"), weak_missing))
    fits = [x["file"] for x in rows if x["fits"] == "yes"]
    check("--job: fits is yes exactly when match >= 70 and no required skill is missing",
          all((x["fits"] == "yes") == (int(x["match"]) >= 70 and x["missing_required"] == "") for x in rows if x["match"]))
    check("--job: the strong sample fits, the weak one does not", s_row.get("fits") == "yes" and w_row.get("fits") == "no",
          (s_row.get("fits"), w_row.get("fits")))
    lines = [json.loads(x) for x in read(out["jsonl"]).splitlines()]
    check("--job JSON Lines: each report carries its match, the same as the CSV",
          [str(x.get("match", {}).get("percentage")) for x in lines if "score" in x] == [x["match"] for x in rows if x["score"]])

    # The summary on stdout: the posting, who fits, the skills lacked most with their shares
    stdout = results["csv"].stdout
    scored = sum(1 for x in rows if x["score"])
    check("--job summary: names the posting", f"job: Backend Engineer, Logistics Platform ({JOB})" in stdout, stdout)
    check("--job summary: how many fit", f"fit: {len(fits)} of {scored} (match 70% or more" in stdout, stdout)
    lacked = re.findall(r"^  (.+?)\s+(required|preferred)\s+(\d+)% / (\d+)% / (\d+)%  \((\d+) / (\d+) / (\d+) of (\d+)\)$",
                        stdout, re.M)
    check("--job summary: lists the skills lacked most, required first", lacked and
          [a for _, a, *_ in lacked] == sorted([a for _, a, *_ in lacked], key=lambda a: a != "required"), lacked)
    counted = {}
    for x in lines:
        for s in x.get("match", {}).get("skills", []):
            counted.setdefault(s["name"], {"missing": 0, "listed": 0, "evidenced": 0})[s["resume"]] += 1
    check("--job summary: each lacked skill's counts are the reports' own",
          all(counted.get(n) == {"missing": int(m), "listed": int(li), "evidenced": int(e)} and int(t) == scored
              for n, _, _, _, _, m, li, e, t in lacked), (lacked, counted))
    check("--job summary: a skill the weak sample misses is among those lacked",
          any(n in weak_missing for n, *_ in lacked), (weak_missing, [n for n, *_ in lacked]))

    # The HTML page: a section on the posting, a Match column
    html = read(out["html"])
    gaps = re.findall(r'<tr data-skill="([^"]*)" data-asked="(\w+)" data-missing="(\d+)" data-listed="(\d+)" '
                      r'data-evidenced="(\d+)">', html)
    check("--job HTML: a row per asked skill with the reports' counts", gaps and
          all(counted.get(n) == {"missing": int(m), "listed": int(li), "evidenced": int(e)} for n, _, m, li, e in gaps), gaps[:3])
    check("--job HTML: the fit tile", f'<b id="fitting">{len(fits)} of {scored}</b>' in html)
    check("--job HTML: Match and Title columns after Score",
          re.search(r"<button[^>]*>Score</button></th><th[^>]*><button[^>]*>Match</button></th><th><button[^>]*>Title</button>", html))
    check("--job HTML: the strong sample's row shows its match",
          f'data-v="{strong["match"]["percentage"]}">{strong["match"]["percentage"]}%</td>' in html)
    browser = chromium()
    if not browser:
        print("SKIP Match column in Chromium: chromium is not installed")
    else:
        # Clicking Match (the fourth heading) sorts the rows by match, from a script appended to a copy of the page.
        probe = os.path.join(tmp, "probe.html")
        with open(probe, "w", encoding="utf-8") as fh:
            fh.write(sort_probe(html, 3))
        order = sorted_keys(headless(browser, "--dump-dom", "file://" + probe))
        matches = [int(x["match"]) for x in rows if x["match"]]
        skipped = [-1] * sum(1 for x in rows if x["error"].startswith("skipped: "))  # the LaTeX sample's \input part
        check("Chromium: clicking Match sorts the resumes by match",
              order == sorted(matches + skipped) and len(order) == len(matches) + len(skipped),
              order)
    r = run("batch", SAMPLES, "--job", os.path.join(tmp, "no-such-posting.md"))
    check("--job: an unreadable posting is a usage error", r.returncode == 2 and "no-such-posting.md" in r.stderr, r.stderr)

    # --- --reports: one HTML report per scored file, written by the children, linked from the cohort page
    cohort = os.path.join(tmp, "cohort")
    os.makedirs(os.path.join(cohort, "nested"))
    shutil.copy(sample("strong-backend.txt"), os.path.join(cohort, "strong.txt"))
    shutil.copy(sample("weak-backend.pdf"), os.path.join(cohort, "nested", "weak one.pdf"))
    shutil.copy(sample("strong-backend.md"), os.path.join(cohort, "nested", "strong.md"))
    open(os.path.join(cohort, "empty.txt"), "w").close()
    page, reports = os.path.join(tmp, "out", "cohort.html"), os.path.join(tmp, "reports")
    os.makedirs(os.path.dirname(page))
    r = run("batch", cohort, "--out", page, "--reports", reports, "--jobs", "2")
    check("--reports: exit 2 for the broken file, the others scored", r.returncode == 2 and r.stdout.startswith("scored 3, failed 1"),
          (r.returncode, r.stdout[:40]))
    written = sorted(os.listdir(reports)) if os.path.isdir(reports) else []
    check("--reports: one report per scored file, named from its path",
          written == ["nested__strong.md.html", "nested__weak_one.pdf.html", "strong.txt.html"], written)
    for name, src in [("strong.txt.html", "strong.txt"), ("nested__weak_one.pdf.html", os.path.join("nested", "weak one.pdf"))]:
        alone = os.path.join(tmp, "alone.html")
        run("--format", "html", "--out", alone, os.path.join(cohort, src))
        check(f"--reports: {name} is the same bytes as `--format html` for that file",
              os.path.exists(os.path.join(reports, name)) and read(os.path.join(reports, name), "rb") == read(alone, "rb"))
    html = read(page)
    links = re.findall(r'<a class="report" href="([^"]*)">', html)
    targets = [os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(h))) for h in links]
    check("--reports: the cohort page links each scored row to its report", len(links) == 3, links)
    check("--reports: the links are relative and resolve to the written reports",
          all(not h.startswith("/") and os.path.isfile(t) for h, t in zip(links, targets)) and
          sorted(os.path.basename(t) for t in targets) == written, (links, targets))
    row = re.search(r"<tbody><tr>.*?empty\.txt.*?</tr>", html)
    check("--reports: the broken file keeps its error row, without a link",
          row and "file is empty" in row.group(0) and "href" not in row.group(0), row and row.group(0))
    again = os.path.join(tmp, "reports-1")
    run("batch", cohort, "--out", os.path.join(tmp, "out", "again.html"), "--reports", again, "--jobs", "1")
    check("--reports: the same bytes for --jobs 1 and --jobs 2",
          all(read(os.path.join(reports, n), "rb") == read(os.path.join(again, n), "rb") for n in written))
    r = run("batch", cohort, "--out", os.path.join(tmp, "cohort.csv"), "--reports", reports)
    check("--reports CSV: a report column with the link from the CSV's folder",
          sorted(x["report"] for x in csv_rows(os.path.join(tmp, "cohort.csv")) if x["report"]) ==
          ["reports/" + n.replace(" ", "%20") for n in written])
    alone_dir = os.path.join(tmp, "reports-no-out")
    r = run("batch", cohort, "--reports", alone_dir)
    check("--reports without --out: the reports are written, nothing to link from, no crash",
          r.returncode == 2 and sorted(os.listdir(alone_dir) if os.path.isdir(alone_dir) else []) == written,
          (r.returncode, r.stderr[-200:]))
    redacted = os.path.join(tmp, "redacted")
    run("batch", cohort, "--redact", "--out", os.path.join(tmp, "r.html"), "--reports", redacted)
    names = sorted(os.listdir(redacted)) if os.path.isdir(redacted) else []
    check("--reports --redact: reports named by batch position, nothing of the file names",
          names == ["resume-2.html", "resume-3.html", "resume-4.html"], names)
    check("--reports --redact: the links use those names",
          names and all(f'href="redacted/{n}"' in read(os.path.join(tmp, "r.html")) for n in names))

    # --- the folder walk: .docx, .tex and .json (a JSON Resume; any other JSON is an error row)
    formats = os.path.join(tmp, "formats")
    os.makedirs(formats)
    for name in ("strong-backend.docx", "strong-backend.tex", "strong-backend.json"):
        shutil.copy(sample(name), os.path.join(formats, name.upper() if name.endswith(".tex") else name))
    shutil.copytree(os.path.join(SAMPLES, "tex"), os.path.join(formats, "tex"))  # the .tex \input's its sections
    with open(os.path.join(formats, "package.json"), "w") as fh:
        fh.write('{"name": "left-pad", "version": "1.0.0"}\n')
    with open(os.path.join(formats, "notes.rtf"), "w") as fh:
        fh.write("not walked")
    r = run("batch", formats, "--out", os.path.join(tmp, "formats.csv"))
    rows = {os.path.basename(x["file"]): x for x in csv_rows(os.path.join(tmp, "formats.csv"))}
    check("walk: .docx .tex (any case) .json found, other extensions not",
          sorted(rows) == ["STRONG-BACKEND.TEX", "experience.tex", "package.json", "strong-backend.docx", "strong-backend.json"], sorted(rows))
    for name, src in [("strong-backend.docx", "strong-backend.docx"), ("STRONG-BACKEND.TEX", "strong-backend.tex"),
                      ("strong-backend.json", "strong-backend.json")]:
        alone = single(sample(src)).get("score")
        check(f"walk: {name} scored as `bescore FILE` scores it", rows.get(name, {}).get("score") == str(alone),
              (rows.get(name, {}).get("score"), alone, rows.get(name, {}).get("error")))
    check("walk: a JSON file that is no JSON Resume is an error row", rows.get("package.json", {}).get("error", "") != "" and
          rows["package.json"]["score"] == "", rows.get("package.json"))
    empty = os.path.join(tmp, "nothing")
    os.makedirs(empty)
    r = run("batch", empty)
    check("walk: an empty folder names what it looks for",
          r.returncode == 2 and "no resume files found (.pdf .txt .md .markdown .docx .tex .json)" in r.stderr, r.stderr)

    # --- --rules auto: a path set per file, as `bescore --rules auto FILE` picks it
    picks = [sample(n) for n in ("new-grad.txt", "senior-backend.txt", "platform.txt", "mobile-to-backend.txt")]
    r = run("batch", *picks, "--rules", "auto", "--out", os.path.join(tmp, "auto.csv"))
    rows = csv_rows(os.path.join(tmp, "auto.csv"))
    alone = [single("--rules", "auto", p) for p in picks]
    check("--rules auto: exit 0, nothing on stderr", r.returncode == 0 and r.stderr == "", (r.returncode, r.stderr))
    check("--rules auto: a rules column with each file's own pick",
          [x.get("rules") for x in rows] == [a["ruleset"]["id"] for a in alone] == ["backend-new-grad", "backend-senior",
                                                                                     "platform", "mobile-to-backend"],
          ([x.get("rules") for x in rows], [a["ruleset"]["id"] for a in alone]))
    check("--rules auto: each score is the single-file score", [x["score"] for x in rows] == [str(a["score"]) for a in alone],
          ([x["score"] for x in rows], [a["score"] for a in alone]))
finally:
    shutil.rmtree(tmp, ignore_errors=True)

finish()
