#!/usr/bin/env python3
"""What a new user meets first: standard input, a folder, files bescore does not read, typos, the help, -V and -o,
and a terminal report that fits the width, leads with the costliest finding, shows ten and folds the free ones,
with --color. Usage: test_first_contact.py BESCORE SOURCE_DIR"""
import json
import os
import re
import subprocess
import tempfile
import zipfile

from cli_support import BIN, check, finish, run, sample

WEAK_MD, WEAK_PDF = sample("weak-backend.md"), sample("weak-backend.pdf")


def piped(*args, data=b"", env=None):
    return subprocess.run([BIN, *args], input=data, capture_output=True, timeout=60,
                          env={**os.environ, **(env or {})})


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


# --- Standard input ---
from_file = json.loads(run("--format", "json", WEAK_MD).stdout)
r = piped("--format", "json", "--stdin-filename", "cv/resume.md", data=read_bytes(WEAK_MD))
from_pipe = json.loads(r.stdout or "{}")
check("a pipe is read when no file is named", r.returncode == 0 and from_pipe.get("score") == from_file["score"], r.stderr)
check("--stdin-filename names it and tells the format by its extension",
      from_pipe.get("file") == "cv/resume.md" and from_pipe.get("format") == "markdown", (from_pipe.get("file"), from_pipe.get("format")))
check("... and the findings are the file's",
      [f["location"] for f in from_pipe.get("findings", [])] == [f["location"] for f in from_file["findings"]])
r = piped("--format", "json", "-", data=read_bytes(WEAK_PDF))
check("`bescore -` reads a PDF from standard input", r.returncode == 0 and json.loads(r.stdout)["format"] == "pdf"
      and json.loads(r.stdout)["file"] == "-", r.stderr)
r = piped("-", "--stdin-filename", "empty.txt", data=b"")
check("empty standard input: one line naming it, exit 2",
      r.returncode == 2 and r.stderr.decode() == "bescore: empty.txt: file is empty\n", r.stderr)

# --- Things that are not resume files ---
with tempfile.TemporaryDirectory() as tmp:
    r = run(tmp)
    check("a folder points to bescore batch", r.returncode == 2 and
          r.stderr == f"bescore: {tmp}: is a directory; to score the resumes in it: bescore batch {tmp}\n", r.stderr)
    odt = os.path.join(tmp, "cv.odt")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    cases = {
        "cv.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "a Word 97-2003 .doc file: save it as .docx or PDF"),
        "cv.rtf": (b"{\\rtf1\\ansi Jane Doe\\par Backend Engineer}", "an RTF file: save it as .docx or PDF"),
        "cv.html": (b"<!DOCTYPE html><html><body><h1>Jane Doe</h1><p>Backend engineer</p></body></html>",
                    "an HTML page: print it to PDF from the browser"),
        "cv.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "a PNG image, and bescore reads text: export the resume as a PDF"),
        "scan.jpg": (b"\xff\xd8\xff\xe0" + b"\0" * 64, "a JPEG image"),
    }
    for name, (data, _) in cases.items():
        with open(os.path.join(tmp, name), "wb") as fh:
            fh.write(data)
    cases["cv.odt"] = (None, "an OpenDocument file (.odt): save it as .docx or PDF")
    for name, (_, message) in cases.items():
        path = os.path.join(tmp, name)
        r = run(path)
        check(f"{name}: one line saying what to export instead, exit 2",
              r.returncode == 2 and r.stderr.startswith(f"bescore: {path}: {message}") and r.stderr.count("\n") == 1, r.stderr)

    # -o writes any format to a file
    out = os.path.join(tmp, "report.json")
    r = run("--format", "json", "-o", out, WEAK_MD)
    check("-o writes the JSON report to the file, nothing on stdout",
          r.returncode == 0 and r.stdout == "" and json.load(open(out))["score"] == from_file["score"], r.stderr)
    out = os.path.join(tmp, "report.txt")
    run("--color", "always", "-o", out, WEAK_MD)
    check("-o with the text report (colours only when asked)", "score " in open(out).read())

