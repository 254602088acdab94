#!/usr/bin/env python3
"""CI output formats: line, github (+ summary), sarif (validated against the SARIF 2.1.0 schema),
--fail-on. Usage: test_ci_formats.py BESCORE SOURCE_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

WEAK = os.path.join(SRC, "samples", "weak-backend.txt")
STRONG = os.path.join(SRC, "samples", "strong-backend.txt")



def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60)


with open(WEAK, encoding="utf-8") as fh:
    duty_line = next(i for i, l in enumerate(fh, 1) if "Responsible for database management" in l)

r = run("--format", "line", WEAK)
lines = r.stdout.splitlines()
shape = re.compile(r"^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z-]+/[a-z-]+)\]$")
check("line format: every line is FILE:LINE:COL: severity: message [rule]", lines and all(shape.match(l) for l in lines), lines[:3])
check("line format: the duty bullet is reported at its line",
      any(l.startswith(f"{WEAK}:{duty_line}:1: error:") and l.endswith("[phrasing/responsibility]") for l in lines))

with tempfile.TemporaryDirectory() as tmp:
    summary = os.path.join(tmp, "summary.md")
    r = run("--format", "github", "--summary", summary, WEAK)
    cmds = r.stdout.splitlines()
    check("github: workflow commands with file, line and title",
          any(c.startswith(f"::error file={WEAK},line={duty_line},title=phrasing/responsibility") for c in cmds), cmds[:2])
    check("github: data is escaped (no raw newline inside a command)", all(c.startswith("::") for c in cmds))
    text = open(summary, encoding="utf-8").read()
    check("summary: score table and every finding", "| category | points |" in text and len(re.findall(r"^\| (-\d+|0) \| `", text, re.M)) >= len(cmds) - 1, text[:200])

    # The summary: fix templates such as "<N>" survive as text; a finding that costs nothing says 0, not -0
    check("summary: < > & are escaped, so <N> survives", "&lt;N&gt;" in text and "<N>" not in text, text[:300])
    check("summary: no -0", "| -0 |" not in text)
    summary2 = os.path.join(tmp, "summary-pdf.md")
    run("--format", "github", "--summary", summary2, os.path.join(SRC, "tests", "ats", "..", "..", "samples", "two-column.pdf"))
    text2 = open(summary2, encoding="utf-8").read()
    check("summary: a 0-point finding (the ATS audit) says 0", "| 0 | `ats/" in text2 and "| -0 |" not in text2, text2[-400:])

    # Exit 1 says why, on stderr and in the summary
    summary3 = os.path.join(tmp, "summary-fail.md")
    r = run("--fail-under", "80", "--fail-on", "error", "--summary", summary3, WEAK, STRONG)
    weak_score = json.loads(run("--format", "json", WEAK).stdout)["score"]
    errors = sum(f["severity"] == "error" for f in json.loads(run("--format", "json", WEAK).stdout)["findings"])
    why = f"score {weak_score} is below --fail-under 80; {errors} error findings with --fail-on error"
    check("exit 1 says why on stderr", r.returncode == 1 and r.stderr == f"bescore: {WEAK}: {why}\n", r.stderr)
    check("exit 1 says why in the summary", f"**Failed:** {why}" in open(summary3, encoding="utf-8").read())
    r = run("--fail-on", "warning", STRONG)
    check("a file that passes its thresholds says nothing", r.returncode == 0 and r.stderr == "", r.stderr)

    # SARIF: several files, one run, validated
    WEAK_PDF = os.path.join(SRC, "samples", "weak-backend.pdf")
    r = run("--format", "sarif", WEAK, STRONG, WEAK_PDF)
    log = json.loads(r.stdout)
    try:
        import jsonschema
        schema = json.load(open(os.path.join(SRC, "tests", "schemas", "sarif-schema-2.1.0.json")))  # OASIS SARIF 2.1.0
        jsonschema.validate(log, schema)
        check("sarif with three files validates against the 2.1.0 schema", True)
    except ImportError:
        print("SKIP sarif schema validation (python3-jsonschema missing)")
    except Exception as e:  # noqa: BLE001
        check("sarif with three files validates against the 2.1.0 schema", False, str(e)[:300])
    check("sarif: one run for all the files", len(log["runs"]) == 1, len(log["runs"]))
    run0 = log["runs"][0]
    files = run0["properties"]["files"]
    check("sarif: each file's score in the run's properties",
          [f["file"] for f in files] == [WEAK, STRONG, WEAK_PDF] and files[1]["score"] >= 85, files)
    rules = {x["id"]: x for x in run0["tool"]["driver"]["rules"]}
    check("sarif: rule metadata with help and default level",
          rules["impact/quantified"]["defaultConfiguration"]["level"] == "error" and rules["impact/quantified"]["help"]["text"])
    check("sarif: a helpUri for every rule", all(x.get("helpUri", "").startswith(("https://", "http://")) for x in rules.values()))
    uris = {x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in run0["results"]}
    if os.path.exists(os.path.join(SRC, ".git")):
        check("sarif: URIs relative to the repository root",
              uris == {"samples/weak-backend.txt", "samples/weak-backend.pdf"} and all(
                  x["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%" for x in run0["results"]), uris)
    else:
        print("skip sarif repository-relative URIs: the source is not a git checkout")
    res = [x for x in run0["results"] if x["ruleId"] == "phrasing/responsibility"]
    check("sarif: result with a physical location at the duty line",
          any(x["locations"][0]["physicalLocation"].get("region", {}).get("startLine") == duty_line for x in res))
    pdf_results = [x for x in run0["results"] if x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".pdf")]
    check("sarif: PDF results have no invented text region, and say their page",
          pdf_results and all("region" not in x["locations"][0]["physicalLocation"] for x in pdf_results)
          and any("(page 1)" in x["message"]["text"] for x in pdf_results), pdf_results[:1])

    # The JSON report: schema_version and the tool's version, valid against docs/json-report.schema.json;
    # --format jsonl is one report a line, however many files
    r = run("--format", "jsonl", "--job", os.path.join(SRC, "samples", "jobs", "backend.md"), WEAK, STRONG, WEAK_PDF,
            os.path.join(SRC, "samples", "strong-backend.docx"), os.path.join(SRC, "samples", "strong-backend.tex"))
    reports = [json.loads(l) for l in r.stdout.splitlines()]
    check("jsonl: one report a line", r.returncode == 0 and len(reports) == 5, r.stderr)
    one = run("--format", "jsonl", WEAK).stdout
    check("jsonl: one line for one file too", one.count("\n") == 1 and json.loads(one)["file"] == WEAK)
    version = run("--version").stdout.split()[-1]
    check("every report has schema_version and bescore_version",
          all(x["schema_version"] == 1 and x["bescore_version"] == version for x in reports), version)
    try:
        import jsonschema
        schema = json.load(open(os.path.join(SRC, "docs", "json-report.schema.json")))
        problems = [f"{x['file']}: {e.json_path}: {e.message[:120]}" for x in reports
                    for e in jsonschema.Draft202012Validator(schema).iter_errors(x)]
        check("the reports validate against docs/json-report.schema.json", not problems, problems[:3])
    except ImportError:
        print("SKIP JSON report schema validation (python3-jsonschema missing)")

check("--fail-on error trips on the weak sample", run("--fail-on", "error", WEAK).returncode == 1)
check("--fail-on error passes the strong sample", run("--fail-on", "error", STRONG).returncode == 0)
check("--fail-on warning trips on a warning", run("--fail-on", "warning", WEAK).returncode == 1)
check("--fail-on rejects other values with exit 2", run("--fail-on", "notice", WEAK).returncode == 2)

finish()
