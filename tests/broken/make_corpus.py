#!/usr/bin/env python3
"""Writes bescore's broken-input corpus: the files tests/broken/README.md lists, each with the outcome
tests/cli/test_broken.py expects of it.

Usage:
    tests/broken/make_corpus.py            rewrite the small files committed in tests/broken/
    tests/broken/make_corpus.py --large DIR  write the large and sample-derived files into DIR
                                             (test_broken.py does this in a temporary folder)

Every file is deterministic except encrypted*.pdf (qpdf salts AES-256 keys at random): those are written only
when missing (delete them to make new ones) and need qpdf (`apt-get install -y qpdf`)."""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, "tests", "judgement"))
import minipdf  # noqa: E402  (the tests' dependency-free PDF writer)

RESUME = """Ada Example
Backend Engineer
ada@example.com | +1 555 0100 | github.com/ada-example | Lisbon

SUMMARY
Backend engineer building payment APIs in Go and PostgreSQL; 6 years on services that handle 40K requests/s.

EXPERIENCE
Senior Backend Engineer — Acme Payments, Lisbon | Jan 2020 – Present
- Built a REST API in Go serving 40K requests/s at p99 < 120 ms on PostgreSQL and Redis
- Cut checkout latency by 35% by moving fraud checks to a Kafka consumer
- Led the migration of 12 services to Kubernetes with zero downtime

Backend Engineer — Tidewater Logistics, Porto | Jun 2017 – Dec 2019
- Designed an event-sourced shipment tracker processing 3M events/day
- Added OpenTelemetry tracing and cut incident time to resolution by 40%

PROJECTS
queuebox — github.com/ada-example/queuebox
- Built a Postgres-backed job queue with JWT auth, rate limiting, migrations and 90% test coverage

SKILLS
Languages: Go, Python, SQL
Data: PostgreSQL, Redis, Kafka

EDUCATION
B.Sc. Computer Science — University of Porto | 2013 – 2017
"""


def write(folder, name, data):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------------------------------------- PDF bytes

def pdf(objects, root=1, trailer=b""):
    """A PDF from object bodies (object n is objects[n-1]) with a correct xref table."""
    return minipdf.objects_to_pdf(objects, root, trailer, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def stream(content, extra=b"", compress=False):
    if compress:
        content = zlib.compress(content, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), extra, content)