# --- Typos ---
for args, expected in [(["--fial-under", "80", WEAK_MD], "(did you mean --fail-under?)"),
                       (["--colour", "never", WEAK_MD], "(did you mean --color?)"),
                       (["--rules", "platfrom", WEAK_MD], "platfrom: no built-in rule set of that name (did you mean platform?)"),
                       (["explain", "impact/quantifed"], "no rule 'impact/quantifed' in backend (did you mean impact/quantified?)")]:
    r = run(*args)
    check(f"{args[0]} {args[1]}: a close match is suggested", r.returncode == 2 and expected in r.stderr
          and r.stderr.count("\n") == 1, r.stderr)
r = run("--verbose", WEAK_MD)
check("nothing close: no suggestion", r.returncode == 2 and "did you mean" not in r.stderr, r.stderr)

# --- Help and version ---
help_text = run("--help").stdout
check("usage says bescore", help_text.splitlines()[1].startswith("Usage: bescore "), help_text.splitlines()[1])
check("help lists every format", all(re.search(rf"^  {f}\s", help_text, re.M) for f in
                                     ("text", "json", "jsonl", "line", "github", "sarif", "html")), help_text[-1500:])
check("help has examples and exit codes", "Examples:" in help_text and "Exit codes:" in help_text and
      re.search(r"^  1  a threshold failed", help_text, re.M))
check("-V is --version", run("-V").stdout == run("--version").stdout and run("-V").stdout.startswith("bescore "))

r = run("explain", "impact/quantified")
check("explain names the source article by its title, not a bare A1",
      "  A1 How to get a backend engineering job (skills, portfolio, resume, interviews): 'Quantified impact'\n" in r.stdout,
      r.stdout[:600])

# --- The terminal report ---
def text_report(*args, width=None, env=None):
    environment = {**os.environ, **(env or {})}
    environment.pop("COLUMNS", None)
    if width:
        environment["COLUMNS"] = str(width)
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60, env=environment).stdout


for width in (60, 120):
    text = "".join(text_report("--all", "--job", sample("jobs/backend.md"), p, width=width)
                   for p in (WEAK_PDF, sample("two-column.pdf"), sample("weak-backend.txt")))
    too_wide = [line for line in text.splitlines() if len(line) > width]
    check(f"COLUMNS={width}: every line fits", not too_wide, too_wide[:2])
    check(f"COLUMNS={width}: the width is used", max(len(line) for line in text.splitlines()) > width - 10,
          max(len(line) for line in text.splitlines()))
piped_text = text_report(WEAK_MD)
check("piped: 80 columns", max(len(line) for line in piped_text.splitlines()) <= 80)
check("--width beats COLUMNS", text_report("--width", "60", WEAK_MD, width=120) == text_report(WEAK_MD, width=60))

costly = sorted((f for f in from_file["findings"] if f["points"] > 0 and f["category"] != "readability"),
                key=lambda f: -f["points"])
free = [f for f in from_file["findings"] if f["points"] == 0]
shown = re.findall(r"^  -(\d+) +([a-z-]+/[a-z-]+)", piped_text, re.M)
check("the report leads with the finding worth the most points",
      shown and int(shown[0][0]) == costly[0]["points"], (shown[:2], costly[0]["points"]))
check("the points shown go down", [int(p) for p, _ in shown] == sorted((int(p) for p, _ in shown), reverse=True))
check("ten findings by default, then '… N more'", len(shown) == 10 and
      f"… {len(costly) - 10} more (--all shows them" in piped_text, (len(shown), len(costly)))
check("0-point findings folded into one line", len(free) > 1 and
      re.search(rf"^   0  {len(free)} notes that cost nothing: ", piped_text, re.M), piped_text[-400:])
all_text = text_report("--all", WEAK_MD)
check("--all shows every finding", len(re.findall(r"^  (-\d+| 0) +[a-z-]+/[a-z-]+", all_text, re.M)) ==
      len(from_file["findings"]), len(from_file["findings"]))

check("--color always colours a pipe", "\x1b[" in text_report("--color", "always", WEAK_MD))
check("--color auto on a pipe: none", "\x1b[" not in text_report("--color", "auto", WEAK_MD))
check("NO_COLOR and --color never: none", "\x1b[" not in text_report("--color", "never", WEAK_MD) and
      "\x1b[" not in text_report(WEAK_MD, env={"NO_COLOR": "1"}))

finish()
