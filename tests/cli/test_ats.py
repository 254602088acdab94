#!/usr/bin/env python3
"""The layout audit (docs/ats.md): each fixture of tests/ats/make_pdfs.py raises exactly its ats finding, the samples
and the real template PDFs in ../shared/corpus (when present) get what is right for them, ats findings never cost
points, an image page trips --fail-on error, and --dump-text --as-ats shows the plain extractor's reading.
Usage: test_ats.py BESCORE SOURCE_DIR"""
import json
import os
import sys
import tempfile

from cli_support import SRC, check, finish, report, run, sample

sys.path.insert(0, os.path.join(SRC, "tests", "ats"))
from make_pdfs import FIXTURES, build_all  # noqa: E402

# What is right for each real template (looked at with `pdftotext -layout` beside `bescore --dump-text`): AltaCV and
# Twenty Seconds are sidebar layouts; Awesome-CV, moderncv and RenderCV are one column whose date or label column
# beside the entries must not count as a second column. moderncv and RenderCV draw contact icons from icon fonts
# (private-use code points); AltaCV's "fi" extracts as the ligature character; moderncv runs to 4 pages, and its
# GitHub handle (after Font Awesome's GitHub glyph, which bescore reads as "GitHub:") is only in the page footer.
CORPUS = {
    "altacv-sample.pdf": ["ats/columns", "ats/garbled-glyphs"],
    "awesomecv-resume.pdf": [],
    "moderncv-casual.pdf": ["ats/contact-in-header", "ats/garbled-glyphs", "ats/pages"],
    "rendercv-Classic.pdf": ["ats/garbled-glyphs"],
    "twentyseconds-cv.pdf": ["ats/columns"],
}
SAMPLES = {
    "strong-backend.pdf": [],
    "two-column.pdf": ["ats/columns"],
    "strong-backend.docx": [],
    "contact-in-header.docx": ["ats/contact-in-header"],
    "strong-backend.txt": [],
}


def ats_rules(rep):
    return sorted(f["rule"] for f in rep.get("findings", []) if f["rule"].startswith("ats/"))


def audit(name, path, expected):
    rep = report(path)
    got = ats_rules(rep)
    check(f"{name}: ats findings {expected}", got == sorted(expected), got)
    costly = [f["rule"] for f in rep.get("findings", []) if f["rule"].startswith("ats/") and f["points"] != 0]
    check(f"{name}: ats findings cost no points", not costly, costly)
    return rep


