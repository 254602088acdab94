#!/usr/bin/env python3
"""PDF layouts read from positioned text (written with tests/judgement/minipdf.py): a page number a template sets
well above the page's edge, a date column too narrow for its ranges, and a justified line's squeezed spaces.
Usage: test_pdf_reading.py BESCORE SOURCE_DIR"""
import os
import sys
import tempfile

from cli_support import SRC, check, finish, report

sys.path.insert(0, os.path.join(SRC, "tests", "judgement"))
import minipdf  # noqa: E402


def two_pages():
    """Two pages of roles whose dates sit in a left column that wraps each range over two lines, with moderncv's
    "1/2" page number at 86% of the page's height."""
    pages = []
    roles = [("May 2023 -", "Sep 2023", "Northwind, Berlin", "Backend Engineering Intern"),
             ("Jan 2022 -", "Sep 2022", "Contoso, Dublin", "Junior Software Developer"),
             ("Jun 2020 -", "Present", "Fabrikam, Remote", "Platform Engineer")]
    for p in range(2):
        items = []
        y = 740
        if p == 0:
            items += [(48, y, 14, "F2", "Jo Park"), (48, y - 16, 10, "F1", "jo@example.com")]
            y -= 48
            items.append((48, y, 12, "F2", "Employment History"))
            y -= 20
        else:
            items.append((48, y, 12, "F2", "Projects"))
            y -= 20
        for start, end, org, title in roles if p == 0 else roles[:1]:
            items += [(48, y, 10, "F1", start), (130, y, 10, "F1", org),
                      (48, y - 13, 10, "F1", end), (130, y - 13, 10, "F1", title)]
            for k in range(3):
                items.append((142, y - 26 - 13 * k, 10, "F1",
                              f"Built the ledger service in Go handling {k + 2}K payments a second with Kafka"))
            y -= 80
        items.append((490, 112, 10, "F1", f"{p + 1}/2"))
        pages.append(items)
    return minipdf._assemble(pages)


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "wrapped-dates.pdf")
    with open(path, "wb") as fh:
        fh.write(two_pages())
    rep = report(path)
    doc = rep.get("document", {})
    exp = [s for s in doc.get("sections", []) if s["kind"] == "experience"]
    entries = exp[0]["entries"] if exp else []
    check("three roles under the employment history", len(entries) == 3, [e.get("title") for e in entries])
    check("each role has its whole range from the wrapped date column",
          [(e["start"], e["end"]) for e in entries] == [("2023-05", "2023-09"), ("2022-01", "2022-09"), ("2020-06", "present")],
          [(e.get("start"), e.get("end")) for e in entries])
    check("the employer and title are read without the date pieces",
          entries[:1] and entries[0]["organisation"] == "Northwind" and entries[0]["title"] == "Backend Engineering Intern",
          entries[:1])
    lines = [b["text"] for s in doc.get("sections", []) for e in s.get("entries", []) for b in e.get("bullets", [])]
    lines += [p["text"] if isinstance(p, dict) else p for s in doc.get("sections", []) for p in s.get("paragraph", [])]
    check("the page number '1/2' set above the page's edge is no text of the resume",
          not any(t.strip() in ("1/2", "2/2") for t in lines), lines)
    check("each role keeps its three points", [len(e["bullets"]) for e in entries] == [3, 3, 3],
          [len(e.get("bullets", [])) for e in entries])

    # A figure that looks like a page number stays where it is no page number: mid-page, or not this page's.
    pages = [[(48, 740, 14, "F2", "Jo Park"), (48, 700, 12, "F2", "Experience"),
              (48, 680, 10, "F1", "Backend Engineer, Northwind | 2020 - 2024"),
              (60, 665, 10, "F1", "- Cut the error rate to 1/2 of what it was"),
              (60, 400, 10, "F1", "3/4"),
              (490, 112, 10, "F1", "2/2")]]
    kept = os.path.join(tmp, "figures.pdf")
    with open(kept, "wb") as fh:
        fh.write(minipdf._assemble(pages))
    rep = report(kept)
    text = [b["text"] for s in rep.get("document", {}).get("sections", []) for e in s.get("entries", []) for b in e["bullets"]]
    text += [p["text"] if isinstance(p, dict) else p for s in rep.get("document", {}).get("sections", []) for p in s.get("paragraph", [])]
    text += [e.get("title", "") for s in rep.get("document", {}).get("sections", []) for e in s.get("entries", [])]
    check("'3/4' mid-page and '2/2' on page 1 of 1 stay text; a point's '1/2' stays in it",
          any("1/2" in t for t in text) and any(t.strip() == "3/4" for t in text) and any("2/2" in t for t in text), text)

    # Justified text squeezes a line's spaces below what reads as a space by the gap alone (here 1.08 pt at 10 pt):
    # the PDF's own spaces keep the words apart. The next line's words, set normally, are untouched.
    pages = [[(48, 740, 14, "F2", "Jo Park"), (48, 700, 12, "F2", "EXPERIENCE"),
              (48, 684, 10, "F1", "Backend Engineer, Northwind | 2020 - 2024"),
              (60, 670, 10, "F1", "- Designed, implemented and migrated the core transaction processing system", -1.7),
              (60, 656, 10, "F1", "- Cut the error rate of the payment service by half", 0)]]
    justified = os.path.join(tmp, "justified.pdf")
    with open(justified, "wb") as fh:
        fh.write(minipdf._assemble(pages))
    rep = report(justified)
    points = [b["text"] for s in rep.get("document", {}).get("sections", []) for e in s.get("entries", []) for b in e["bullets"]]
    check("a justified line's squeezed spaces stay spaces",
          points == ["Designed, implemented and migrated the core transaction processing system",
                     "Cut the error rate of the payment service by half"], points)

finish()
