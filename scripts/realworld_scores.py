#!/usr/bin/env python3
"""Scores every real resume of ../shared/realworld/resumes/ (relative to the repository root) and prints how the score
agrees with the labelled hiring-manager score (Spearman, mean absolute difference), how well it separates backend and
full-stack people from non-software people and from other engineers (AUC), the share of reports that state low
reading confidence, and every broken fix text (an empty quote, a clause glued after a full stop, a fragment).
Usage: scripts/realworld_scores.py BESCORE [--list]. Skips with a message when the folder is absent."""
import json
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# BESCORE_REALWORLD points at another labelled set laid out alike (a validation set of your own).
REAL = os.path.normpath(os.environ.get("BESCORE_REALWORLD") or os.path.join(ROOT, "..", "shared", "realworld"))
BACKEND = {"backend", "fullstack"}

# Faults a careful editor would not leave in a fix (issue 16, part 4).
FIX_FAULTS = [
    ("empty quote", re.compile(r"\"\s*\"|“\s*”")),
    ("quote that opens on a comma (nothing quoted before it)", re.compile(r"(^|[:(]\s*|\s)[\"“]\s*,")),
    ("clause after a full stop", re.compile(r"[.!?][\"”]?\s*,\s*(cutting|reducing|raising|improving|serving|handling|with|by|from|at)\b")),
    ("doubled punctuation", re.compile(r"[.,;:]\s*[.,;]")),
    ("dangling placeholder", re.compile(r"\{(text|rest|evidence|count|min|max|total|n|pct|listed|entry|phrases|heading|first|what)\}")),
    ("two prepositions in a row", re.compile(r"\b(to|of|in|on|for|with)\s+(in|on|at|with|for|within|across|into)\s", re.I)),
    ("fragment: ends without a verb or object", re.compile(r"\b(around|for|with|by|the|a|an|to|of|and)\s*[\"”]?\s*$")),
]


def fix_faults(fix):
    # The person's own words, quoted, are theirs to word: two prepositions in a row there is not the fix's fault.
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", "\"…\"", fix)
    return [name for name, rx in FIX_FAULTS if rx.search(unquoted if name == "two prepositions in a row" else fix)]


def rank(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):  # ties share their mean rank
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def spearman(pairs):
    a, b = rank([x for x, _ in pairs]), rank([y for _, y in pairs])
    ma, mb = statistics.mean(a), statistics.mean(b)
    den = (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** .5
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / den if den else 0.0


def auc(pos, neg):
    c = [(x > y) + .5 * (x == y) for x in pos for y in neg]
    return sum(c) / len(c) if c else float("nan")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, listing = sys.argv[1], "--list" in sys.argv
    resumes = os.path.join(REAL, "resumes")
    if not os.path.isdir(resumes):
        print(f"realworld scores: {resumes} is absent; skipped")
        return 0
    labels_path = os.path.join(REAL, "labels.json")
    labels = json.load(open(labels_path, encoding="utf-8"))["files"] if os.path.exists(labels_path) else {}
    pairs, back, nonsw, other, low, broken, refused = [], [], [], [], 0, [], []
    files = sorted(f for f in os.listdir(resumes) if not f.startswith("."))
    for name in files:
        r = subprocess.run([binary, "--format", "json", os.path.join(resumes, name)], capture_output=True, text=True, timeout=60)
        try:
            d = json.loads(r.stdout)
            d = d[0] if isinstance(d, list) else d
        except (ValueError, IndexError):
            refused.append((name, r.stderr.strip()))
            continue
        low += bool(d.get("low_confidence"))
        for f in d.get("findings", []):
            for fault in fix_faults(f.get("fix", "")):
                broken.append((name, f["rule"], fault, f["fix"]))
        lab = labels.get(name, {})
        if listing:
            print(f"  {name[:48]:48} {lab.get('persona', '?')[:12]:12} label {lab.get('your_score', '-'):>3} "
                  f"score {d['score']:3} read {d.get('confidence', '-'):>3}% fit {d.get('fit', {}).get('kind', '-')}")
        if lab.get("your_score") is None:
            continue
        pairs.append((d["score"], lab["your_score"]))
        persona = lab.get("persona")
        (back if persona in BACKEND else nonsw if persona == "non-software" else other).append(d["score"])
    n = len(files)
    print(f"real resumes: {n} files, {n - len(refused)} scored, {len(refused)} refused")
    for name, why in refused:
        print(f"  refused {name}: {why}")
    if len(pairs) > 2:
        print(f"score vs the labelled hiring-manager score: Spearman {spearman(pairs):.2f}, "
              f"mean abs difference {statistics.mean(abs(x - y) for x, y in pairs):.1f}")
    print(f"backend/full-stack vs non-software: AUC {auc(back, nonsw):.2f}; vs other engineers: AUC {auc(back, other):.2f}")
    print(f"reports stating low reading confidence: {low}/{n - len(refused)} ({100 * low / max(1, n - len(refused)):.0f}%)")
    print(f"broken fix texts: {len(broken)}")
    for name, rule, fault, fix in broken[:40]:
        print(f"  {name}: {rule}: {fault}: {fix[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
