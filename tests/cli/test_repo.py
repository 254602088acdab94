#!/usr/bin/env python3
"""End to end in a resume repository: LaTeX and Markdown sources, a .bescore.json, inline suppression,
the CI formats, bad config, and `bescore diff`. Usage: test_repo.py BESCORE SOURCE_DIR"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish




def run(*args, cwd=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60, cwd=cwd)


with tempfile.TemporaryDirectory() as repo:
    os.makedirs(os.path.join(repo, ".git"))
    os.makedirs(os.path.join(repo, "cv"))
    # A Markdown resume with a duty bullet the owner has decided to keep, and one they have not.
    md = open(os.path.join(SRC, "samples", "weak-backend.md"), encoding="utf-8").read()
    md = md.replace("- Responsible for database management",
                    "<!-- bescore-disable-next-line phrasing/responsibility -->\n- Responsible for database management", 1)
    path = os.path.join(repo, "cv", "resume.md")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(md)
    suppressed_line = md.split("\n").index("- Responsible for database management") + 1

    r = json.loads(run("--format", "json", path).stdout)
    check("suppressed finding is counted, not dropped",
          any(s["rule"] == "phrasing/responsibility" and s["location"]["line"] == suppressed_line for s in r["suppressed"]), r["suppressed"])
    check("suppressed finding is gone from findings",
          not any(f["rule"] == "phrasing/responsibility" and f["location"]["line"] == suppressed_line for f in r["findings"]))
    check("other duty bullets are still reported", any(f["rule"] == "phrasing/responsibility" for f in r["findings"]))
    base = r["score"]

    with open(os.path.join(repo, ".bescore.json"), "w") as fh:
        json.dump({"fail-under": 60, "overrides": {"phrasing/filler": "off", "summary/generic": {"severity": "info"}}}, fh)
    r2 = run("--format", "json", path)
    d = json.loads(r2.stdout)
    check(".bescore.json found from the resume's folder upward", not any(f["rule"] == "phrasing/filler" for f in d["findings"]))
    check(".bescore.json severity override", all(f["severity"] == "info" for f in d["findings"] if f["rule"] == "summary/generic"))
    check(".bescore.json fail-under trips with exit 1", r2.returncode == 1, r2.returncode)
    check("the command line's --fail-under wins", run("--fail-under", "0", path).returncode == 0)
    check("--no-config ignores the file", any(f["rule"] == "phrasing/filler" for f in json.loads(run("--no-config", "--format", "json", path).stdout)["findings"]))

    lines = run("--format", "line", path).stdout.splitlines()
    check("line output points into the source", any(re.match(re.escape(path) + r":\d+:1: (error|warning|info): .+ \[[a-z/-]+\]$", l) for l in lines), lines[:2])
    sarif = json.loads(run("--format", "sarif", path).stdout)
    check("sarif has results for the repo resume", len(sarif["runs"][0]["results"]) > 3)

    for bad, expect in [({"colour": "blue"}, "colour: unknown key"), ({"fail-under": "high"}, "fail-under: expected an integer"),
                        ({"overrides": {"skills/focus": "loud"}}, "overrides.skills/focus"),
                        ({"overrides": {"no/such-rule": "off"}}, "no/such-rule")]:
        with open(os.path.join(repo, ".bescore.json"), "w") as fh:
            json.dump(bad, fh)
        r3 = run(path)
        errs = r3.stderr.strip().splitlines()
        check(f"bad config {bad} is one line naming the key, exit 2",
              r3.returncode == 2 and len(errs) == 1 and expect in errs[0] and ".bescore.json" in errs[0], (r3.returncode, errs))

    # The command line's --rules wins over the config's "rules"; the config's overrides still apply on top
    with open(os.path.join(repo, ".bescore.json"), "w") as fh:
        json.dump({"rules": "backend", "overrides": {"phrasing/filler": "off"}}, fh)
    d = json.loads(run("--rules", "platform", "--format", "json", path).stdout)
    check("--rules on the command line wins over .bescore.json", d["ruleset"]["id"] == "platform", d["ruleset"])
    check("... and the config's overrides still apply", not any(f["rule"] == "phrasing/filler" for f in d["findings"]))
    check("without --rules the config's set is used",
          json.loads(run("--format", "json", path).stdout)["ruleset"]["id"] == "backend")

    # --skip-non-resumes (the pre-commit hook): a posting or a README is noted and skipped, not a failed commit
    posting = os.path.join(repo, "cv", "posting.md")
    shutil.copy(os.path.join(SRC, "samples", "jobs", "backend.md"), posting)
    r5 = run("--skip-non-resumes", "--format", "line", posting)
    check("--skip-non-resumes: a posting is skipped with a note, exit 0",
          r5.returncode == 0 and r5.stderr == f"bescore: {posting}: skipped: this reads as a job posting, not a resume\n", (r5.returncode, r5.stderr))
    check("without it a posting is exit 2", run(posting).returncode == 2)

    # LaTeX in the repository, with a suppression comment and an included file.
    tex_src = os.path.join(SRC, "samples", "strong-backend.tex")
    if os.path.exists(tex_src):
        os.remove(os.path.join(repo, ".bescore.json"))
        shutil.copy(tex_src, os.path.join(repo, "cv", "resume.tex"))
        shutil.copytree(os.path.join(SRC, "samples", "tex"), os.path.join(repo, "cv", "tex"))
        r4 = run("--format", "json", os.path.join(repo, "cv", "resume.tex"))
        check("the LaTeX resume in the repo scores >= 85", r4.returncode == 0 and json.loads(r4.stdout)["score"] >= 85, r4.stderr)

    # diff between two versions
    old = os.path.join(SRC, "samples", "weak-backend.txt")
    new = os.path.join(SRC, "samples", "strong-backend.txt")
    r5 = run("diff", old, new)
    check("diff prints 'OLD → NEW (+N): fixed X, new Y'", re.match(r"^\d+ → \d+ \(\+\d+\): fixed \d+, new \d+", r5.stdout) is not None, r5.stdout[:80])
    saved = os.path.join(repo, "old.json")
    with open(saved, "w") as fh:
        fh.write(run("--format", "json", old).stdout)
    d5 = json.loads(run("diff", "--format", "json", saved, old).stdout)
    check("diff of a saved report against the same resume: no change", d5["change"] == 0 and not d5["fixed"] and not d5["new"], d5["change"])

# The pre-commit hook's file pattern: resumes by name, never README.md or package.json
with open(os.path.join(SRC, ".pre-commit-hooks.yaml"), encoding="utf-8") as fh:
    pattern = re.search(r"^  files: '(.*)'$", fh.read(), re.M).group(1)
caught = [n for n in ("README.md", "package.json", "docs/README.md", "notes.txt", "tsconfig.json") if re.search(pattern, n)]
check("pre-commit pattern leaves README.md and package.json alone", not caught, caught)
missed = [n for n in ("resume.tex", "cv/resume.md", "Jane_Doe_CV.pdf", "cv.json", "docs/Resume-2026.docx") if not re.search(pattern, n)]
check("pre-commit pattern catches resumes by name", not missed, missed)

finish()
