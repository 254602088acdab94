#!/usr/bin/env python3
"""A batch's parent keeps nothing per file (issue 19, item 8): its peak memory (VmHWM, which `batch --stats`
reports on stderr at the end) over 10,000 small resumes is within 10% of its peak over 1,000, and every file is
scored. The files are tiny .txt resumes so the run stays cheap; no timing is asserted.
Usage: test_batch_memory.py BESCORE SOURCE_DIR"""
import os
import re
import shutil
import subprocess
import tempfile

from cli_support import BIN, check, finish

RESUME = ("Ada Example {i}\nada{i}@example.com\n\nEXPERIENCE\nBackend Engineer, Acme | 2020 - 2023\n"
          "- Built a Go API serving {i} requests a day\n\nSKILLS\nGo, SQL\n\nEDUCATION\nBSc Computer Science, 2019\n")


def cohort(folder, n):
    os.makedirs(folder)
    for i in range(n):
        with open(os.path.join(folder, f"{i:05d}.txt"), "w") as fh:
            fh.write(RESUME.format(i=i))
    return folder


def peak_kb(folder, out):
    # Under AddressSanitizer freed memory is held in a quarantine that grows with the work done: without one, the
    # peak is the program's own (the option is ignored by other builds).
    env = dict(os.environ, ASAN_OPTIONS=":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "quarantine_size_mb=0"])))
    r = subprocess.run([BIN, "batch", folder, "--jobs", "2", "--stats", "--out", out], capture_output=True, text=True,
                       timeout=600, env=env)
    m = re.search(r"parent peak memory (\d+) kB", r.stderr)
    return r, int(m.group(1)) if m else None


tmp = tempfile.mkdtemp(prefix="bescore-memory-")
try:
    small, large = cohort(os.path.join(tmp, "k1"), 1000), cohort(os.path.join(tmp, "k10"), 10000)
    for ext in ("html",):  # the page, whose table rows are spooled and numbers tallied (CSV rows are simply written)
        r1, p1 = peak_kb(small, os.path.join(tmp, f"k1.{ext}"))
        r10, p10 = peak_kb(large, os.path.join(tmp, f"k10.{ext}"))
        check(f".{ext}: both batches exit 0 and report their peak", r1.returncode == 0 and r10.returncode == 0 and p1 and p10,
              (r1.returncode, r10.returncode, r1.stderr[-200:], r10.stderr[-200:]))
        check(f".{ext}: 10,000 files scored", r10.stdout.startswith("scored 10000, failed 0\n"), r10.stdout[:60])
        if p1 and p10:
            print(f"     parent peak: {p1} kB for 1,000 files, {p10} kB for 10,000")
            check(f".{ext}: the parent's peak memory for 10,000 files is within 10% of that for 1,000", p10 <= 1.10 * p1,
                  (p1, p10))
finally:
    shutil.rmtree(tmp, ignore_errors=True)
finish()
