#!/usr/bin/env python3
"""Broken inputs (tests/broken/README.md): bescore never crashes, hangs or loses another file's result; an
unreadable input or a bad rule file is exit 2 with exactly one stderr line `bescore: FILE: cause`; an odd but
readable resume is scored from 0 to 100. Also --timeout, --max-text and the crash isolation of single-file mode.
Usage: test_broken.py BESCORE SOURCE_DIR"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

BROKEN = os.path.join(SRC, "tests", "broken")
SAMPLE = os.path.join(SRC, "samples", "strong-backend.txt")
# Seconds a run may take before it counts as a hang; nothing finer is timed. A passing run never waits it out, so it
# is generous: an ASan build scoring the 1 MB line of long-line.txt beside another test on a loaded CI machine once
# took over 10 s, and a 10 s limit failed the suite.
TIMEOUT = 60
# --timeout for a run where a good file must finish too: an ASan build on a loaded CI machine once took over 1 s to
# score a sample (the clock covers scoring, first pattern compiles included), and a 1 s limit failed the suite.
LIMIT = 3
sys.path.insert(0, BROKEN)
import make_corpus  # noqa: E402


def run(args, env=None):
    """(exit code, stdout, stderr lines); a timeout is exit code None."""
    try:
        r = subprocess.run([BIN, *args], capture_output=True, timeout=TIMEOUT, env=dict(os.environ, **(env or {})))
    except subprocess.TimeoutExpired:
        return None, "", ["(timed out)"]
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace").splitlines()


def table_rows():
    """(file, run args, expected, cause) from the README's tables."""
    with open(os.path.join(BROKEN, "README.md"), encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            m = re.match(r"`([^`]+)`", cells[0]) if len(cells) == 4 else None
            if m and cells[2] in ("error", "scored"):
                yield m.group(1), cells[1].strip("`").split(), cells[2], cells[3]


def scored_ok(name, code, out, err):
    if code != 0:
        return check(name + " is scored", False, f"exit {code}, stderr {err[:3]}")
    try:
        score = json.loads(out)["score"]
    except (ValueError, KeyError, TypeError) as e:
        return check(name + " is scored", False, f"no JSON report: {e}")
    check(name + " is scored 0-100", isinstance(score, int) and 0 <= score <= 100, score)


def error_ok(name, code, err, file, cause):
    check(name + " exits 2", code == 2, f"exit {code}, stderr {err[:3]}")
    check(name + " writes one stderr line", len(err) == 1, err[:5])
    line = err[0] if err else ""
    check(name + " names the file and the cause", line.startswith(f"bescore: {file}: ") if file else
          re.match(r"bescore: \S.*: \S", line) is not None, line)
    check(name + f" says '{cause}'", cause in line, line)


def corpus(tmp):
    rows = list(table_rows())
    check("the README lists at least 40 files", len({r[0] for r in rows}) >= 40, len(rows))
    make_corpus.large(tmp)
    jobs = []
    for file, args, expected, cause in rows:
        path = os.path.join(BROKEN, file)
        if not os.path.exists(path):
            path = os.path.join(tmp, file)
        check(f"{file} exists", os.path.exists(path), path)
        argv = ["--format", "json"] + [path if a == "FILE" else SAMPLE if a == "SAMPLE" else a for a in args]
        jobs.append((file + (" " + " ".join(args) if args != ["FILE"] else ""), argv, expected, cause,
                     None if "--rules" in args else path))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda j: run(j[1]), jobs))
    for (name, _, expected, cause, named), (code, out, err) in zip(jobs, results):
        check(f"{name} ends on its own (no crash, no hang)", code is not None and code >= 0, f"exit {code}")
        if expected == "scored":
            scored_ok(name, code, out, err)
        else:
            error_ok(name, code, err, named, cause)


