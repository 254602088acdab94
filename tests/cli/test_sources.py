#!/usr/bin/env python3
"""Source formats: LaTeX (with an included file) and JSON Resume score like the plain-text sample, and findings
point at the file, line and JSON pointer the person edits. Usage: test_sources.py BESCORE SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import tempfile

from cli_support import BIN, check, finish, report, sample


def findings(rep, rule):
    return [f for f in rep.get("findings", []) if f["rule"] == rule]


text_score = report(sample("strong-backend.txt")).get("score", -100)
for name, fmt in (("strong-backend.tex", "latex"), ("strong-backend.json", "jsonresume")):
    rep = report(sample(name))
    check(f"{name} is read as {fmt}", rep.get("format") == fmt, rep.get("format"))
    score = rep.get("score", 1000)
    check(f"{name} scores within 2 of the .txt ({score} vs {text_score})", abs(score - text_score) <= 2)

# LaTeX: a duty bullet inserted in the included experience file is reported at that file and line.
with tempfile.TemporaryDirectory() as tmp:
    shutil.copy(sample("strong-backend.tex"), tmp)
    shutil.copytree(sample("tex"), os.path.join(tmp, "tex"))
    included = os.path.join(tmp, "tex", "sections", "experience.tex")
    with open(included, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    at = next(i for i, l in enumerate(lines) if "\\resumeItem{" in l) + 1  # after the first bullet
    lines.insert(at, "        \\resumeItem{Responsible for database management}")
    with open(included, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    rep = report(os.path.join(tmp, "strong-backend.tex"))
    places = [(f["location"].get("file"), f["location"]["line"]) for f in findings(rep, "phrasing/responsibility")]
    check("the duty bullet in the included file is flagged at that file and line", (included, at + 1) in places,
          f"{(included, at + 1)} not in {places}")
    bullets = [b for s in rep.get("document", {}).get("sections", []) for b in s["bullets"]]
    duty = [b for b in bullets if b["text"] == "Responsible for database management"]
    check("the bullet names its file in the document too", duty and duty[0].get("file") == included, duty)
    header = [b for b in bullets if b.get("file") is None]
    check("bullets of the main file carry no file", len(header) == 5, len(header))

    # A missing include is one error line naming it, exit 2.
    os.remove(included)
    r = subprocess.run([BIN, os.path.join(tmp, "strong-backend.tex")], capture_output=True, text=True, timeout=60)
    errs = r.stderr.strip().splitlines()
    check("a missing include exits 2", r.returncode == 2, r.returncode)
    check("with one line naming the include", len(errs) == 1 and "\\input{tex/sections/experience}" in errs[0]
          and "no such file" in errs[0], errs)

# JSON Resume: findings and bullets carry the JSON pointer of the value.
with tempfile.TemporaryDirectory() as tmp:
    with open(sample("strong-backend.json"), encoding="utf-8") as fh:
        resume = json.load(fh)
    resume["work"][1]["highlights"].insert(2, "Responsible for database management")
    path = os.path.join(tmp, "resume.json")
    text = json.dumps(resume, indent=2, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    line = next(i for i, l in enumerate(text.split("\n"), 1) if "Responsible for database management" in l)
    rep = report(path)
    flagged = [f["location"] for f in findings(rep, "phrasing/responsibility")]
    check("the duty highlight is flagged with its pointer and line",
          {"page": 0, "line": line, "pointer": "/work/1/highlights/2"} in flagged, flagged)
    bullets = [b for s in rep.get("document", {}).get("sections", []) for b in s["bullets"]]
    check("every bullet has a pointer", bullets and all(b.get("pointer", "").startswith(("/work/", "/projects/"))
                                                         for b in bullets), [b.get("pointer") for b in bullets][:5])
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.replace('"work": [', '"work": [,', 1))
    r = subprocess.run([BIN, path], capture_output=True, text=True, timeout=60)
    check("invalid JSON Resume exits 2 with one line", r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1,
          r.stderr)
    check("naming the line", "not valid JSON Resume (line " in r.stderr, r.stderr)

# Text and Markdown reports stay as they were: no file or pointer keys.
rep = report(sample("weak-backend.txt"))
locations = [f["location"] for f in rep.get("findings", [])]
check("plain-text locations have no file or pointer",
      locations and all("file" not in l and "pointer" not in l for l in locations), locations[:3])

finish()
