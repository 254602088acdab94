#!/usr/bin/env python3
"""Resumes from strangers (issue 19, docs/hardening.md#threat-model): each attack reproduced with a fixture
written here, and the safe behaviour checked with actual values.

  1. LaTeX \\input of files outside the resume's folder (absolute, ../, a symlink out): not read, a note names
     each refused include, the secret text absent from every output format.
  2. CSV formula injection: file names starting with = + - @ are inert ('-prefixed) in the cohort CSV.
  3. An output path that is an input (same name, symlink, hard link): exit 2, one line, input unchanged.
  4. A config with a negative per_item, or a cost above 100: refused at load, naming the config.
  5. --jobs far above the cores with a short --timeout: every file still scored.
  6. A rule file of many huge patterns: refused at load within seconds (total compiled size budget).
  7. Smaller: non-UTF-8 file names in json/sarif, terminal escapes in file names, symlinks out of a batch
     folder, Markdown/HTML from the resume in --summary, included file names under --redact.
Usage: test_untrusted.py BESCORE SOURCE_DIR"""
import csv
import json
import os
import shutil
import subprocess
import tempfile
import time

from cli_support import BIN, SRC, check, finish, sample

SECRET = "SECRETTOKEN-7f3a9c"


def run(*args, cwd=None, timeout=120, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([os.path.abspath(BIN), *args], capture_output=True, cwd=cwd, timeout=timeout, env=e)


def text(b):
    return b.decode("utf-8", "replace")


def latex_includes(tmp):
    outside = os.path.join(tmp, "outside")
    cv = os.path.join(tmp, "cv")
    os.makedirs(outside)
    os.makedirs(os.path.join(cv, "sections"))
    for name in ("secret.tex", "secret"):
        with open(os.path.join(outside, name), "w") as fh:
            fh.write(f"\\section{{Experience}}\n\\item {SECRET} leaked line\n")
    os.symlink(os.path.join(outside, "secret.tex"), os.path.join(cv, "link.tex"))
    with open(os.path.join(cv, "sections", "extra.tex"), "w") as fh:
        fh.write("\\section{Projects}\n\\item Built a queue in Go with tests\n")
    shutil.copytree(sample("tex"), os.path.join(cv, "tex"))  # the sample's own include
    main_tex = open(sample("strong-backend.tex"), encoding="utf-8").read()
    attack = (f"\\input{{{outside}/secret}}\n\\input{{../outside/secret}}\n\\include{{link}}\n"
              "\\input{sections/../../outside/secret.tex}\n\\input{sections/extra}\n\\end{document}")
    main_tex = main_tex.replace("\\end{document}", attack, 1)
    main = os.path.join(cv, "main.tex")
    with open(main, "w") as fh:
        fh.write(main_tex)

    outputs = {}
    for fmt in ("text", "json", "html", "github", "line", "sarif"):
        r = run("--format", fmt, main)
        check(f"latex include: --format {fmt} scores (exit 0 or 1)", r.returncode in (0, 1), text(r.stderr)[:300])
        outputs[fmt] = text(r.stdout) + text(r.stderr)
    summary = os.path.join(tmp, "summary.md")
    r = run("--format", "github", "--summary", summary, main)
    outputs["summary"] = open(summary, encoding="utf-8").read()
    reports = os.path.join(tmp, "reports")
    for ext in ("csv", "jsonl", "html"):
        out = os.path.join(tmp, f"cohort.{ext}")
        r = run("batch", cv, "--out", out, "--reports", reports, "--jobs", "1")
        outputs[f"batch {ext}"] = open(out, encoding="utf-8").read() + text(r.stdout) + text(r.stderr)
        r = run("batch", "--redact", cv, "--out", out, "--jobs", "1")
        outputs[f"batch --redact {ext}"] = open(out, encoding="utf-8").read() + text(r.stdout) + text(r.stderr)
    outputs["batch --reports"] = "".join(open(os.path.join(reports, f), encoding="utf-8").read() for f in os.listdir(reports))
    for name, out in outputs.items():
        check(f"latex include: the secret is in no output ({name})", SECRET not in out, out[out.find(SECRET) - 200:][:300])

    notes = json.loads(text(run("--format", "json", main).stdout))["document"]["notes"]
    refused = [n for n in notes if "not read" in n]
    check("latex include: four refused includes, each named in a note", len(refused) == 4, notes)
    check("latex include: the absolute path is named",
          any(n.startswith(f"\\input{{{outside}/secret}}") and "an absolute path" in n for n in refused), refused)
    check("latex include: ../ is refused as outside the folder",
          any(n.startswith("\\input{../outside/secret}") and "outside the resume's folder" in n for n in refused), refused)
    check("latex include: a symlink leading out is refused",
          any(n.startswith("\\input{link}") and "outside the resume's folder" in n for n in refused), refused)
    check("latex include: an include inside the folder is still read",
          f"included {os.path.join(cv, 'sections', 'extra.tex')}" in notes, notes)
    r = run(main)
    warned = [line for line in text(r.stderr).splitlines() if line.startswith(f"bescore: {main}: note: \\input{{")]
    check("latex include: stderr has one note per refused include", len(warned) == 4, text(r.stderr))
    check("latex include: the HTML report shows the refusals", outputs["html"].count(": not read, ") == 4, "")


def csv_injection(tmp):
    folder = os.path.join(tmp, "uploads")
    os.makedirs(folder)
    names = ['=HYPERLINK("https:evil.example","cv").txt', "+cmd.txt", "-2+3.txt", "@SUM(A1).txt"]
    resume = open(sample("strong-backend.txt"), encoding="utf-8").read()
    for n in names:
        with open(os.path.join(folder, n), "w") as fh:
            fh.write(resume)
    out = os.path.join(tmp, "cohort.csv")
    r = run("batch", *names, "--out", out, cwd=folder)
    check("csv: the batch scores the files", r.returncode in (0, 1), text(r.stderr)[:300])
    rows = list(csv.DictReader(open(out, encoding="utf-8", newline="")))
    cells = [row["file"] for row in rows]
    check("csv: each formula-looking file name is written with a leading apostrophe",
          cells == ["'" + n for n in names], cells)
    check("csv: no cell starts with = + - @ tab or CR (numbers aside)",
          all(not c or c[0] not in "=+-@\t\r" or c.lstrip("+-").replace(".", "", 1).isdigit()
              for row in rows for c in row.values()), rows[:1])
    check("csv: scores stay numbers", all(row["score"].isdigit() for row in rows), [row["score"] for row in rows])


def output_is_input(tmp):
    resume = os.path.join(tmp, "resume.txt")
    shutil.copy(sample("strong-backend.txt"), resume)
    before = open(resume, "rb").read()
    link = os.path.join(tmp, "link.html")
    os.symlink(resume, link)
    hard = os.path.join(tmp, "hard.html")
    os.link(resume, hard)
    pdf = os.path.join(tmp, "resume.pdf")
    shutil.copy(sample("strong-backend.pdf"), pdf)
    pdf_before = open(pdf, "rb").read()
    pdf_link = os.path.join(tmp, "annotated.pdf")
    os.symlink(pdf, pdf_link)
    cases = [
        (["--format", "html", "--out", resume, resume], resume),
        (["--format", "html", "--out", link, resume], link),
        (["--format", "html", "--out", hard, resume], hard),
        (["--summary", resume, resume], resume),
        (["--summary", link, resume], link),
        (["--annotate", pdf_link, pdf], pdf_link),
        (["batch", resume, "--out", link.replace(".html", ".csv")], None),
    ]
    csv_link = link.replace(".html", ".csv")
    os.symlink(resume, csv_link)
    cases[-1] = (["batch", resume, "--out", csv_link], csv_link)
    for args, out in cases:
        r = run(*args)
        err = text(r.stderr).strip().splitlines()
        name = " ".join(a.replace(tmp + "/", "") for a in args)
        check(f"output=input: `{name}` exits 2", r.returncode == 2, (r.returncode, err))
        check(f"output=input: `{name}` says so in one line naming the output",
              len(err) == 1 and err[0].startswith(f"bescore: {out}: is the input "), err)
    check("output=input: the resume is unchanged", open(resume, "rb").read() == before)
    check("output=input: the PDF is unchanged", open(pdf, "rb").read() == pdf_before)
    # A different output next to it is still written.
    fine = os.path.join(tmp, "report.html")
    r = run("--format", "html", "--out", fine, resume)
    check("output=input: another --out is written", r.returncode in (0, 1) and os.path.getsize(fine) > 1000, text(r.stderr))


def config_numbers(tmp):
    repo = os.path.join(tmp, "repo")
    os.makedirs(os.path.join(repo, ".git"))
    resume = os.path.join(repo, "resume.md")
    shutil.copy(sample("weak-backend.md"), resume)
    cfg = os.path.join(repo, ".bescore.json")
    plain = json.loads(text(run("--no-config", "--format", "json", resume).stdout))
    for override, reason in [({"params": {"per_item": -50}}, "params.per_item: -50 is negative"),
                             ({"params": {"per_item": 1e9}}, "params.per_item: 1e+09 is more than 100")]:
        with open(cfg, "w") as fh:
            json.dump({"overrides": {"phrasing/responsibility": override}}, fh)
        r = run("--format", "json", resume)
        err = text(r.stderr).strip().splitlines()
        check(f"config: {override} is refused (exit 2)", r.returncode == 2 and not r.stdout, (r.returncode, text(r.stdout)[:200]))
        check(f"config: the error names .bescore.json, the override and the number ({reason})",
              err == [f"bescore: {cfg}: overrides.phrasing/responsibility.{reason}"], err)
    rules = os.path.join(tmp, "neg.json")
    with open(rules, "w") as fh:
        json.dump({"extends": "backend", "overrides": {"structure/bullet-length": {"params": {"per_item": -9}}}}, fh)
    r = run("--rules", rules, "--format", "json", resume)
    check("rule file: a negative per_item is refused naming the file", r.returncode == 2 and
          text(r.stderr).startswith(f"bescore: {rules}: overrides.structure/bullet-length.params.per_item: -9 is negative"),
          text(r.stderr))
    os.remove(cfg)
    check("config: without it the resume scores within 0-100", 0 <= plain.get("score", -1) <= 100, plain.get("score"))


def timeout_under_load(tmp):
    folder = os.path.join(tmp, "many")
    os.makedirs(folder)
    for i in range(64):
        shutil.copy(sample("strong-backend.txt"), os.path.join(folder, f"r{i:02}.txt"))
    out = os.path.join(tmp, "many.csv")
    # 64 children on this machine's few cores: counted from fork, each waited out its 1 s before its turn came.
    r = run("batch", folder, "--jobs", "64", "--timeout", "1", "--out", out, timeout=300)
    rows = list(csv.DictReader(open(out, encoding="utf-8", newline="")))
    errors = [row["error"] for row in rows if row["error"]]
    check("timeout: --jobs 64 with --timeout 1 scores every file", len(rows) == 64 and not errors, errors[:3])
    check("timeout: exit 0", r.returncode == 0, text(r.stderr)[-300:])


def rule_budget(tmp):
    rules = os.path.join(tmp, "costly.json")
    big = "\\pL{150}"  # Unicode letters: hundreds of instructions each, under the per-pattern limit
    with open(rules, "w") as fh:
        json.dump({"extends": "backend", "id": "costly", "traits": {"responsibility": {"match": [big + f"x{i}" for i in range(60)]}}}, fh)
    start = time.monotonic()
    r = run("--rules", rules, sample("strong-backend.txt"), timeout=60)
    elapsed = time.monotonic() - start
    err = text(r.stderr).strip().splitlines()
    check("rule budget: 60 huge patterns are refused (exit 2)", r.returncode == 2, (r.returncode, err))
    check("rule budget: one line naming the file and the budget",
          len(err) == 1 and err[0].startswith(f"bescore: {rules}: traits.responsibility.match[") and "size budget" in err[0], err)
    check("rule budget: refused within 10 s", elapsed < 10, elapsed)
    ok = os.path.join(tmp, "fine.json")
    with open(ok, "w") as fh:
        json.dump({"extends": "backend", "id": "fine", "traits": {"responsibility": {"match": ["[a-z]{100}x"]}}}, fh)
    r = run("--rules", ok, sample("strong-backend.txt"))
    check("rule budget: a set with one large pattern still loads", r.returncode in (0, 1), text(r.stderr))


def smaller(tmp):
    # A non-UTF-8 file name in json and sarif.
    odd = os.path.join(tmp.encode(), b"r\xe9sum\xe9.txt")
    shutil.copy(sample("strong-backend.txt"), odd)
    for fmt in ("json", "sarif"):
        r = subprocess.run([BIN, "--format", fmt, odd], capture_output=True, timeout=60)
        try:
            json.loads(r.stdout)
            parsed = True
        except ValueError:
            parsed = False
        check(f"non-UTF-8 name: --format {fmt} is valid JSON", r.returncode in (0, 1) and parsed, text(r.stderr)[:200])
    # Terminal escapes in a file name reach neither stderr nor the text report raw.
    esc = os.path.join(tmp, "a\x1b]0;pwned\x07\x1b[2J.txt")
    with open(esc, "w") as fh:
        fh.write("")
    r = run(esc)
    check("escapes: the error line has no control characters",
          b"\x1b" not in r.stderr and b"\x07" not in r.stderr and text(r.stderr).startswith("bescore: "), r.stderr)
    shutil.copy(sample("strong-backend.txt"), esc)
    r = run(esc)
    check("escapes: the text report has no escape sequence", b"\x1b" not in r.stdout and b"\x07" not in r.stdout, r.stdout[:100])
    r = run("batch", esc, "--out", os.path.join(tmp, "e.csv"))
    check("escapes: batch stderr has none", b"\x1b" not in r.stderr, r.stderr[:200])
    # A batch folder with a link out, a dangling link and a FIFO: error rows, nothing read outside.
    folder = os.path.join(tmp, "walk")
    os.makedirs(folder)
    shutil.copy(sample("strong-backend.txt"), os.path.join(folder, "ok.txt"))
    secret = os.path.join(tmp, "secret.txt")
    with open(secret, "w") as fh:
        fh.write(open(sample("strong-backend.txt"), encoding="utf-8").read().replace("Backend", SECRET, 1))
    os.symlink(secret, os.path.join(folder, "out.txt"))
    os.symlink(os.path.join(tmp, "nothing.txt"), os.path.join(folder, "dangling.txt"))
    os.symlink(os.path.join(folder, "ok.txt"), os.path.join(folder, "inside.txt"))
    os.mkfifo(os.path.join(folder, "fifo.txt"))
    out = os.path.join(tmp, "walk.jsonl")
    start = time.monotonic()
    r = run("batch", folder, "--out", out.replace(".jsonl", ".csv"), timeout=60)
    elapsed = time.monotonic() - start
    rows = {row["file"]: row for row in csv.DictReader(open(out.replace(".jsonl", ".csv"), encoding="utf-8", newline=""))}
    get = lambda n: rows.get(os.path.join(folder, n), {})
    check("walk: a link out of the folder is an error row, not read",
          get("out.txt").get("error") == "a link leading out of the folder (not read)", get("out.txt"))
    check("walk: a dangling link is an error row", get("dangling.txt").get("error") == "a link to nothing readable (not read)", get("dangling.txt"))
    check("walk: a FIFO is an error row, at once", get("fifo.txt").get("error") == "not a regular file (not read)" and elapsed < 20,
          (get("fifo.txt"), elapsed))
    check("walk: a link inside the folder and the plain file are scored",
          get("inside.txt").get("score", "").isdigit() and get("ok.txt").get("score", "").isdigit(), rows.keys())
    r = run("batch", folder, "--out", out, timeout=60)
    check("walk: the secret is not in the JSON Lines", SECRET not in open(out, encoding="utf-8").read())
    # Markdown and HTML from the resume in --summary are inert.
    md = os.path.join(tmp, "md.txt")
    resume = open(sample("weak-backend.txt"), encoding="utf-8").read()
    lines = resume.splitlines()
    bullet = next(i for i, line in enumerate(lines) if line.lstrip().startswith("-") and "esponsible" in line)
    # A tag in Markdown is read as markup and dropped; "<3" and "< 5" are text and must come out escaped.
    lines[bullet] += " ![pixel](https://evil.example/p.png) <img src=https://evil.example/q.png> <3 < 5"
    with open(md, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    summary = os.path.join(tmp, "s.md")
    run("--format", "github", "--summary", summary, md)
    s = open(summary, encoding="utf-8").read()
    check("summary: no live image or HTML from the resume", "![pixel](" not in s and "<img" not in s, s[:400])
    check("summary: the text is still there, escaped", "\\(https://evil.example/p.png\\) &lt;3 &lt; 5" in s,
          [line for line in s.splitlines() if "pixel" in line][:1])


def pdf_bytes(objects):
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def huge_page(tmp):
    lines = [line for line in open(sample("strong-backend.txt"), encoding="utf-8").read().splitlines() if line.strip()]
    for side in (7200, 14400):
        ops = b"BT /F1 10 Tf 12 TL 40 %d Td " % (side - 40)
        ops += b"".join(b"(" + line.encode("latin-1", "replace").replace(b"\\", b"").replace(b"(", b"").replace(b")", b"")
                        + b") ' " for line in lines) + b"ET"
        path = os.path.join(tmp, f"page-{side}.pdf")
        with open(path, "wb") as fh:
            fh.write(pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 4 0 R >> >> "
                                b"/Contents 5 0 R >>" % (side, side),
                                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                                b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream"]))
        start = time.monotonic()
        r = run("--format", "html", path, timeout=120)
        elapsed = time.monotonic() - start
        html = text(r.stdout)
        sizes = [(int(w), int(h)) for w, h in __import__("re").findall(r'<img src="data:image/png;base64,[^"]*" width="(\d+)" height="(\d+)"', html)]
        check(f"huge page {side} pt: the HTML report is written", r.returncode in (0, 1) and len(sizes) == 1, (r.returncode, text(r.stderr)[:200]))
        check(f"huge page {side} pt: drawn with at most 12 million pixels, not 1x1",
              sizes and 1000 < sizes[0][0] and sizes[0][0] * sizes[0][1] <= 12_000_000, sizes)
        check(f"huge page {side} pt: within 20 s", elapsed < 20, elapsed)
        check(f"huge page {side} pt: the report says it was drawn smaller",
              "Page 1 is too large to draw at 120 dpi: it is shown at " in html, html[:0])


def main():
    tmp = tempfile.mkdtemp(prefix="bescore-untrusted-")
    try:
        for step in (latex_includes, csv_injection, output_is_input, config_numbers, timeout_under_load, rule_budget, huge_page,
                     smaller):
            sub = os.path.join(tmp, step.__name__)
            os.makedirs(sub)
            step(sub)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    finish()


main()
