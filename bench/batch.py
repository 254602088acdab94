#!/usr/bin/env python3
"""Batch cost in one run: per-file CPU of `bescore batch` for 60 and 600 files and their ratio, against the
single-file cost of the same files; --jobs 2 against --jobs 1 in wall time; the peak memory (VmHWM) of the
batch parent alone for 60 and 600 files. Usage: bench/batch.py [--runs N] [BESCORE...] (several binaries: before and after, their
runs interleaved)
The files are copies of the resume samples (samples/*, not the postings or the LaTeX one) in a temporary folder. CPU is the
batch's whole process tree (os.wait4: the parent and every child it reaped). The parent's VmHWM is read from
/proc/PID/status while it runs (every 20 ms; the high-water mark only grows, so the last read is the peak but
for the last few ms). Never asserts: it reports."""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Not .tex: the LaTeX sample pulls in a file of its folder (samples/tex/), which a renamed copy would not find.
KINDS = (".pdf", ".txt", ".md", ".docx", ".json")


def samples():
    return sorted(p for p in glob.glob(os.path.join(ROOT, "samples", "*")) if p.endswith(KINDS))


def cohort(folder, n):
    """A folder of n resumes: the samples copied round-robin under distinct names."""
    os.makedirs(folder)
    files = samples()
    for i in range(n):
        src = files[i % len(files)]
        shutil.copy(src, os.path.join(folder, f"r{i:05d}-{os.path.basename(src)}"))
    return folder


def vm_hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(cmd):
    """Wall seconds, CPU seconds of the process tree, and the parent's own peak RSS (KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, vm_hwm(proc.pid) or 0)
        time.sleep(0.02)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, peak


def medians(runs, binaries, args):
    """Per binary: the median wall, CPU and parent peak of `binary *args`, the binaries' runs interleaved so
    that the machine's load hits them alike."""
    got = {b: [] for b in binaries}
    for _ in range(runs):
        for b in binaries:
            got[b].append(measure([b, *args]))
    return {b: tuple(statistics.median(x[i] for x in got[b]) for i in range(3)) for b in binaries}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("bescore", nargs="*", default=[os.path.join(ROOT, "build", "bescore")])
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bescore-bench-batch-")
    try:
        small, large = cohort(os.path.join(tmp, "c60"), 60), cohort(os.path.join(tmp, "c600"), 600)
        single = {b: [] for b in a.bescore}
        for f in samples():
            for b, m in medians(a.runs, a.bescore, ["--format", "json", f]).items():
                single[b].append(m[1])
        out = os.path.join(tmp, "out.jsonl")
        r60 = medians(a.runs, a.bescore, ["batch", small, "--jobs", "1", "--out", out])
        r600 = medians(a.runs, a.bescore, ["batch", large, "--jobs", "1", "--out", out])
        r600j2 = medians(a.runs, a.bescore, ["batch", large, "--jobs", "2", "--out", out])
        print(f"{len(samples())} samples; median of {a.runs} runs, binaries interleaved; load average "
              f"{os.getloadavg()[0]:.2f} at the end (2 cores shared: not an idle machine)")
        for b in a.bescore:
            single_cpu = statistics.mean(single[b])
            (w60, c60, m60), (w600, c600, m600), (w600j2, _, _) = r60[b], r600[b], r600j2[b]
            print(f"== {b}")
            print(f"single file: {1000 * single_cpu:.1f} ms CPU (mean over the samples)")
            print(f"batch 60 files, --jobs 1: {1000 * c60 / 60:.1f} ms CPU per file ({c60 / 60 / single_cpu:.2f}x single), "
                  f"wall {w60:.2f} s, parent peak {m60 / 1024:.1f} MiB")
            print(f"batch 600 files, --jobs 1: {1000 * c600 / 600:.1f} ms CPU per file ({c600 / 600 / single_cpu:.2f}x single), "
                  f"wall {w600:.2f} s, parent peak {m600 / 1024:.1f} MiB")
            print(f"CPU 600 / 60 files: {c600 / c60:.2f}x (linear: 10x); parent peak 600 / 60: {m600 / max(m60, 1):.3f}")
            print(f"600 files, --jobs 2: wall {w600j2:.2f} s; speedup over --jobs 1: {w600 / w600j2:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
