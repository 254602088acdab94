#!/usr/bin/env python3
"""Times `bescore FILE.pdf` against `pdftotext -layout FILE.pdf -` on the same PDFs in one run and prints
medians, the ratio, and bescore's peak memory. Usage: bench/compare.py [--runs N] [BESCORE] [PDF...]
Defaults: build/bescore, samples/*.pdf and ../shared/corpus/*.pdf. Never asserts: it reports."""
import argparse
import glob
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(cmd):
    """Wall seconds and peak RSS (KiB) of one run, via wait4 so each run's memory is its own."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def arguments(runs, default_pdfs):
    """The benchmarks' command line: [--runs N] [BESCORE] [PDF...], PDFs defaulting to default_pdfs."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=runs)
    ap.add_argument("bescore", nargs="?", default=os.path.join(ROOT, "build", "bescore"))
    ap.add_argument("pdfs", nargs="*")
    a = ap.parse_args()
    a.pdfs = a.pdfs or default_pdfs
    return a


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")


def main():
    a = arguments(15, sorted(glob.glob(os.path.join(ROOT, "samples", "*.pdf"))) +
                  sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.pdf"))))
    pdfs = a.pdfs
    print(f"{'file':28} {'pages':>5} {'pdftotext ms':>13} {'bescore ms':>11} {'ratio':>6} {'bescore peak MB':>16}")
    ratios = []
    for pdf in pdfs:
        ours, ref, mem = [], [], []
        for _ in range(a.runs):  # interleaved, so load changes hit both alike
            t, _ = measure(["pdftotext", "-layout", pdf, "-"])
            ref.append(t)
            t, rss = measure([a.bescore, "--no-color", pdf])
            ours.append(t)
            mem.append(rss)
        pages = page_count(pdf)
        r = statistics.median(ours) / statistics.median(ref)
        ratios.append(r)
        print(f"{os.path.basename(pdf):28} {pages:>5} {statistics.median(ref) * 1000:13.1f} "
              f"{statistics.median(ours) * 1000:11.1f} {r:6.2f} {max(mem) / 1024:16.1f}")
    print(f"\nmedian ratio bescore/pdftotext: {statistics.median(ratios):.2f} over {len(pdfs)} PDFs, {a.runs} runs each")


if __name__ == "__main__":
    main()
