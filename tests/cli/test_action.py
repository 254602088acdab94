#!/usr/bin/env python3
"""The GitHub Action (action.yml): it installs a package instead of building the project, passes its inputs to
the shell only through env:, and its scoring script gives the score as outputs, the reasons for a failure in the
summary, and SARIF when asked; a file list cannot inject commands. Usage: test_action.py BESCORE SOURCE_DIR"""
import json
import os
import re
import subprocess
import tempfile

from cli_support import BIN, SRC, check, finish, sample

with open(os.path.join(SRC, "action.yml"), encoding="utf-8") as fh:
    action_text = fh.read()
try:
    import yaml
    action = yaml.safe_load(action_text)
except ImportError:
    action = None
    print("skip the parsed action.yml checks: python3-yaml is not installed")

if action:
    steps = action["runs"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    check("no ${{ }} expression inside a run: script", runs and not any("${{" in r for r in runs), runs)
    check("inputs reach the scripts through env:",
          all("${{ inputs." in json.dumps(s.get("env", {})) or "inputs" not in json.dumps(s.get("env", {}))
              for s in steps if "run" in s) and any("BESCORE_FILES" in s.get("env", {}) for s in steps))
    check("the action does not build the project on every run",
          not re.search(r"scripts/setup|cmake --build|\bmake\b", " ".join(runs)) and
          all("if" in s for s in steps if "build" in s.get("run", "")), runs)
    check("the score is a step output", action["outputs"]["score"]["value"] == "${{ steps.score.outputs.score }}")
    upload = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
    check("SARIF upload is optional", len(upload) == 1 and "upload-sarif" in upload[0]["if"], upload)
for script in ("install", "build", "score"):
    path = os.path.join(os.path.abspath(SRC), "scripts", "action", script)
    r = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    check(f"scripts/action/{script} is an executable bash script", os.access(path, os.X_OK) and r.returncode == 0, r.stderr)


def score_step(tmp, files, **inputs):
    """Runs the Score step as the runner would: inputs in the environment, bescore on PATH."""
    outputs, summary = os.path.join(tmp, "outputs"), os.path.join(tmp, "summary.md")
    for p in (outputs, summary):
        open(p, "w").close()
    env = {**os.environ, "PATH": os.path.dirname(os.path.abspath(BIN)) + os.pathsep + os.environ["PATH"],
           "GITHUB_OUTPUT": outputs, "GITHUB_STEP_SUMMARY": summary, "BESCORE_FILES": files,
           **{f"BESCORE_{k.upper()}": v for k, v in inputs.items()}}
    r = subprocess.run([os.path.join(os.path.abspath(SRC), "scripts", "action", "score")], capture_output=True, text=True, env=env, cwd=tmp)
    with open(outputs, encoding="utf-8") as fh:
        out = dict(line.split("=", 1) for line in fh.read().splitlines())
    with open(summary, encoding="utf-8") as fh:
        return r, out, fh.read()


WEAK, STRONG = os.path.abspath(sample("weak-backend.txt")), os.path.abspath(sample("strong-backend.txt"))
weak_score = json.loads(subprocess.run([BIN, "--format", "json", WEAK], capture_output=True, text=True).stdout)["score"]
with tempfile.TemporaryDirectory() as tmp:
    r, out, summary = score_step(tmp, f"{WEAK}\n{STRONG}", fail_under="80", fail_on="none", rules="", sarif_file="")
    check("the Score step fails below fail-under", r.returncode == 1, (r.returncode, r.stderr))
    check("... and says why on stderr", f"score {weak_score} is below --fail-under 80" in r.stderr, r.stderr)
    check("... and in the job summary", f"**Failed:** score {weak_score} is below --fail-under 80" in summary)
    check("score output: the lowest score", out.get("score") == str(weak_score), out)
    scores = json.loads(out.get("scores", "{}"))
    check("scores output: JSON, file to score", scores.get(WEAK) == weak_score and scores.get(STRONG, 0) >= 85, scores)
    check("annotations are printed", "::error file=" in r.stdout, r.stdout[:200])

    sarif = os.path.join(tmp, "bescore.sarif")
    r, out, _ = score_step(tmp, STRONG, fail_under="0", fail_on="error", rules="platform", sarif_file=sarif)
    check("the Score step passes a strong resume", r.returncode == 0, r.stderr)
    check("sarif-file output and the file", out.get("sarif-file") == sarif and json.load(open(sarif))["version"] == "2.1.0", out)
    check("the rules input is used", json.load(open(sarif))["runs"][0]["tool"]["driver"]["rules"][0]["id"] != "", out)

    marker = os.path.join(tmp, "injected")
    r, out, _ = score_step(tmp, f"{STRONG} $(touch {marker}); touch {marker}", fail_under="0", fail_on="none", rules="",
                           sarif_file="")
    check("a file list cannot run commands", not os.path.exists(marker) and r.returncode == 2, (r.returncode, r.stderr[:200]))

finish()
