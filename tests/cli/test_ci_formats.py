#!/usr/bin/env python3
"""CI output formats: line, github (+ summary), sarif (validated against the SARIF 2.1.0 schema),
--fail-on. Usage: test_ci_formats.py BESCORE SOURCE_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
WEAK = os.path.join(SRC, "samples", "weak-backend.txt")
STRONG = os.path.join(SRC, "samples", "strong-backend.txt")
failures = []


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else f"  ({detail})"))
    if not cond:
        failures.append(name)


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
    check("summary: score table and every finding", "| category | points |" in text and text.count("| -") >= len(cmds) - 1, text[:200])

    sarif_path = os.path.join(tmp, "out.sarif")
    r = run("--format", "sarif", WEAK, STRONG)
    with open(sarif_path, "w") as fh:
        fh.write(r.stdout)
    log = json.loads(r.stdout)
    try:
        import jsonschema
        schema = json.load(open(os.path.join(SRC, "tests", "schemas", "sarif-schema-2.1.0.json")))  # OASIS SARIF 2.1.0
        jsonschema.validate(log, schema)
        check("sarif validates against the 2.1.0 schema", True)
    except ImportError:
        print("SKIP sarif schema validation (python3-jsonschema missing)")
    except Exception as e:  # noqa: BLE001
        check("sarif validates against the 2.1.0 schema", False, str(e)[:300])
    check("sarif: one run per file with the score", [run_["properties"]["score"] for run_ in log["runs"]][1] >= 85)
    rules = {x["id"]: x for x in log["runs"][0]["tool"]["driver"]["rules"]}
    check("sarif: rule metadata with help and default level",
          rules["impact/quantified"]["defaultConfiguration"]["level"] == "error" and rules["impact/quantified"]["help"]["text"])
    res = [x for x in log["runs"][0]["results"] if x["ruleId"] == "phrasing/responsibility"]
    check("sarif: result with a physical location at the duty line",
          any(x["locations"][0]["physicalLocation"]["region"]["startLine"] == duty_line for x in res))

check("--fail-on error trips on the weak sample", run("--fail-on", "error", WEAK).returncode == 1)
check("--fail-on error passes the strong sample", run("--fail-on", "error", STRONG).returncode == 0)
check("--fail-on warning trips on a warning", run("--fail-on", "warning", WEAK).returncode == 1)
check("--fail-on rejects other values with exit 2", run("--fail-on", "notice", WEAK).returncode == 2)

print(f"\n{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
