"""What the CLI tests (tests/cli/test_*.py, run as `python3 FILE BESCORE SOURCE_DIR`) share: the two arguments,
checks that print ok/FAIL and are counted, running bescore, the samples. Import it first thing:

    from cli_support import BIN, SRC, check, finish, report, run, sample
"""
import json
import os
import subprocess
import sys

BIN, SRC = sys.argv[1], sys.argv[2]
failures = []


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else f"  ({detail})"))


def run(*args, timeout=60):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout)


def report(path, *extra):
    """The JSON report of one file, checking that it scores (exit 0); {} when it does not."""
    r = run("--format", "json", *extra, path)
    check(f"{os.path.basename(path)} exits 0", r.returncode == 0, r.stderr.strip())
    return json.loads(r.stdout) if r.returncode == 0 else {}


def sample(name):
    return os.path.join(SRC, "samples", name)


def finish():
    """Exit 1 when a check failed, else 0."""
    if failures:
        print(f"\n{len(failures)} failed", file=sys.stderr)
        sys.exit(1)
    sys.exit(0)
