#!/usr/bin/env python3
"""Rule patterns are RE2 (docs/hardening.md): a pattern that backtracks exponentially in other engines, (a+)+$,
in a trait of a rule file extending backend, applied to a resume with 100 KB of adversarial text, finishes well
within the subprocess timeout and scores; patterns RE2 cannot run in linear time (backreferences, lookaround)
are refused with one error line.
Usage: test_rule_safety.py BESCORE SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

TIMEOUT = 60  # a hang, not a time limit: an ASan build on a loaded machine is slow, exponential matching is not



def run(*args):
    try:
        r = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "(timed out)"
    return r.returncode, r.stdout, r.stderr


def rule_file(folder, name, patterns):
    """A set extending backend whose 'responsibility' trait (used by phrasing/responsibility) is patterns."""
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"extends": "backend", "id": "pathological", "traits": {"responsibility": {"match": patterns}}}, fh)
    return path


def main():
    with open(os.path.join(SRC, "samples", "strong-backend.txt"), encoding="utf-8") as fh:
        sample = fh.read()
    # 100 KB of adversarial text: long runs of 'a' that almost match and then fail at the end, as bullets and
    # as one long bullet, so every pattern is tried against all of it.
    # Two short bullets of a's alone do match, so the pattern is seen to run.
    attack = "".join(f"- {'a' * 1000}!\n" for _ in range(50)) + "- " + "a" * 50_000 + "!\n" + "- aaaaaaaa\n" * 2
    resume = sample.replace("\nPROJECTS", "\n" + attack + "\nPROJECTS", 1)
    check("the adversarial text is at least 100 KB", len(attack) >= 100_000, len(attack))
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "resume.txt")
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(resume)
        rules = rule_file(tmp, "pathological.json", ["(a+)+$", "(a|aa)+$", "(a*)*b", "^(([a-z])+.)+[A-Z]([a-z])+$"])
        code, out, err = run("--rules", rules, "--format", "json", target)
        check("(a+)+$ on 100 KB of a...a! finishes within the timeout", code is not None, err)
        check("and scores (exit 0)", code == 0, f"exit {code}: {err.strip()}")
        if code == 0:
            report = json.loads(out)
            check("with a score from 0 to 100", 0 <= report["score"] <= 100, report["score"])
            check("and the pattern did match the runs of a (it ran, it was not skipped)",
                  any(f["rule"] == "phrasing/responsibility" for f in report["findings"]), "no finding")
        for name, pattern in (("backreference", r"(a+)\1"), ("lookahead", "a(?=b)"), ("lookbehind", "(?<=a)b")):
            rules = rule_file(tmp, name + ".json", [pattern])
            code, _, err = run("--rules", rules, target)
            lines = err.splitlines()
            check(f"a {name} is refused: exit 2", code == 2, f"exit {code}")
            check(f"a {name} is refused: one line naming the file", len(lines) == 1 and
                  lines[0].startswith(f"bescore: {rules}: ") and "invalid regular expression" in lines[0], lines)
        # A pattern is compiled inside a group, where "a)|(b" would parse: it is refused as written, in a trait and in
        # a rule's params (a project flag that matched every text would have marked every project a tutorial).
        rules = rule_file(tmp, "unbalanced.json", ["a)|(b"])
        code, _, err = run("--rules", rules, target)
        check("an unbalanced trait pattern 'a)|(b' is refused: exit 2, one line", code == 2 and len(err.splitlines()) == 1
              and "invalid regular expression" in err, f"exit {code}: {err.strip()}")
        # A config's patterns are the person's own whatever the file is called: a config named without ".json" once
        # had them taken for built-in ones, compiled on first use, and a bad one aborted the run.
        for name, pattern in (("cfg", "(a"), ("cfg2", ")(")):
            config = os.path.join(tmp, name)
            with open(config, "w", encoding="utf-8") as fh:
                json.dump({"overrides": {"projects/depth": {"params": {"flag": [pattern]}}}}, fh)
            code, out, err = run("--config", config, target)
            lines = err.splitlines()
            check(f"--config {name} with a project flag '{pattern}': exit 2, one line naming the config",
                  code == 2 and len(lines) == 1 and lines[0].startswith(f"bescore: {config}: ") and
                  "invalid regular expression" in lines[0], f"exit {code}: {lines}")
    finish()


if __name__ == "__main__":
    main()
