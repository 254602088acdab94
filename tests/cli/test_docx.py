#!/usr/bin/env python3
"""DOCX input: the Word samples score like their plain-text source, findings point at paragraph numbers, contact
details only in a page header are noted, and broken or foreign ZIPs are one error line with exit 2.
Usage: test_docx.py BESCORE SOURCE_DIR"""
import os
import re
import tempfile
import zipfile

from cli_support import check, finish, report, run, sample


def one_error_line(name, path, cause):
    r = run(path)
    errs = r.stderr.strip().splitlines()
    check(f"{name}: exit 2", r.returncode == 2, r.returncode)
    check(f"{name}: one line 'bescore: FILE: cause'", len(errs) == 1 and errs[0].startswith(f"bescore: {path}: ")
          and cause in errs[0], errs)


text_score = report(sample("strong-backend.txt")).get("score", -100)

# The HTML report of a DOCX shows its paragraphs as read (at their paragraph numbers), not the ZIP's bytes.
with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "docx.html")
    r = run("--format", "html", "--out", page, sample("strong-backend.docx"))
    html = open(page, encoding="utf-8").read() if r.returncode == 0 else ""
    lines = re.findall(r'class="tx">([^<]*)', html)
    check("docx HTML report: exit 0", r.returncode == 0, r.stderr)
    check("docx HTML report: paragraphs, not ZIP bytes", "Maya Lindqvist" in lines[:3] and "[Content_Types]" not in html
          and "PK\x03" not in html, lines[:3])
for name in ("strong-backend.docx", "contact-in-header.docx"):
    rep = report(sample(name))
    check(f"{name} is read as docx", rep.get("format") == "docx", rep.get("format"))
    score = rep.get("score", 1000)
    check(f"{name} scores within 3 of the .txt ({score} vs {text_score})", abs(score - text_score) <= 3)
    notes = rep.get("document", {}).get("notes", [])
    in_header = name == "contact-in-header.docx"
    check(f"{name}: {'a' if in_header else 'no'} header/footer contact note",
          any(n.startswith("contact details only in a header/footer") for n in notes) == in_header, notes)

with tempfile.TemporaryDirectory() as tmp:
    # A duty bullet added to the Word file is flagged at its paragraph number.
    with zipfile.ZipFile(sample("strong-backend.docx")) as z:
        parts = [(info, z.read(info)) for info in z.infolist()]
    xml = dict((i.filename, d) for i, d in parts)["word/document.xml"].decode("utf-8")
    paragraphs = [m.start() for m in re.finditer(r"<w:p[ >]", xml)]
    first_bullet = next(k for k, start in enumerate(paragraphs) if "<w:numPr>" in xml[start:paragraphs[k + 1]])
    start, end = paragraphs[first_bullet], paragraphs[first_bullet + 1]
    duty = re.sub(r"<w:t>[^<]*</w:t>", "<w:t>Responsible for database management</w:t>", xml[start:end], count=1)
    xml = xml[:end] + duty + xml[end:]
    edited = os.path.join(tmp, "duty.docx")
    with zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info, xml.encode("utf-8") if info.filename == "word/document.xml" else data)
    rep = report(edited)
    places = [f["location"] for f in rep.get("findings", []) if f["rule"] == "phrasing/responsibility"]
    number = first_bullet + 2  # 1-based, after the bullet it was copied from
    check(f"the duty bullet is flagged at paragraph {number}", {"page": 0, "line": number} in places, places)
    text = run(edited).stdout
    check("the text report says where", f"line {number}" in text, text[:400])

    # A truncated DOCX, and a ZIP that is no Word document.
    with open(sample("strong-backend.docx"), "rb") as fh:
        data = fh.read()
    cut = os.path.join(tmp, "truncated.docx")
    with open(cut, "wb") as fh:
        fh.write(data[: len(data) * 2 // 3])
    one_error_line("truncated DOCX", cut, "corrupt DOCX")
    odt = os.path.join(tmp, "resume.odt")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    one_error_line("an OpenDocument text says what to export instead", odt, "an OpenDocument file (.odt): save it as .docx or PDF")
    other_zip = os.path.join(tmp, "resume.zip")
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("notes.txt", "hello")
    one_error_line("a ZIP that is not a DOCX", other_zip, "not a PDF, DOCX or text file")

    # The other files are still scored.
    r = run(cut, sample("strong-backend.txt"))
    check("a broken DOCX among others: exit 2, the others scored", r.returncode == 2 and "score " in r.stdout,
          (r.returncode, r.stdout[:200]))

finish()
