#!/usr/bin/env python3
"""Single-file cost of bescore against the floor, in one run (issue 20):
  1. per PDF, `bescore FILE.pdf` against `pdftotext -layout FILE.pdf -`: CPU time (user + sys of the process, from
     wait4) and wall time, medians of interleaved runs, their ratios, and bescore's peak memory;
  2. `bescore FILE.txt` against `cat FILE.txt`, the same way;
  3. instruction counts (valgrind --tool=callgrind) of bescore, pdftotext and cat on one PDF and one text resume,
     when valgrind is installed: steady where times move with the machine's load.
Usage: bench/compare.py [--runs N] [--realworld] [--no-callgrind] [BESCORE] [PDF...]
Defaults: build/bescore, samples/*.pdf and ../shared/corpus/*.pdf (--realworld adds ../shared/realworld/resumes/*.pdf
when present). Never asserts: it reports."""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
TEXT_SAMPLE = os.path.join(ROOT, "samples", "strong-backend.txt")
CALLGRIND_PDF = os.path.join(ROOT, "samples", "strong-backend.pdf")


def cost(cmd):
    """Wall seconds, CPU seconds (user + sys) and peak RSS (KiB) of one run, via wait4 so each is the run's own."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(cmd):
    """Wall seconds and peak RSS (KiB) of one run (bench/html_report.py)."""
    wall, _, rss = cost(cmd)
    return wall, rss


def arguments(runs, default_pdfs, extra=None):
    """The benchmarks' command line: [--runs N] [BESCORE] [PDF...], PDFs defaulting to default_pdfs."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=runs)
    for flag, help_text in (extra or {}).items():
        ap.add_argument(flag, action="store_true", help=help_text)
    ap.add_argument("bescore", nargs="?", default=os.path.join(ROOT, "build", "bescore"))
    ap.add_argument("pdfs", nargs="*")
    a = ap.parse_args()
    a.pdfs = a.pdfs or default_pdfs
    return a


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")


def side_by_side(ours_cmd, ref_cmd, runs):
    """Medians of (wall, cpu) for both commands run alternately, and bescore's largest peak memory."""
    ours, ref, mem = [], [], []
    for _ in range(runs):  # interleaved, so load changes hit both alike
        wall, cpu, _ = cost(ref_cmd)
        ref.append((wall, cpu))
        wall, cpu, rss = cost(ours_cmd)
        ours.append((wall, cpu))
        mem.append(rss)
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    return (med(ours, 0), med(ours, 1)), (med(ref, 0), med(ref, 1)), max(mem)


def instructions(cmd):
    """Instructions one run executes under callgrind, or None. A forked child (the --timeout watchdog of builds
    before issue 20) reports its own count, which includes what the parent did before the fork: the largest count
    is the run's, without the parent's waiting (the fork's own cost is the kernel's, which callgrind does not see)."""
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.%p", *cmd],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        counts = [int(n) for n in re.findall(r"Collected : (\d+)", r.stderr)]
        return max(counts) if counts else None


def main():
    pdfs = sorted(glob.glob(os.path.join(ROOT, "samples", "*.pdf"))) + sorted(glob.glob(os.path.join(SHARED, "corpus", "*.pdf")))
    a = arguments(15, pdfs, {"--realworld": "add ../shared/realworld/resumes/*.pdf", "--no-callgrind": "skip part 3"})
    if a.realworld:
        a.pdfs += sorted(glob.glob(os.path.join(SHARED, "realworld", "resumes", "*.pdf")))
    ms = lambda s: s * 1000

    print(f"{'file':28} {'pages':>5} {'pdftotext cpu ms':>16} {'bescore cpu ms':>14} {'cpu ratio':>9} "
          f"{'pdftotext wall ms':>17} {'bescore wall ms':>15} {'wall ratio':>10} {'peak MB':>7}")
    cpu_ratios, wall_ratios = [], []
    for pdf in a.pdfs:
        ours, ref, mem = side_by_side([a.bescore, "--no-color", pdf], ["pdftotext", "-layout", pdf, "-"], a.runs)
        cpu_ratios.append(ours[1] / ref[1])
        wall_ratios.append(ours[0] / ref[0])
        name = os.path.basename(pdf) if len(os.path.basename(pdf)) <= 28 else os.path.basename(pdf)[:25] + "..."
        print(f"{name:28} {page_count(pdf):>5} {ms(ref[1]):16.1f} {ms(ours[1]):14.1f} {cpu_ratios[-1]:9.2f} "
              f"{ms(ref[0]):17.1f} {ms(ours[0]):15.1f} {wall_ratios[-1]:10.2f} {mem / 1024:7.1f}")
    print(f"\nmedian over {len(a.pdfs)} PDFs ({a.runs} runs each) of bescore/pdftotext: CPU {statistics.median(cpu_ratios):.2f}, "
          f"wall {statistics.median(wall_ratios):.2f}")

    ours, ref, mem = side_by_side([a.bescore, "--no-color", TEXT_SAMPLE], ["cat", TEXT_SAMPLE], a.runs)
    print(f"\n{os.path.basename(TEXT_SAMPLE)}: bescore CPU {ms(ours[1]):.1f} ms, wall {ms(ours[0]):.1f} ms, peak "
          f"{mem / 1024:.1f} MB; cat CPU {ms(ref[1]):.1f} ms, wall {ms(ref[0]):.1f} ms")

    if a.no_callgrind or not shutil.which("valgrind"):
        print("\n(instruction counts: valgrind not installed or --no-callgrind)")
        return
    print("\ninstructions (callgrind, one run):")
    for label, cmd in (("bescore " + os.path.basename(CALLGRIND_PDF), [a.bescore, "--no-color", CALLGRIND_PDF]),
                       ("pdftotext -layout " + os.path.basename(CALLGRIND_PDF), ["pdftotext", "-layout", CALLGRIND_PDF, "-"]),
                       ("bescore " + os.path.basename(TEXT_SAMPLE), [a.bescore, "--no-color", TEXT_SAMPLE]),
                       ("cat " + os.path.basename(TEXT_SAMPLE), ["cat", TEXT_SAMPLE])):
        n = instructions(cmd)
        print(f"  {label:40} {n / 1e6:8.1f} M" if n else f"  {label:40} (no count)")


if __name__ == "__main__":
    main()
