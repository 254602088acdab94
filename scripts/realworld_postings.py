#!/usr/bin/env python3
"""How well `bescore --job` reads real job postings: run over ../shared/realworld/postings/ (relative to the
repository root) and compare with the hand labels of ../shared/realworld/postings-labels.json.

Usage: scripts/realworld_postings.py BESCORE_BINARY [--resume FILE] [--verbose]

Prints, over the labelled postings:
  recall      labelled asks that one of bescore's asked skills names (by the label's term or canonical name)
  precision   bescore's asked skills that name a labelled ask
  agreement   of the asks found, those bescore asks as the label does (required or preferred)
  empty       postings read as asking nothing
and, over every posting, the AUC of the match percentage of a strong backend resume: backend postings against the
contrast ones (frontend, full-stack, mobile, data). A posting with no asks counts as a match of -1.
The data is real people's text: it is read here and never copied into the repository.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# BESCORE_REALWORLD points at another labelled set laid out alike (a validation set of your own).
DATA = os.path.normpath(os.environ.get("BESCORE_REALWORLD") or os.path.join(ROOT, "..", "shared", "realworld"))


def words(s):
    return " " + re.sub(r"[^a-z0-9+#]+", " ", (s or "").lower()).strip() + " "


def names_ask(name, ask):
    """A skill name names an ask when either holds the other as whole words (term or canonical name)."""
    n = words(name)
    if not n.strip():
        return False
    return any(n in words(x) or (words(x).strip() and words(x) in n) for x in (ask.get("term"), ask.get("canonical")))


def match_of(binary, posting, resume):
    p = subprocess.run([binary, "--format", "json", "--job", posting, resume], capture_output=True, text=True, timeout=30)
    try:
        d = json.loads(p.stdout)
    except json.JSONDecodeError:
        return None, []
    d = d[0] if isinstance(d, list) else d
    m = d.get("match") or {}
    return m.get("percentage"), [(s.get("name", ""), s.get("asked")) for s in m.get("skills") or []]


def auc(positives, negatives):
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--resume", default=os.path.join(ROOT, "samples", "strong-backend.txt"))
    ap.add_argument("--verbose", action="store_true", help="each labelled posting's misses and extra asks")
    a = ap.parse_args()
    labels_file = os.path.join(DATA, "postings-labels.json")
    if not os.path.isdir(os.path.join(DATA, "postings")) or not os.path.isfile(labels_file):
        print(f"  real postings: skipped ({os.path.normpath(DATA)} is absent)")
        return 0
    labels = json.load(open(labels_file))["postings"]
    found = total = tp = fp = agree = empty = 0
    scores = {}
    for path in sorted(glob.glob(os.path.join(DATA, "postings", "*", "*.txt"))):
        rel = os.path.relpath(path, os.path.join(DATA, "postings"))
        pct, skills = match_of(a.binary, path, a.resume)
        scores[rel] = -1 if pct is None else pct
        if rel not in labels:
            continue
        asks = labels[rel]["asks"]
        empty += not skills
        missed = []
        for ask in asks:
            total += 1
            hits = [need for name, need in skills if names_ask(name, ask)]
            if not hits:
                missed.append(ask["canonical"])
                continue
            found += 1
            agree += ask["need"] in hits
        extra = [name for name, _ in skills if not any(names_ask(name, ask) for ask in asks)]
        tp += len(skills) - len(extra)
        fp += len(extra)
        if a.verbose:
            print(f"  {rel}: missed {missed}; not labelled {extra}")
    backend = [v for k, v in scores.items() if k.startswith("backend/")]
    contrast = [v for k, v in scores.items() if k.startswith("contrast/")]
    ratio = lambda x, y: f"{x}/{y} = {x / y:.2f}" if y else "n/a"
    print(f"  real postings ({len(labels)} labelled of {len(scores)}):")
    print(f"    asked-skill recall {ratio(found, total)}, precision {ratio(tp, tp + fp)}, "
          f"required/preferred agreement {ratio(agree, found)}, read as asking nothing {empty}/{len(labels)}")
    print(f"    strong backend resume, backend ({len(backend)}) vs contrast ({len(contrast)}) postings: "
          f"AUC of the match {auc(backend, contrast):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
