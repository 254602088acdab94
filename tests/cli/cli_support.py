"""What the CLI tests (tests/cli/test_*.py, run as `python3 FILE BESCORE SOURCE_DIR`) share: the two arguments,
checks that are counted, running bescore, the samples. Import it first thing:

    from cli_support import BIN, SRC, check, finish, report, run, sample

check() prints only a failed check (BESCORE_TEST_VERBOSE=1: every check); finish() lists the failures again.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
failures = []


checked = 0
# CI shows the start of a failing test's output: a passed check is printed only when BESCORE_TEST_VERBOSE=1, so a
# FAIL line is never cut off behind a hundred "ok" lines.
VERBOSE = os.environ.get("BESCORE_TEST_VERBOSE") == "1"


def check(name, cond, detail=""):
    global checked
    checked += 1
    if not cond:
        failures.append(f"{name}: {detail}")
    if VERBOSE or not cond:
        print(("ok   " if cond else "FAIL ") + name + ("" if cond else f"  ({detail})"), flush=True)


def run(*args, timeout=60):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout)


def report(path, *extra):
    """The JSON report of one file, checking that it scores (exit 0); {} when it does not."""
    r = run("--format", "json", *extra, path)
    check(f"{os.path.basename(path)} exits 0", r.returncode == 0, r.stderr.strip())
    return json.loads(r.stdout) if r.returncode == 0 else {}


def sample(name):
    return os.path.join(SRC, "samples", name)


def chromium():
    """The headless browser the HTML tests use, or None (they are skipped then)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def headless(browser, *args, cwd=None):
    """Runs Chromium headless with a throwaway profile and no network chatter; its stdout (--dump-dom)."""
    profile = tempfile.mkdtemp(prefix="bescore-chromium-")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={profile}"]
    try:
        return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120, cwd=cwd).stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def sort_probe(html, column):
    """A cohort page that, once loaded, clicks heading `column` of table#resumes and writes that column's sort
    keys, in their new order, to <body data-order>: read back with sorted_keys(dom)."""
    return html.replace("</body>", f"<script>document.querySelectorAll('#resumes th button')[{column}].click();"
                        "document.body.setAttribute('data-order', Array.prototype.map.call("
                        "document.querySelectorAll('#resumes tbody'), function (t) {"
                        f" return t.rows[0].cells[{column}].getAttribute('data-v'); }}).join(','));</script></body>")


def sorted_keys(dom):
    return [float(v) for v in (re.search(r'data-order="([^"]*)"', dom) or [None, ""])[1].split(",") if v]


def finish():
    """Exit 1 when a check failed, else 0."""
    if failures:
        print(f"\n{len(failures)} of {checked} checks failed:", *failures, sep="\n  ")
        sys.exit(1)
    print(f"{checked} checks passed")
    sys.exit(0)
