#!/usr/bin/env python3
"""Every command scores through one engine (src/engine/engine.h): `bescore FILE`, `bescore batch` and `bescore diff`
apply a resume repository's .bescore.json, suppression comments, --max-text and --timeout alike. Usage: test_one_engine.py BESCORE SOURCE_DIR"""
import json
import os
import subprocess
import tempfile

from cli_support import BIN, check, finish, run, sample


def findings(report):
    return sorted((f["rule"], f["location"]["line"], f["severity"], f["points"]) for f in report["findings"])


with tempfile.TemporaryDirectory() as repo:
    # A repository (.git) whose resume keeps one duty bullet on purpose, and whose config turns a rule off.
    os.makedirs(os.path.join(repo, ".git"))
    path = os.path.join(repo, "resume.md")
    with open(sample("weak-backend.md"), encoding="utf-8") as fh:
        first, rest = fh.read().split("- Responsible for", 1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(first + "<!-- bescore-disable-next-line phrasing/responsibility -->\n- Responsible for" + rest)
    with open(os.path.join(repo, ".bescore.json"), "w") as fh:
        json.dump({"overrides": {"phrasing/filler": "off", "summary/generic": {"severity": "info"}}}, fh)

    single = json.loads(run("--format", "json", path).stdout)
    check("the single run applies the suppression", len(single["suppressed"]) == 1, single["suppressed"])
    check("the single run applies the config", not any(f["rule"] == "phrasing/filler" for f in single["findings"]))

    b = run("batch", path, "-o", "-")
    rows = [json.loads(l) for l in b.stdout.splitlines() if l.strip()]
    check("batch scores the file", b.returncode == 0 and len(rows) == 1, b.stderr)
    if rows:
        row = rows[0]
        check("batch: the same score as the single run", row.get("score") == single["score"], (row.get("score"), single["score"]))
        check("batch: the same findings (config overrides applied)", findings(row) == findings(single))
        check("batch: the same suppressed finding", len(row.get("suppressed", [])) == len(single["suppressed"]))

    saved = os.path.join(repo, "saved.json")
    with open(saved, "w") as fh:
        json.dump(single, fh)
    d = run("diff", "--format", "json", saved, path)
    diff = json.loads(d.stdout) if d.returncode == 0 else {}
    check("diff scores the resume as the single run does", diff.get("after", {}).get("score") == single["score"], d.stderr)
    check("diff reports no suppressed or switched-off finding as new", diff.get("new") == [], diff.get("new"))

    short = run("--max-text", "200", "diff", path, path)
    check("diff honours --max-text", short.returncode == 2 and "200" in short.stderr, short.stderr)
    check("the single run refuses the same way", run("--max-text", "200", path).stderr.split(": ", 1)[-1] == short.stderr.split(": ", 1)[-1],
          (short.stderr, run("--max-text", "200", path).stderr))

    # The test hook (docs/hardening.md) hangs on the path that contains it, as a hostile PDF would.
    hung = subprocess.run([BIN, "--timeout", "1", "diff", saved, path], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, BESCORE_TEST_HANG_ON="resume.md"))
    check("diff honours --timeout", hung.returncode == 2 and "resume.md: timed out after 1s" in hung.stderr, hung.stderr)

finish()