with tempfile.TemporaryDirectory() as tmp:
    build_all(tmp)
    reps = {name: audit(name, os.path.join(tmp, name), expected) for name, expected in FIXTURES.items()}
    one = reps["one-column.pdf"].get("score")
    for name in ("contact-in-header.pdf", "tiny-text.pdf", "off-page.pdf", "five-pages.pdf", "large-file.pdf"):
        check(f"{name} scores as the one-column PDF ({reps[name].get('score')} vs {one})", reps[name].get("score") == one)
    # Icon-font bullets extract as nothing, so bescore, like an ATS, loses some bullet structure: a point or two.
    icon = reps["icon-font.pdf"].get("score", -100)
    check(f"icon-font bullets cost at most 3 ({icon} vs {one})", abs(icon - one) <= 3)
    two = reps["two-column.pdf"].get("score", -100)
    check(f"two columns score within 5 of one ({two} vs {one})", abs(two - one) <= 5)

    layout = reps["two-column.pdf"].get("document", {}).get("layout", {})
    page1 = (layout.get("page_facts") or [{}])[0]
    check("JSON: document.layout says page 1 has columns, with a row read across", page1.get("columns") is True
          and len(page1.get("read_across", "").split()) >= 4, page1)
    glyphs = reps["icon-font.pdf"].get("document", {}).get("layout", {}).get("glyphs", {})
    check("JSON: icon glyphs and the ligature counted", glyphs.get("private_use", 0) >= 10 and glyphs.get("ligature") == 1, glyphs)
    garbled = [f for f in reps["icon-font.pdf"].get("findings", []) if f["rule"] == "ats/garbled-glyphs"]
    check("garbled glyphs: the share of words and an example", garbled and "%" in garbled[0]["message"]
          and "<U+F0E0>" in garbled[0]["message"], garbled)
    header = [f for f in reps["contact-in-header.pdf"].get("findings", []) if f["rule"] == "ats/contact-in-header"]
    check("contact in header: email and phone named", header and "email" in header[0]["message"]
          and "phone" in header[0]["message"], header)
    image = [f for f in reps["image-page.pdf"].get("findings", []) if f["rule"] == "ats/no-text-layer"]
    check("image page: an error naming page 2 as an image", image and image[0]["severity"] == "error"
          and image[0]["message"].startswith("page 2 is an image"), image)
    off = run("--dump-text", os.path.join(tmp, "off-page.pdf")).stdout
    check("text off the page is not read", "Cassandra" not in off and "Maya Lindqvist" in off)

    # Thresholds see the audit: an image page is an error.
    check("--fail-on error: exit 1 for an image page", run("--fail-on", "error", os.path.join(tmp, "image-page.pdf")).returncode == 1)
    check("--fail-on error: exit 0 for the one-column PDF", run("--fail-on", "error", os.path.join(tmp, "one-column.pdf")).returncode == 0)
    lines = run("--format", "line", os.path.join(tmp, "image-page.pdf")).stdout
    check("--format line lists the ats error", "error:" in lines and "[ats/no-text-layer]" in lines, lines[-300:])

    # The text report: the audit beside the bars, its findings in a block of their own.
    text = run("--no-color", os.path.join(tmp, "two-column.pdf")).stdout
    check("text report: readability line says it is not scored", "readability (ATS)" in text
          and "1 problem an ATS would hit" in text and "(not part of the score)" in text, text[:900])
    check("text report: the audit block", "What an applicant tracking system would meet" in text and "ats/columns" in text)
    quiet = run("--no-color", os.path.join(tmp, "one-column.pdf")).stdout
    check("text report: a clean file says so", "nothing an ATS would trip on" in quiet, quiet[:900])

    # --dump-text --as-ats: the plain reading runs the sidebar into the main column; bescore's does not.
    dump = run("--dump-text", "--as-ats", os.path.join(tmp, "two-column.pdf")).stdout
    plain, _, ours = dump.partition("bescore (column by column")
    mixed = [l for l in plain.splitlines() if "SKILLS" in l or "Languages:" in l]
    check("--as-ats: a plain-reading line mixes sidebar and main column", any(len(l.split()) > 4 for l in mixed), mixed)
    check("--as-ats: bescore's reading keeps the sidebar line whole", any(l.strip() == "Languages: Go, SQL" for l in ours.splitlines()),
          ours[:600])
    js = json.loads(run("--dump-text", "--as-ats", "--format", "json", os.path.join(tmp, "two-column.pdf")).stdout)
    check("--as-ats JSON: plain_reading and reconstruction", js.get("layout", {}).get("plain_reading")
          and js["layout"].get("reconstruction"))
    default = json.loads(run("--dump-text", "--format", "json", os.path.join(tmp, "two-column.pdf")).stdout)
    check("without --as-ats the readings are not kept", "plain_reading" not in default.get("layout", {}))
    src = run("--dump-text", "--as-ats", sample("strong-backend.txt")).stdout
    check("--as-ats on a text source says there is no layout", "no page layout" in src, src)
    r = run(os.path.join(tmp, "all-image.pdf"))
    check("a PDF of scanned pages: exit 2, saying the pages are images", r.returncode == 2
          and "no text layer (2 of 2 pages are images" in r.stderr, r.stderr)
    alone = run("--as-ats", os.path.join(tmp, "two-column.pdf")).stdout
    check("--as-ats alone is the --dump-text view", "a plain extractor" in alone and "/100" not in alone, alone[:300])

for name, expected in SAMPLES.items():
    audit(name, sample(name), expected)
check("no layout object for a text source", "layout" not in report(sample("strong-backend.txt")).get("document", {}))

r = run(os.path.join(SRC, "tests", "broken", "image-only.pdf"))
check("a PDF with no text at all stays an unreadable input (exit 2)", r.returncode == 2 and "no text layer" in r.stderr, r.stderr)

corpus = os.path.join(SRC, "..", "shared", "corpus")
if os.path.isdir(corpus):
    for name, expected in CORPUS.items():
        path = os.path.join(corpus, name)
        if os.path.exists(path):
            audit(name, path, expected)
else:
    print("skip: ../shared/corpus not found")

finish()
