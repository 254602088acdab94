#!/usr/bin/env python3
"""No network, no surprises (docs/hardening.md): under `strace -f`, bescore (and every child it forks) makes no
network system call at all, and opens for writing (O_WRONLY, O_RDWR, O_CREAT) no file but those the user named:
the --summary file, the batch --out file (written as a temporary sibling renamed onto it). Prints SKIP and passes when strace is missing and cannot be installed,
or when ptrace is not allowed here.
Usage: test_no_network.py BESCORE SOURCE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

SAMPLES = os.path.join(SRC, "samples")
OPEN = re.compile(r'^\d+\s+(open|openat|openat2|creat)\((?:[^,]+, )?"((?:[^"\\]|\\.)*)",? ?([A-Z_|0-9]*)')
RENAME = re.compile(r'^\d+\s+rename(?:at2?)?\((?:[^,]+, )?"((?:[^"\\]|\\.)*)", (?:[^,]+, )?"((?:[^"\\]|\\.)*)"')
CALL = re.compile(r"^\d+\s+([a-z_0-9]+)\(")



def find_strace():
    # Tests install nothing: scripts/test installs strace before the suite runs; without it the check is skipped.
    return shutil.which("strace")


def traced(strace, tmp, args):
    """(exit code, [(syscall, path, flags)] of opens, {renamed: new name}, other syscalls, stderr) for bescore args
    under strace."""
    log = os.path.join(tmp, "strace.log")
    env = dict(os.environ)
    # LeakSanitizer cannot run under ptrace; the leak check is the sanitizer run's business, not this test's.
    env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
    r = subprocess.run([strace, "-f", "-qq", "-s", "4096", "-o", log,
                        "-e", "trace=%network,open,openat,openat2,creat,rename,renameat,renameat2", BIN, *args],
                       capture_output=True, text=True, timeout=120, env=env, cwd=tmp)
    opens, renames, calls = [], {}, set()
    with open(log, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            m = OPEN.match(line)
            moved = RENAME.match(line)
            if m:
                opens.append((m.group(1), m.group(2), m.group(3)))
            elif moved:
                renames[moved.group(1)] = moved.group(2)
            elif CALL.match(line):
                calls.add(CALL.match(line).group(1))
    return r.returncode, opens, renames, calls, r.stderr


def writes(opens, renames):
    """The files opened for writing, a temporary file renamed onto another counted as that one."""
    return sorted({renames.get(path, path) for call, path, flags in opens
                   if call == "creat" or re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND", flags)})


def main():
    strace = find_strace()
    if not strace:
        print("SKIP strace is not installed (scripts/test installs it)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        probe = subprocess.run([strace, "-o", os.devnull, "true"], capture_output=True, text=True)
        if probe.returncode != 0:
            reason = probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else f"exit {probe.returncode}"
            print("SKIP strace cannot trace here: " + reason)
            return
        summary, cohort = os.path.join(tmp, "summary.md"), os.path.join(tmp, "cohort.csv")
        inputs = [os.path.join(SAMPLES, n) for n in sorted(os.listdir(SAMPLES))
                  if os.path.isfile(os.path.join(SAMPLES, n))]
        runs = [("every sample, text report", inputs, []),
                ("JSON report with --summary", ["--format", "json", "--summary", summary, inputs[0]], [summary]),
                ("an encrypted PDF", [os.path.join(SRC, "tests", "broken", "encrypted.pdf")], []),
                ("batch with --out", ["batch", "-j", "2", "--out", cohort, SAMPLES], [cohort])]
        for name, args, named in runs:
            code, opens, renames, calls, err = traced(strace, tmp, args)
            check(f"{name}: runs under strace", code in (0, 1, 2) and opens, f"exit {code}: {err[-300:]}")
            check(f"{name}: no network system call", not calls, sorted(calls))
            written = writes(opens, renames)
            check(f"{name}: opens for writing only {named or 'nothing'}", written == sorted(named), written)
    finish()


if __name__ == "__main__":
    main()
