#!/usr/bin/env python3
"""Single-file cost of bescore against the floor, in one run (issue 20):
  1. per PDF, `bescore FILE.pdf` against `pdftotext -layout FILE.pdf -`: CPU time (user + sys of the process, from
     wait4) and wall time, medians of interleaved runs, their ratios, and bescore's peak memory;
  2. `bescore FILE.txt` against `cat FILE.txt`, the same way;
  3. instruction counts (valgrind --tool=callgrind) of bescore, pdftotext and cat on one PDF and one text resume,
     when valgrind is installed: steady where times move with the machine's load.
Usage: bench/compare.py [--runs N] [--realworld] [--no-callgrind] [--baseline OLD_BESCORE] [BESCORE] [PDF...]
Defaults: build/bescore, samples/*.pdf and ../shared/corpus/*.pdf (--realworld adds ../shared/realworld/resumes/*.pdf
when present). --baseline runs an earlier build in turn with BESCORE, for before/after figures at the same load.
Never asserts: it reports."""
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


def arguments(runs, default_pdfs, flags=None, options=None):
    """The benchmarks' command line: [--runs N] [BESCORE] [PDF...], PDFs defaulting to default_pdfs; flags and
    options: more switches and valued options, {name: help}."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=runs)
    for flag, help_text in (flags or {}).items():
        ap.add_argument(flag, action="store_true", help=help_text)
    for option, help_text in (options or {}).items():
        ap.add_argument(option, help=help_text)
    ap.add_argument("bescore", nargs="?", default=os.path.join(ROOT, "build", "bescore"))
    ap.add_argument("pdfs", nargs="*")
    a = ap.parse_args()
    a.pdfs = a.pdfs or default_pdfs
    return a


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")


def interleaved(cmds, runs):
    """Per command, medians of (wall, cpu) over runs taken in turn (so load changes hit all alike), and its largest
    peak memory."""
    walls, cpus, mems = [[] for _ in cmds], [[] for _ in cmds], [0] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            wall, cpu, rss = cost(cmd)
            walls[i].append(wall)
            cpus[i].append(cpu)
            mems[i] = max(mems[i], rss)
    return [(statistics.median(w), statistics.median(c), m) for w, c, m in zip(walls, cpus, mems)]


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
    a = arguments(15, pdfs, {"--realworld": "add ../shared/realworld/resumes/*.pdf", "--no-callgrind": "skip part 3"},
                  {"--baseline": "another bescore (an earlier build) run in turn with the first, for before/after"})
    if a.realworld:
        a.pdfs += sorted(glob.glob(os.path.join(SHARED, "realworld", "resumes", "*.pdf")))
    binaries = [a.bescore] + ([a.baseline] if a.baseline else [])
    labels = ["bescore"] + (["baseline"] if a.baseline else [])
    ms = lambda s: s * 1000

    head = f"{'file':28} {'pages':>5} {'pdftotext cpu/wall ms':>21}"
    for label in labels:
        head += f" {label + ' cpu/wall ms':>22} {'ratio cpu/wall':>14}"
    print(head + f" {'peak MB':>7}")
    ratios = {label: ([], []) for label in labels}
    for pdf in a.pdfs:
        ref, *ours = interleaved([["pdftotext", "-layout", pdf, "-"]] + [[b, "--no-color", pdf] for b in binaries], a.runs)
        name = os.path.basename(pdf) if len(os.path.basename(pdf)) <= 28 else os.path.basename(pdf)[:25] + "..."
        line = f"{name:28} {page_count(pdf):>5} {ms(ref[1]):10.1f}/{ms(ref[0]):<10.1f}"
        for label, (wall, cpu, _) in zip(labels, ours):
            ratios[label][0].append(cpu / ref[1])
            ratios[label][1].append(wall / ref[0])
            line += f" {ms(cpu):11.1f}/{ms(wall):<10.1f} {cpu / ref[1]:7.2f}/{wall / ref[0]:<6.2f}"
        print(line + f" {ours[0][2] / 1024:7.1f}")
    print(f"\nmedian over {len(a.pdfs)} PDFs ({a.runs} runs each) of bescore/pdftotext:")
    for label in labels:
        print(f"  {label:9} CPU {statistics.median(ratios[label][0]):.2f}, wall {statistics.median(ratios[label][1]):.2f}")
    # The speed issue's target is set on the shared corpus alone (other people's templates, 1-4 pages).
    corpus = [i for i, pdf in enumerate(a.pdfs) if os.path.dirname(os.path.abspath(pdf)) == os.path.abspath(os.path.join(SHARED, "corpus"))]
    if corpus and len(corpus) < len(a.pdfs):
        print(f"median over the {len(corpus)} PDFs of ../shared/corpus:")
        for label in labels:
            cpu, wall = ([ratios[label][k][i] for i in corpus] for k in (0, 1))
            print(f"  {label:9} CPU {statistics.median(cpu):.2f}, wall {statistics.median(wall):.2f}")

    ref, *ours = interleaved([["cat", TEXT_SAMPLE]] + [[b, "--no-color", TEXT_SAMPLE] for b in binaries], a.runs)
    print(f"\n{os.path.basename(TEXT_SAMPLE)}: cat CPU {ms(ref[1]):.1f} ms, wall {ms(ref[0]):.1f} ms")
    for label, (wall, cpu, rss) in zip(labels, ours):
        print(f"  {label:9} CPU {ms(cpu):.1f} ms, wall {ms(wall):.1f} ms, peak {rss / 1024:.1f} MB")

    if a.no_callgrind or not shutil.which("valgrind"):
        print("\n(instruction counts: valgrind not installed or --no-callgrind)")
        return
    print("\ninstructions (callgrind, one run):")
    runs = [(f"pdftotext -layout {os.path.basename(CALLGRIND_PDF)}", ["pdftotext", "-layout", CALLGRIND_PDF, "-"]),
            (f"cat {os.path.basename(TEXT_SAMPLE)}", ["cat", TEXT_SAMPLE])]
    for label, b in zip(labels, binaries):
        runs += [(f"{label} {os.path.basename(f)}", [b, "--no-color", f]) for f in (CALLGRIND_PDF, TEXT_SAMPLE)]
    for label, cmd in runs:
        n = instructions(cmd)
        print(f"  {label:40} {n / 1e6:8.1f} M" if n else f"  {label:40} (no count)")


if __name__ == "__main__":
    main()
