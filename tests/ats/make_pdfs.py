#!/usr/bin/env python3
"""Fixtures for the layout audit (docs/ats.md), written at test time so no binaries are committed: one PDF per
thing an applicant tracking system's plain text extractor trips on, each built from samples/strong-backend.txt.

    python3 tests/ats/make_pdfs.py OUT_DIR     # writes the PDFs below into OUT_DIR

all-image.pdf (two scanned pages) is not in FIXTURES: with no text at all it is an unreadable input (exit 2).
Each fixture has exactly one problem (FIXTURES maps its name to the ats rules it must raise), so a test can assert
that finding and the absence of every other. Helvetica only (base-14, no font files), deterministic bytes."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "judgement"))
from minipdf import MARGIN, PAGE_H, PAGE_W, _pdf_string, _wrap, objects_to_pdf, resume_to_pdf  # noqa: E402

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "strong-backend.txt")

# name -> the ats rules its audit must report (and no other ats rule)
FIXTURES = {
    "one-column.pdf": [],
    "two-column.pdf": ["ats/columns"],
    "contact-in-header.pdf": ["ats/contact-in-header"],
    "icon-font.pdf": ["ats/garbled-glyphs"],
    "image-page.pdf": ["ats/no-text-layer"],
    "tiny-text.pdf": ["ats/small-text"],
    "off-page.pdf": [],  # poppler drops text outside the page: no extractor built on it (nor bescore) reads it
    "five-pages.pdf": ["ats/pages"],
    "large-file.pdf": ["ats/file-size"],
}

# An icon font as LaTeX and Word templates embed them: the glyphs' Unicode values are private-use code points.
# Helvetica's shapes stand in; the ToUnicode map is what an extractor reads. "a" is a check-mark bullet (U+F00C),
# "p" a phone icon (U+F095), "m" an envelope (U+F0E0), "f" the ffi ligature (U+FB03).
ICON_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
4 beginbfchar
<61> <F00C>
<70> <F095>
<6D> <F0E0>
<66> <FB03>
endbfchar
endcmap
CMapName currentdict /CMapDefineResource pop
end
end"""


def resume_lines():
    with open(SOURCE, encoding="utf-8") as fh:
        return fh.read().splitlines()


def typeset(lines, per_page=None, size=10):
    """One column, top to bottom: a list of pages, each a list of (x, y, size, font, text). per_page: lines of the
    source per page (a forced break), else pages fill up."""
    pages, y, used = [[]], PAGE_H - MARGIN, 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if per_page and used >= per_page:
            pages.append([])
            y, used = PAGE_H - MARGIN, 0
        used += 1
        if not line:
            y -= 4
            continue
        bullet = line.startswith("- ")
        text = line[2:] if bullet else line
        font = "F2" if n == 0 or (line.isupper() and len(line.split()) <= 3) else "F1"
        pt = 16 if n == 0 else size
        for i, part in enumerate(_wrap(text, PAGE_W - 2 * MARGIN - 14, pt)):
            if y - pt * 1.35 < MARGIN:
                pages.append([])
                y = PAGE_H - MARGIN
            y -= pt * 1.35
            if bullet and i == 0:
                pages[-1].append((MARGIN, y, pt, "F1", "\u2022"))
            pages[-1].append((MARGIN + (14 if bullet else 0), y, pt, font, part))
    return pages


