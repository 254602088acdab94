#!/usr/bin/env python3
"""How well bescore reads real resumes: sections, invented headings, bullets, first entry, GitHub.

Usage: scripts/realworld_reading.py BESCORE [--files] [--flatten] [DATA_DIR]
Reads DATA_DIR (default ../shared/realworld beside the repository): resumes/*.pdf, flattened/*.txt and labels.json.
Prints one row per file with --files, and the totals always. Never fails on the figures: it measures.
--flatten reads the flattened text of every PDF in resumes/ that flattened/ lacks, made the way the shared set's
README says (`pdftotext FILE -`; *.one-line.txt with two spaces for each line break, *.glued.txt keeping every third
break): a set gathered without flattened texts, or the shared set's other half, is measured as text too.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MAIN = {"summary", "experience", "projects", "skills", "education"}


def report(binary, path):
    try:
        p = subprocess.run([binary, "--format", "json", path], capture_output=True, timeout=20)
        d = json.loads(p.stdout)
        return d[0] if isinstance(d, list) else d
    except Exception:
        return None


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def words(s):
    return re.sub(r"[^a-z0-9+#]+", " ", (s or "").lower()).strip()


def same(a, b):
    """A field read right: the labelled text and bescore's agree once case and punctuation go."""
    a, b = words(a), words(b)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def bullets_of(sections, kinds):
    """Points set as list items, as the labels count them: prose sentences ("marked": false) are not bullets."""
    def points(bullets):
        return sum(1 for b in bullets or [] if b.get("marked", True))
    n = 0
    for s in sections:
        if s.get("kind") in kinds:
            # A section's "bullets" lists its entries' bullets again, in order.
            n += max(points(s.get("bullets")), sum(points(e.get("bullets")) for e in s.get("entries") or []))
    return n