def text_ops(lines, x=56, top=740, size=10):
    ops = [b"BT /F1 %d Tf" % size]
    for i, line in enumerate(lines):
        ops.append(b"1 0 0 1 %d %d Tm %s Tj" % (x, top - i * 14, minipdf._pdf_string(line)))
    ops.append(b"ET")
    return b"\n".join(ops)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def one_page(content, page_extra=b"", mediabox=b"[0 0 612 792]", pages_extra=b"", trailer=b""):
    """Catalog 1, Pages 2, Page 3, Font 4, Contents 5."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 %s>>" % pages_extra,
                b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << /F1 4 0 R >> >> "
                b"/Contents 5 0 R %s>>" % (mediabox, page_extra),
                FONT, stream(content)], trailer=trailer)


def resume_lines():
    return [line for line in RESUME.splitlines() if line.strip()]


def two_pages(before_page_1=b""):
    """The resume over two pages: its first four lines on page 1 (after before_page_1's operators), the rest on page 2.
    Catalog 1, Pages 2, page 1 is 3 with contents 5, Font 4, page 2 is 6 with contents 7."""
    lines = resume_lines()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents %d 0 R >>"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>", page % 5, FONT,
                stream(before_page_1 + text_ops(lines[:4])), page % 7, stream(text_ops(lines[4:]))])


def small_pdfs():
    body = text_ops(resume_lines())
    yield "pdf-header-only.pdf", b"%PDF-1.4\n"
    yield "random-bytes-pdf-header.pdf", b"%PDF-1.7\n" + random.Random(2).randbytes(4096)
    yield "image-only.pdf", one_page(b"0.2 0.4 0.8 rg 72 400 468 300 re f 0 0 0 RG 2 w 72 100 m 540 100 l S")
    yield "no-pages.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    yield "no-root.pdf", pdf([b"<< /Type /Pages /Kids [] /Count 0 >>"], root=7)
    yield "huge-page-count.pdf", one_page(body).replace(b"/Count 1 ", b"/Count 2147483647 ")
    # Pages whose kid is the Pages node itself, then a page whose parent is itself.
    yield "self-ref-kids.pdf", one_page(body).replace(b"/Kids [3 0 R] /Count 1", b"/Kids [2 0 R 3 0 R] /Count 2")
    # A span of ActualText left open at the end of page 1 (a content stream cut short): page 2's words are still its
    # own (a reader that keeps one text device for the document must close the span between pages).
    yield "unclosed-actualtext.pdf", two_pages(b"/Span << /ActualText (Ada Example) >> BDC\n")
    # Two pages whose cross-reference entry for page 2's content is off by a few bytes: the PDF library rebuilds the
    # table while page 2 is read (a reader that keeps one table for the document must find page 2's words all the same).
    two = two_pages()
    at = two.index(b"\n7 0 obj") + 1
    entry = b"%010d 00000 n \n" % at
    assert two.count(entry) == 1
    yield "xref-wrong-offset.pdf", two.replace(entry, b"%010d 00000 n \n" % (at + 4))
    yield "self-ref-parent.pdf", one_page(body).replace(b"/Parent 2 0 R /MediaBox [0 0 612 792]", b"/Parent 3 0 R")
    # A stream whose /Length is itself, and a reference loop 6 -> 7 -> 6 for the resources.
    yield "self-ref-length.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                                      b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                                      FONT, b"<< /Length 5 0 R >>\nstream\n%s\nendstream" % body])
    yield "ref-loop.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                               b"<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Resources 7 0 R /Contents 5 0 R >>",
                               FONT, stream(body), b"7 0 R", b"6 0 R"])
    # A form XObject that draws itself: content streams recurse without end unless the reader stops them.
    yield "form-recursion.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 6 0 R "
                                     b"/Contents 5 0 R >>", FONT, stream(body + b"\n/X1 Do"),
                                     b"<< /Font << /F1 4 0 R >> /XObject << /X1 7 0 R >> >>",
                                     stream(b"BT /F1 10 Tf 56 80 Td (again) Tj ET /X1 Do",
                                            b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 6 0 R")])
    # An xref chain whose /Prev points back at itself.
    loop = one_page(body)
    xref_at = int(loop.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    yield "xref-prev-loop.pdf", loop.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref_at)
    # Coordinates far beyond any int: text placed at 1e20 points on a page that large.
    big = b"100000000000000000000"
    yield "huge-coordinates.pdf", one_page(text_ops(resume_lines(), x=0).replace(b"1 0 0 1 0 ", b"1 0 0 1 " + big + b" "),
                                           mediabox=b"[0 0 %s %s]" % (big + b"0", big + b"0"))
    # A word drawn with a text matrix 1e10 wide: its box runs far past both page edges (float to int overflow).
    wide = [line for line in body.split(b"\n") if line != b"ET"] + [b"10000000000 0 0 1 300 100 Tm (wide) Tj",
                                                                    b"-10000000000 0 0 1 300 86 Tm (wide) Tj ET"]
    yield "wide-word.pdf", one_page(b"\n".join(wide))
    yield "zero-mediabox.pdf", one_page(body, mediabox=b"[0 0 0 0]")
    yield "negative-font-size.pdf", one_page(body.replace(b"/F1 10 Tf", b"/F1 -10 Tf"))
    yield "zero-matrix.pdf", one_page(body.replace(b"1 0 0 1 ", b"0 0 0 0 "))
    # One page with 6,000 words piled on a grid: the layout has many words to regroup (compressed stream).
    words = [b"BT /F1 4 Tf"]
    for i in range(6000):
        words.append(b"1 0 0 1 %d %d Tm (w%d) Tj" % (20 + (i % 60) * 9.5, 780 - (i // 60) * 7.6, i))
    words.append(b"ET")
    dense = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
                 b"/Contents 5 0 R >>", FONT, stream(b"\n".join(words), compress=True)])
    yield "dense-page.pdf", dense


def encrypted_pdfs(folder):
    """encrypted.pdf needs a password to open; encrypted-owner-only.pdf opens without one (restrictions only);
    linearized.pdf is a two-page resume linearized for the web (objects in page order, hint streams, two tables)."""
    if not shutil.which("qpdf"):
        print("qpdf missing: encrypted*.pdf and linearized.pdf left as they are", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        plain = write(tmp, "plain.pdf", minipdf.resume_to_pdf(RESUME))
        if not os.path.exists(os.path.join(folder, "linearized.pdf")):  # kept unless deleted: qpdf's output may vary
            two = write(tmp, "two.pdf", two_pages())
            subprocess.run(["qpdf", "--linearize", "--deterministic-id", two, os.path.join(folder, "linearized.pdf")],
                           check=True)
        for name, user in (("encrypted.pdf", "user"), ("encrypted-owner-only.pdf", "")):
            if os.path.exists(os.path.join(folder, name)):
                continue  # AES salts are random: kept as they are unless deleted, so reruns change nothing
            subprocess.run(["qpdf", "--encrypt", user, "owner", "256", "--", plain, os.path.join(folder, name)],
                           check=True)


# --------------------------------------------------------------------------------------------- text files

def small_texts():
    rnd = random.Random(1)
    yield "empty.txt", b""
    yield "empty.pdf", b""
    yield "whitespace-only.txt", b" \n\t\n\r\n   \n" * 20
    yield "bom-only.txt", b"\xef\xbb\xbf"
    yield "random-bytes.pdf", rnd.randbytes(4096)
    yield "binary.txt", b"\x7fELF\x02\x01\x01\x00" + rnd.randbytes(2048)
    yield "nul-bytes.txt", RESUME.encode().replace(b"SKILLS", b"SKI\x00LLS")
    yield "utf16.txt", b"\xff\xfe" + RESUME.encode("utf-16-le")
    yield "utf32.txt", b"\xff\xfe\x00\x00" + RESUME.encode("utf-32-le")
    yield "latin1.txt", RESUME.replace("Lisbon", "Lisboa, Portugal — São João").encode("utf-8").replace(
        "ã".encode(), b"\xe3").replace("—".encode(), b"\x97")
    yield "invalid-utf8.txt", b"".join(bytes([0x80 + rnd.randrange(0x7f)]) for _ in range(3000))
    yield "overlong-utf8.txt", RESUME.encode() + b"\xc0\xaf\xe0\x80\xaf\xf8\x88\x80\x80\x80\xed\xa0\x80\xf4\x90\x80\x80\n"
    yield "cr-line-endings.txt", RESUME.replace("\n", "\r")
    yield "control-chars.txt", RESUME.replace("- ", "- \x1b[31m\b\f\v").replace("SKILLS", "\x0cSKILLS\x07")
    yield "unicode-oddities.txt", RESUME.replace("Built", "\u202eBuilt\u202c").replace("Ada", "A\u0301\u0301\u0301da") \
        .replace("Go", "G\u200do \U0001F680") + "\uFEFF\uFFFF\U0010FFFF\n"
    yield "no-sections.txt", "Somebody\nI write code.\nSometimes servers.\n"
    yield "one-word.txt", "resume"
    yield "headings-only.txt", "SUMMARY\n\nEXPERIENCE\n\nPROJECTS\n\nSKILLS\n\nEDUCATION\n"
    yield "bullets-only.txt", "".join(f"- Built service {i} handling {i * 10} requests/s\n" for i in range(60))
    yield "dates-gone-wrong.txt", RESUME.replace("Jan 2020 – Present", "Feb 31 9999999999999 – Jan 0000") \
        .replace("Jun 2017 – Dec 2019", "Present – Present – 2019 – 2017 – 1900")
    yield "unclosed-fence.md", "# Ada\n\n```\n" + RESUME
    yield "markdown-comment-open.md", "# Ada\n<!-- never closed\n" + RESUME


# ------------------------------------------------------------------------------------ DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(parts):
    """A ZIP of the given {name: bytes} parts, deterministic (fixed timestamps), as a .docx would be."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def document_xml(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'


def paragraphs(lines):
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{l}</w:t></w:r></w:p>" for l in lines)


def docx_files():
    resume = [l.replace("&", "&amp;").replace("<", "&lt;") for l in RESUME.splitlines()]
    yield "docx-minimal.docx", docx({"word/document.xml": document_xml(paragraphs(resume))})
    yield "docx-no-document.docx", docx({"word/styles.xml": "<w:styles/>", "docProps/app.xml": "<x/>"})
    yield "docx-bad-xml.docx", docx({"word/document.xml": document_xml(paragraphs(resume))[:-40]})
    yield "docx-empty-body.docx", docx({"word/document.xml": document_xml("")})
    yield "docx-not-zip.docx", b"PK\x03\x04" + bytes(random.Random(7).getrandbits(8) for _ in range(3000))
    yield "docx-bad-styles.docx", docx({"word/document.xml": document_xml(
        '<w:p><w:pPr><w:pStyle w:val="A"/><w:numPr><w:numId w:val="99"/></w:numPr></w:pPr><w:r><w:t>EXPERIENCE</w:t></w:r></w:p>'
        + paragraphs(resume)),
        "word/styles.xml": f'<w:styles {W}><w:style w:styleId="A"><w:basedOn w:val="B"/></w:style>'
                           '<w:style w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>'})
    yield "docx-deep-tables.docx", docx({"word/document.xml": document_xml(
        "<w:tbl><w:tr><w:tc>" * 3000 + paragraphs(resume) + "</w:tc></w:tr></w:tbl>" * 3000)})


# ------------------------------------------------------------------------------------ LaTeX, JSON Resume

def sources():
    tex_body = "\\section{Experience}\n\\begin{itemize}\n\\item Built a REST API in Go serving 40K requests/s\n\\end{itemize}\n"
    doc = "\\documentclass{article}\n\\begin{document}\n%s\\end{document}\n"
    yield "input-cycle.tex", doc % ("\\input{tex/cycle-b}\n" + tex_body)
    yield "tex/cycle-b.tex", "\\section{Projects}\n\\input{cycle-c}\n"
    yield "tex/cycle-c.tex", "\\input{../input-cycle}\n"
    yield "input-self.tex", doc % ("\\input{input-self}\n" + tex_body)
    yield "input-missing.tex", doc % ("\\input{tex/does-not-exist}\n" + tex_body)
    yield "tex-unbalanced.tex", "\\documentclass{article}\n\\begin{document}\n" + "{" * 20000 + \
        "\\section{Experience\n\\begin{itemize}\n\\item Built \\textbf{an API\n"
    yield "tex-macro-loop.tex", doc % ("\\def\\a{\\a}\\newcommand{\\b}{\\b x}\\a\\b\n" + tex_body)
    yield "tex-binary-junk.tex", doc % ("\\section{\x01\x02\x7f}\n\\item \\\\\\\\\\\\ \\" + tex_body)
    yield "malformed.json", '{"basics": {"name": "Ada", "email": "ada@example.com"},\n "work": [{"name": "Acme",'
    yield "json-wrong-types.json", '{"basics": "Ada", "work": [1, null, {"name": 5, "highlights": [1, {}, [], true],' \
        ' "startDate": 2020, "endDate": {"y": 1}}], "skills": {"name": "Go"}, "education": null}'
    yield "json-empty-object.json", "{}"
    yield "json-top-array.json", '[{"basics": {"name": "Ada"}}]'
    # A number past a double's range: the JSON library's out_of_range, not its parse_error (found by fuzz_jsonresume).
    yield "json-huge-number.json", '{"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": 4E444422222}]}'
    yield "json-bad-dates.json", '{"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Engineer",' \
        ' "startDate": "99999-99-99", "endDate": "2020-13-45T99:99", "highlights": ["Built a Go API"]}]}'


# Rule files written as they are: name, then the file's text.
RULE_FILES = r"""
invalid-regex     {"extends": "backend", "id": "bad", "traits": {"api": {"match": ["(unclosed"]}}}
unknown-kind      {"extends": "backend", "id": "bad", "rules": [{"id": "x/y", "kind": "vibes", "category": "impact", "points": 5, "message": "m"}]}
wrong-types       {"extends": "backend", "id": "bad", "overrides": {"impact/quantified": {"points": "ten"}}}
unknown-key       {"extends": "backend", "id": "bad", "colour": "blue"}
cycle-a           {"extends": "cycle-b.json", "id": "a"}
cycle-b           {"extends": "cycle-a.json", "id": "b"}
extends-self      {"extends": "extends-self.json", "id": "self"}
extends-missing   {"extends": "no-such-set.json", "id": "missing"}
extends-dev-zero  {"extends": "/dev/zero", "id": "endless"}
lexicon-dev-zero  {"extends": "backend", "id": "endless", "lexicon": "../../../../../../dev/zero"}
extends-unknown-builtin  {"extends": "frontend", "id": "x"}
not-json          {"extends": "backend", id: bad,
top-array         []
huge-numbers      {"extends": "backend", "id": "huge", "overrides": {"phrasing/responsibility": {"params": {"per_item": 1e300}}, "structure/bullet-length": {"params": {"min": -1e300, "max": 1e300}}, "evidence/links": {"params": {"needs": [{"what": "github", "points": 1e300}]}}}}
"""


def one_rule(kind, params, category="impact", **extra):
    """A set extending backend with one rule of this kind and params."""
    rule = {"id": "x/y", "kind": kind, "category": category, "points": 5, "message": "m", "params": params, **extra}
    return json.dumps({"extends": "backend", "id": "bad", "rules": [rule]})


def rule_files():
    for line in RULE_FILES.strip().splitlines():
        name, text = line.split(None, 1)
        yield f"rules/{name}.json", text
    yield "rules/empty.json", ""
    yield "rules/params-wrong-types.json", one_rule("coverage", {"groups": [{"name": "g", "areas": [1, 2]}], "unit": 7})
    yield "rules/params-not-strings.json", one_rule("flag", {"trait": "responsibility", "unit": ["line"]})
    for kind, params in (("ratio", {"trait": "quantified", "per": 1, "target": "x"}),
                         ("count", {"measure": 5, "min": "3"}), ("presence", {"needs": [5, "x", {"what": 7}]}),
                         ("section_text", {"avoid": 5, "require": {"a": 1}}), ("order", {"first": 5, "then": [1]}),
                         ("repeat", {"buzzword": 5, "max_mentions": "many"})):
        yield f"rules/params-{kind.replace('_', '-')}.json", one_rule(kind, params)
    yield "rules/unknown-trait.json", one_rule("flag", {"trait": "no-such-trait"})
    yield "rules/bad-fix-regex.json", one_rule("flag", {"trait": "responsibility"}, fixes=[{"when": "a{2,1}", "fix": "f"}])
    yield "rules/unknown-category.json", one_rule("flag", {"trait": "responsibility"}, category="nope")
    yield "rules/override-unknown-rule.json", '{"extends": "backend", "id": "bad", "overrides": {"no/such": {"points": 1}}}'
    yield "rules/missing-lexicon.json", '{"extends": "backend", "id": "bad", "lexicon": "no-such-lexicon.json"}'
    yield "rules/no-rules.json", '{"id": "empty", "categories": [{"id": "impact", "name": "Impact"}]}'
    # Odd but valid: every rule worth nothing, or ten times its points; the score must stay within 0-100.
    yield "rules/zero-points.json", '{"extends": "backend", "id": "zero", "overrides": {%s}}' % ", ".join(
        f'"{r}": {{"points": 0}}' for r in BACKEND_RULES)
    yield "rules/inflated-points.json", '{"extends": "backend", "id": "inflated", "overrides": {%s}}' % ", ".join(
        f'"{r}": {{"points": 100}}' for r in BACKEND_RULES)


def backend_rule_ids():
    """The backend set's scoring rules: layout rules (kind "layout") advise and carry no points to change."""
    with open(os.path.join(SRC, "rules", "backend.json"), encoding="utf-8") as fh:
        return [r["id"] for r in json.load(fh)["rules"] if r.get("kind") != "layout"]


BACKEND_RULES = backend_rule_ids()


# ------------------------------------------------------------------------------------ large, at test time

def deep():
    """Nesting 100,000 levels deep, where a recursive reader would run out of stack."""
    body, n = text_ops(resume_lines()), 100_000
    yield "nested-arrays.pdf", one_page(body, page_extra=b"/Deep " + b"[" * n + b"]" * n + b" ")
    yield "nested-dicts.pdf", one_page(body, page_extra=b"/Deep " + b"<< /A " * n + b">> " * n)
    yield "unclosed-nesting.pdf", one_page(body, page_extra=b"/Deep " + b"[<< /A " * n)
    yield "json-deep.json", '{"basics": {"name": "Ada"}, "work": ' + "[" * n + "]" * n + "}"
    yield "deep-markdown.md", "# Ada\n\n" + ">" * n + " quote\n" + "".join("  " * i + "- item\n" for i in range(2000)) \
        + "[" * n + "link" + "](x)" * n + "\n" + "*" * n + "\n"


def large(folder):
    """The files too big for git or derived from samples/: written into folder, returns their names."""
    names = []

    def put(name, data):
        write(folder, name, data)
        names.append(name)

    for name, data in deep():
        put(name, data)
    with open(os.path.join(SRC, "samples", "strong-backend.pdf"), "rb") as fh:
        sample = fh.read()
    for pct in (1, 10, 25, 50, 75, 90, 99):
        put(f"truncated-{pct:02d}.pdf", sample[: len(sample) * pct // 100])
    put("truncated-no-eof.pdf", sample[: sample.rfind(b"%%EOF")])
    put("truncated-no-xref.pdf", sample[: sample.rfind(b"startxref")])
    with open(os.path.join(SRC, "samples", "strong-backend.docx"), "rb") as fh:
        sample_docx = fh.read()
    for pct in (10, 50, 90):
        put(f"truncated-{pct:02d}.docx", sample_docx[: len(sample_docx) * pct // 100])
    # 300 MB of spaces in one part compress to some 300 KB: the reader must refuse it, not unpack it.
    put("docx-bomb.docx", docx({"word/document.xml": document_xml(paragraphs(["Ada"]) + " " * (300 << 20))}))
    # 500 pages of 50 lines each, straight through the tests' PDF writer.
    put("pages-500.pdf", minipdf._assemble([[(56, 740 - k * 14, 10, "F1", f"- Built service {p}.{k} handling {k} requests/s")
                                             for k in range(50)] for p in range(500)]))
    line = "- Built " + " ".join(f"service{i % 997} handling {i} requests/s;" for i in range(40_000))
    put("long-line.txt", RESUME + line[: 1 << 20] + "\n")
    put("bullets-2000.txt", RESUME.replace("PROJECTS", "".join(
        f"- Built service {i} in Go handling {i * 7} requests/s at p99 < {i % 90 + 10} ms\n" for i in range(2000))
        + "\nPROJECTS"))
    put("text-3mb.txt", (RESUME + "\n") * ((3 << 20) // (len(RESUME) + 1)))  # over 2,000,000 characters
    block = ((RESUME + "\n") * 16).encode()
    with open(os.path.join(folder, "text-50mb.txt"), "wb") as fh:  # exactly 50 MiB
        for _ in range((50 << 20) // len(block)):
            fh.write(block)
        fh.write(block[: (50 << 20) % len(block)])
    names.append("text-50mb.txt")
    return names


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        os.makedirs(sys.argv[2], exist_ok=True)
        for name in large(sys.argv[2]):
            print(os.path.join(sys.argv[2], name))
        return
    if len(sys.argv) != 1:
        sys.exit(__doc__)
    for gen in (small_pdfs(), small_texts(), sources(), docx_files(), rule_files()):
        for name, data in gen:
            write(HERE, name, data)
    encrypted_pdfs(HERE)


if __name__ == "__main__":
    main()