def assemble(pages, image_pages=(), padding=0):
    """PDF bytes: pages of (x, y, size, font, text); F3 is the icon font. image_pages: 0-based pages that draw a
    full-page grey image and no text. padding: bytes of an unreferenced stream (a file inflated by a big image)."""
    pixels = bytes(range(0, 256, 4)) * 4  # 16 x 16 grey ramp
    # Shared resources first, at fixed object numbers: fonts F1-F3 are objects 1, 2 and 4 (3 is F3's ToUnicode map),
    # the image is 5.
    objects = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ICON_CMAP), ICON_CMAP),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 3 0 R >>",
               b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 "
               b"/Length %d >>\nstream\n%s\nendstream" % (len(pixels), pixels)]
    f1, f2, f3, image = 1, 2, 4, 5

    def add(body):
        objects.append(body)
        return len(objects)

    if padding:
        blob = bytes((i * 7) & 0xFF for i in range(padding))
        add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(blob), blob))
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for number, items in enumerate(pages):
        if number in image_pages:
            stream = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (PAGE_W, PAGE_H)
        else:
            ops = [b"BT"]
            for x, y, size, font, text in items:
                # A list of (font, text) runs is set in one go, each run after the last (Tj advances the position).
                runs = text if isinstance(text, list) else [(font, text)]
                ops.append(b"1 0 0 1 %.2f %.2f Tm" % (x, y))
                for run_font, run_text in runs:
                    ops.append(b"/%s %g Tf %s Tj" % (run_font.encode(), size, _pdf_string(run_text)))
            ops.append(b"ET")
            stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources << /Font "
                        b"<< /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                        % (pages_id, PAGE_W, PAGE_H, content, f1, f2, f3, image)))
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return objects_to_pdf(objects, catalog)


def contact_in_header():
    """Two pages, the contact line only in a running header repeated at the top of each."""
    lines = resume_lines()
    contact = lines[2]
    body = lines[:2] + lines[3:]
    pages = typeset(body, per_page=len(body) // 2 + 1)
    for items in pages:
        items.append((MARGIN, PAGE_H - 24, 8, "F1", contact))
    return assemble(pages)


def icon_font():
    """Bullets and contact labels drawn with icon-font glyphs, and a word with an ffi ligature character."""
    pages = typeset(resume_lines())
    out = []
    for items in pages:
        new = []
        for x, y, size, font, text in items:
            if text == "\u2022":
                new.append((x, y, size, "F3", "a"))
            elif "@example.com" in text:
                new.append((x, y, size, "F3", "m"))
                new.append((x + 14, y, size, font, text))
            else:
                new.append((x, y, size, font, text))
        out.append(new)
    out[0].append((MARGIN, MARGIN - 12, 9, "F3", "p"))
    out[0].append((MARGIN + 14, MARGIN - 12, 9, "runs", [("F1", "Available on call, an e"), ("F3", "f"), ("F1", "cient async communicator")]))
    return assemble(out)


def image_page():
    """The resume on page 1 and a second page that is only an image (a scanned page)."""
    pages = typeset(resume_lines())[:1] + [[]]
    return assemble(pages, image_pages={1})


def off_page():
    """A line of keywords placed to the right of the page box, where no reader sees it."""
    pages = typeset(resume_lines())
    pages[0].append((PAGE_W + 40, PAGE_H / 2, 10, "F1", "Kubernetes Terraform Kafka Cassandra"))
    return assemble(pages)


def build_all(out_dir):
    text = "\n".join(resume_lines())
    lines = resume_lines()
    made = {
        "one-column.pdf": resume_to_pdf(text),
        "two-column.pdf": resume_to_pdf(text, two_column=True),
        "contact-in-header.pdf": contact_in_header(),
        "icon-font.pdf": icon_font(),
        "image-page.pdf": image_page(),
        "tiny-text.pdf": resume_to_pdf(text, tiny_lines=["Kubernetes Terraform Kafka Cassandra Spark"]),
        "off-page.pdf": off_page(),
        "five-pages.pdf": assemble(typeset(lines, per_page=len(lines) // 5 + 1)),
        "large-file.pdf": assemble(typeset(lines), padding=2_300_000),
        "all-image.pdf": assemble([[], []], image_pages={0, 1}),  # nothing to score: an unreadable input, not a report
    }
    os.makedirs(out_dir, exist_ok=True)
    for name, data in made.items():
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
    return sorted(made)


if __name__ == "__main__":
    for name in build_all(sys.argv[1] if len(sys.argv) > 1 else "."):
        print(name)