def first_entry(sections):
    for s in sections:
        if s.get("kind") == "experience":
            for e in s.get("entries") or []:
                if e.get("title") or e.get("organisation"):
                    return e
    return {}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    per_file = "--files" in sys.argv
    binary = args[0]
    root = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "realworld")
    if not os.path.isfile(os.path.join(root, "labels.json")):
        print(f"realworld: no labelled resumes at {root}; skipped")
        return
    labels = json.load(open(os.path.join(root, "labels.json")))["files"]
    tot = dict(want=0, found=0, invented=0, files=0, bullets_ok=0, bullets_files=0, first=0, first_files=0,
               gh=0, gh_files=0, good=0)
    by_kind = {k: [0, 0] for k in sorted(MAIN)}
    if per_file:
        print(f"{'file':<48} {'sections':>8} {'inv':>3} {'bullets':>9} {'first':>5} {'gh':>3}  missing / invented")
    for name, lab in sorted(labels.items()):
        if lab.get("lang", "en") != "en" or not lab.get("text", True):
            continue
        d = report(binary, os.path.join(root, "resumes", name))
        tot["files"] += 1
        secs = ((d or {}).get("document") or {}).get("sections") or []
        kinds = {s.get("kind") for s in secs}
        want = {h["kind"] for h in lab.get("headings", []) if h["kind"] in MAIN}
        for k in want:
            by_kind[k][1] += 1
            by_kind[k][0] += k in kinds
        found = want & kinds
        tot["want"] += len(want)
        tot["found"] += len(found)
        # Compared as letters only: "Extracurricular" is the labels' "Extra Curricular".
        heads = [words(h["text"]).replace(" ", "") for h in lab.get("headings", [])]
        invented = [s["heading"] for s in secs if s.get("kind") != "header" and s.get("heading")
                    and not any(h and h in words(s["heading"]).replace(" ", "") for h in heads)]
        tot["invented"] += len(invented)
        want_b = lab.get("experience_bullets", 0) + lab.get("project_bullets", 0)
        got_b = bullets_of(secs, {"experience", "projects"})
        b_ok = abs(got_b - want_b) <= max(2, 0.25 * want_b)
        tot["bullets_ok"] += b_ok
        fe, lfe = first_entry(secs), lab.get("first_entry") or {}
        first_ok = None
        if lfe.get("title") or lfe.get("org"):
            tot["first_files"] += 1
            first_ok = same(fe.get("title"), lfe.get("title")) and same(fe.get("organisation"), lfe.get("org"))
            tot["first"] += first_ok
        gh_ok = None
        if lab.get("github"):
            tot["gh_files"] += 1
            got = (((d or {}).get("document") or {}).get("contacts") or {}).get("github", "")
            gh_want = [lab["github"].lower(), (lab.get("github_link_target") or "").lower()]
            gh_ok = any(w and w in got.lower() for w in gh_want) or (lab.get("github_link_only") and
                    got.lower().rstrip("/").split("/")[3:4] == gh_want[1].rstrip("/").split("/")[3:4] and got != "")
            tot["gh"] += gh_ok
        good = found == want and not invented and b_ok and first_ok is not False
        tot["good"] += good
        if per_file:
            miss = sorted(want - kinds)
            note = ("missing " + ",".join(miss) + " " if miss else "") + ("invented " + " | ".join(invented)[:60] if invented else "")
            if first_ok is False:
                note += f" first=({fe.get('title','')!s:.25} @ {fe.get('organisation','')!s:.20})"
            mark = lambda v: "-" if v is None else ("ok" if v else "NO")
            print(f"{name[:48]:<48} {len(found)}/{len(want):<6} {len(invented):>3} {got_b:>4}/{want_b:<4} {mark(first_ok):>5} {mark(gh_ok):>3}  {note}")
    n = tot["files"]
    print(f"resumes ({n} English with text): main sections found {tot['found']}/{tot['want']} ({pct(tot['found'], tot['want'])}); "
          f"invented headings {tot['invented']}; bullets within 25% (or 2) {tot['bullets_ok']}/{n} ({pct(tot['bullets_ok'], n)}); "
          f"first entry right {tot['first']}/{tot['first_files']} ({pct(tot['first'], tot['first_files'])}); "
          f"GitHub found {tot['gh']}/{tot['gh_files']}; read well {tot['good']}/{n}")
    print("  by kind: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_kind.items()))
    flat = os.path.join(root, "flattened")
    made = tempfile.mkdtemp(prefix="bescore-flat-") if "--flatten" in sys.argv else None
    try:
        if made:
            flatten_missing(os.path.join(root, "resumes"), flat, made)
        flattened(binary, labels, flat, made, per_file)
    finally:
        if made:
            shutil.rmtree(made)


def flattened(binary, labels, flat, made, per_file):
    """Main sections found in the flattened texts: those of flattened/, and those --flatten made."""
    ff = ft = 0
    rows = []
    texts = [(flat, f) for f in (sorted(os.listdir(flat)) if os.path.isdir(flat) else [])]
    texts += [(made, f) for f in (sorted(os.listdir(made)) if made else [])]
    for where, f in texts:
        lab = labels.get(f.rsplit(".", 2)[0] + ".pdf")  # NAME.one-line.txt, NAME.glued.txt
        if not lab:
            continue
        d = report(binary, os.path.join(where, f))
        kinds = {s.get("kind") for s in ((d or {}).get("document") or {}).get("sections") or []}
        want = {h["kind"] for h in lab.get("headings", []) if h["kind"] in MAIN}
        ff += len(want & kinds)
        ft += len(want)
        rows.append(f"{f[:56]:<56} {len(want & kinds)}/{len(want)}  missing {','.join(sorted(want - kinds))}")
    if per_file:
        print("\n".join(rows))
    if ft:
        print(f"flattened ({len(rows)} files{', made with --flatten' if made else ''}): main sections found {ff}/{ft} ({pct(ff, ft)})")


def flatten_missing(resumes, flat, out):
    """Writes NAME.one-line.txt and NAME.glued.txt into out for each resumes/NAME.pdf without a flattened/NAME.*."""
    have = {f.rsplit(".", 2)[0] for f in os.listdir(flat)} if os.path.isdir(flat) else set()
    for f in sorted(os.listdir(resumes)) if os.path.isdir(resumes) else []:
        name, ext = os.path.splitext(f)
        if ext.lower() != ".pdf" or name in have:
            continue
        p = subprocess.run(["pdftotext", os.path.join(resumes, f), "-"], capture_output=True)
        if p.returncode != 0:
            continue
        lines = p.stdout.decode("utf-8", "replace").split("\n")
        with open(os.path.join(out, name + ".one-line.txt"), "w") as fh:
            fh.write("  ".join(lines))
        with open(os.path.join(out, name + ".glued.txt"), "w") as fh:
            fh.write("".join(line + ("\n" if (i + 1) % 3 == 0 else "") for i, line in enumerate(lines)))


if __name__ == "__main__":
    main()
