#!/usr/bin/env python3
"""Precision, recall and F1 of bescore's bullet traits on hand-labelled real bullets, with the misses.

Usage: scripts/realworld_bullets.py BESCORE [--misses] [DATA_DIR]
Reads DATA_DIR/bullets.tsv (default ../shared/realworld beside the repository): text, quantified, responsibility,
backend. Each bullet is scored alone, under one role of a minimal resume, in one batch call.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

TRAITS = ("quantified", "responsibility", "backend")


def traits_of(report, text):
    for s in (report or {}).get("document", {}).get("sections", []):
        for e in s.get("entries") or []:
            for b in e.get("bullets") or []:
                if text[:30] in b.get("text", ""):
                    return set(b.get("traits") or [])
    return set()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0]
    root = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "realworld")
    path = os.path.join(root, "bullets.tsv")
    if not os.path.isfile(path):
        print(f"realworld: no labelled bullets at {path}; skipped")
        return
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    with tempfile.TemporaryDirectory() as d:
        files = []
        for i, r in enumerate(rows):
            f = os.path.join(d, f"b{i:04d}.txt")
            files.append(f)
            with open(f, "w", encoding="utf-8") as out:
                out.write("Jordan Example\njordan@example.com | github.com/jordan-example\n\nEXPERIENCE\n"
                          "Software Engineer, Example Corp    Jan 2020 - Present\n- " + r["text"] + "\n")
        out = subprocess.run([binary, "--format", "json", *files], capture_output=True, text=True, timeout=120).stdout
    reports = json.loads(out) if out.strip() else []
    reports = reports if isinstance(reports, list) else [reports]
    by_file = {os.path.basename(x.get("file", "")): x for x in reports}
    got = [traits_of(by_file.get(f"b{i:04d}.txt"), r["text"]) for i, r in enumerate(rows)]
    parts = []
    for t in TRAITS:
        tp = fp = fn = 0
        misses = []
        for r, g in zip(rows, got):
            said, truth = t in g, r[t] == "1"
            tp += said and truth
            fp += said and not truth
            fn += truth and not said
            if said != truth:
                misses.append(("false positive" if said else "missed") + ": " + r["text"][:110])
        p = tp / (tp + fp) if tp + fp else 0
        rc = tp / (tp + fn) if tp + fn else 0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0
        parts.append(f"{t} F1 {f1:.2f} (precision {p:.2f}, recall {rc:.2f})")
        if "--misses" in sys.argv:
            print(f"{t}: {len(misses)} misses")
            for m in misses:
                print("   " + m)
    print(f"bullets ({len(rows)} labelled): " + "; ".join(parts))


if __name__ == "__main__":
    main()
