#!/usr/bin/env python3
"""Times the HTML report and the annotated PDF against scoring alone, and page rendering on its own (pdftoppm at
the same resolution, PNG), on the same PDFs in one run; prints medians and the report's size. Never asserts.
Usage: bench/html_report.py [--runs N] [BESCORE] [PDF...]   (defaults: build/bescore, strong-backend.pdf and
the 3-page corpus PDF awesomecv-resume.pdf)"""
import os
import statistics
import tempfile

from compare import ROOT, arguments, measure, page_count


def seconds(cmd):
    return measure(cmd)[0]


def main():
    a = arguments(9, [os.path.join(ROOT, "samples", "strong-backend.pdf"),
                      os.path.join(ROOT, "..", "shared", "corpus", "awesomecv-resume.pdf")])
    print(f"{'file':24} {'pages':>5} {'json ms':>8} {'html ms':>8} {'annotate ms':>12} {'pdftoppm ms':>12} "
          f"{'html kB':>8} {'png kB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        html, annotated = os.path.join(tmp, "r.html"), os.path.join(tmp, "a.pdf")
        for pdf in a.pdfs:
            t = {"json": [], "html": [], "annotate": [], "pdftoppm": []}
            for _ in range(a.runs):  # interleaved, so load changes hit all alike
                t["json"].append(seconds([a.bescore, "--format", "json", pdf]))
                t["html"].append(seconds([a.bescore, "--format", "html", "--out", html, pdf]))
                t["annotate"].append(seconds([a.bescore, "--format", "json", "--annotate", annotated, pdf]))
                t["pdftoppm"].append(seconds(["pdftoppm", "-r", "120", "-png", pdf, os.path.join(tmp, "p")]))
            png = sum(os.path.getsize(os.path.join(tmp, f)) for f in os.listdir(tmp) if f.startswith("p") and f.endswith(".png"))
            pages = page_count(pdf)
            m = {k: statistics.median(v) * 1000 for k, v in t.items()}
            print(f"{os.path.basename(pdf):24} {pages:>5} {m['json']:8.1f} {m['html']:8.1f} {m['annotate']:12.1f} "
                  f"{m['pdftoppm']:12.1f} {os.path.getsize(html) / 1e3:8.0f} {png / 1e3:7.0f}")
            for f in os.listdir(tmp):
                if f.startswith("p") and f.endswith(".png"):
                    os.remove(os.path.join(tmp, f))
    print(f"\nmedians of {a.runs} runs; html ms includes scoring (json ms), rendering, PNG and base64; "
          "png kB is pdftoppm's RGB PNGs of the same pages")


if __name__ == "__main__":
    main()