def not_files(tmp):
    missing = os.path.join(tmp, "missing.pdf")
    code, _, err = run([missing])
    error_ok("a missing file", code, err, missing, "no such file")
    code, _, err = run([tmp])
    error_ok("a folder", code, err, tmp, "is a directory")
    code, _, err = run(["/dev/zero"])
    error_ok("/dev/zero", code, err, "/dev/zero", "(limit 20 MB; raise it with --max-size)")
    code, _, err = run(["--max-text", "100", SAMPLE])
    error_ok("--max-text 100", code, err, SAMPLE, "(limit 100; raise it with --max-text)")

    fifo = os.path.join(tmp, "never-written.txt")
    os.mkfifo(fifo)
    code, out, err = run(["--timeout", str(LIMIT), "--format", "json", fifo, SAMPLE])
    check("a FIFO nobody writes: exit 2", code == 2, f"exit {code} {err}")
    check("a FIFO nobody writes: one line, timed out", err == [f"bescore: {fifo}: timed out after {LIMIT}s (raise the "
                                                               "limit with --timeout)"], err)
    reports = json.loads(out) if code == 2 else []
    check("a FIFO nobody writes: the other file is still scored", [r.get("file") for r in reports] == [SAMPLE], out[:200])


def misbehaving(tmp):
    """The test hooks hang or crash the run on one of three files; the other two keep their results. A hang waits out
    the limit, so it is tried in two formats; a crash in all five."""
    files = [os.path.join(SRC, "samples", n) for n in ("weak-backend.txt", "strong-backend.md", "new-grad.txt")]
    for fmt in ("text", "json", "line", "github", "sarif"):
        code, expected_out, err = run(["--format", fmt, files[0], files[2]])
        check(f"{fmt}: the two good files alone are scored", code == 0 and not err, f"exit {code} {err}")
        hooks = [("BESCORE_TEST_CRASH_ON", "crashed (signal")]
        if fmt in ("text", "json"):
            hooks.append(("BESCORE_TEST_HANG_ON", f"timed out after {LIMIT}s"))
        for hook, cause in hooks:
            env = {hook: "strong-backend.md"}
            code, out, err = run(["--timeout", str(LIMIT), "--format", fmt, *files], env=env)
            name = f"{fmt}, {hook}"
            check(f"{name}: exit 2", code == 2, f"exit {code}")
            check(f"{name}: one stderr line naming the file", len(err) == 1 and err[0].startswith(
                f"bescore: {files[1]}: {cause}"), err)
            check(f"{name}: the other two files' output is what they give alone", out == expected_out,
                  f"{out[:300]!r} vs {expected_out[:300]!r}")


def one_file(tmp):
    """A single file is timed by a timer in the process (no fork): a hang or a crash is still one line, exit 2."""
    target = os.path.join(SRC, "samples", "strong-backend.md")
    for hook, cause in (("BESCORE_TEST_HANG_ON", "timed out after 1s (raise the limit with --timeout)"),
                        ("BESCORE_TEST_CRASH_ON", "crashed (signal 6)")):
        for fmt in ("text", "json"):
            # Nothing else has to finish here, so the short limit stays.
            code, out, err = run(["--timeout", "1", "--format", fmt, target], env={hook: "strong-backend.md"})
            name = f"one file, {fmt}, {hook}"
            check(f"{name}: exit 2", code == 2, f"exit {code}")
            check(f"{name}: one stderr line naming the file", err == [f"bescore: {target}: {cause}"], err)
            check(f"{name}: nothing on stdout", out == "", out[:200])
    fifo = os.path.join(tmp, "one-fifo.txt")
    os.mkfifo(fifo)
    code, out, err = run(["--timeout", "1", fifo])
    check("one FIFO nobody writes: exit 2, one line", code == 2 and err == [
        f"bescore: {fifo}: timed out after 1s (raise the limit with --timeout)"], f"exit {code} {err}")
    code, out, err = run(["--timeout", str(LIMIT), "--format", "json", target])
    check("one file within its time: scored", code == 0 and not err and json.loads(out).get("file") == target, err)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        corpus(tmp)
        not_files(tmp)
        misbehaving(tmp)
        one_file(tmp)
    finish()


if __name__ == "__main__":
    main()
