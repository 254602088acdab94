"""A tiny, dependency-free PDF writer for the judgement tests: typesets a resume in bescore's plain-text
convention as a one-column or a two-column (sidebar) PDF with the base-14 Helvetica fonts, so the same
content can be scored as text and as PDF at test time without a TeX installation. Deterministic bytes."""
import re

PAGE_W, PAGE_H, MARGIN = 612, 792, 48
SIDEBAR = {"SKILLS", "EDUCATION", "CERTIFICATIONS"}
DATE_RE = re.compile(r"(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*\.? \d{4}|\b\d{4})\s*[–-]")


def _pdf_string(text):
    data = text.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(text, width_pt, size):
    max_chars = max(10, int(width_pt / (size * 0.56)))
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > max_chars:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return lines + ([cur] if cur else [])


class _Column:
    def __init__(self, x, width):
        self.x, self.width, self.y, self.page = x, width, PAGE_H - MARGIN, 0

    def need(self, pages, h):
        if self.y - h < MARGIN:
            self.page += 1
            self.y = PAGE_H - MARGIN
        while len(pages) <= self.page:
            pages.append([])


def _place(pages, col, text, size=10, font="F1", indent=0, bullet=False, right=None, tiny=False):
    lines = _wrap(text, col.width - indent - (12 if bullet else 0), size)
    for i, line in enumerate(lines):
        col.need(pages, size * 1.35)
        col.y -= size * 1.35
        x = col.x + indent
        if bullet and i == 0:
            pages[col.page].append((x, col.y, size, font, "\u2022"))
        if bullet:
            x += 12
        pages[col.page].append((x, col.y, 1 if tiny else size, font, line))
        if right and i == 0:
            pages[col.page].append((col.x + col.width - len(right) * size * 0.5, col.y, size, font, right))


def resume_to_pdf(text, two_column=False, tiny_lines=()):
    """Returns PDF bytes. tiny_lines: extra lines set in 1-pt type at the end (a gaming trick)."""
    pages = [[]]
    header = _Column(MARGIN, PAGE_W - 2 * MARGIN)
    if two_column:
        side, main = _Column(MARGIN, 140), _Column(MARGIN + 175, PAGE_W - 2 * MARGIN - 175)
    else:
        side = main = header
    col, section = header, None
    for n, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not line:
            col.y -= 4
            continue
        if n == 0:
            _place(pages, header, line, size=18, font="F2")
            continue
        if line.isupper() and len(line.split()) <= 3:
            if section is None and two_column:
                side.y = main.y = header.y - 10
            section = line
            col = side if (two_column and section in SIDEBAR) else main
            col.y -= 6
            _place(pages, col, line, size=12, font="F2")
            continue
        if line.startswith("- "):
            _place(pages, col, line[2:], bullet=True)
            continue
        m = DATE_RE.search(line)
        if " | " in line and m and not two_column:
            left, _, right = line.rpartition(" | ")
            _place(pages, col, left, font="F2", right=right)
        else:
            _place(pages, col, line, font="F2" if m else "F1")
    for extra in tiny_lines:
        _place(pages, main, extra, size=10, tiny=True)
    return _assemble(pages)


def _assemble(pages):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for items in pages:
        ops = [b"BT"]
        for x, y, size, font, text, *spacing in items:  # an item may add its word spacing (Tw), as justified text sets it
            tw = b" %.2f Tw" % spacing[0] if spacing else b""
            ops.append(b"/%s %d Tf%s 1 0 0 1 %.2f %.2f Tm %s Tj" % (font.encode(), size, tw, x, y, _pdf_string(text)))
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                        % (pages_id, PAGE_W, PAGE_H, content, font1, font2)))
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return objects_to_pdf(objects, catalog)


def objects_to_pdf(objects, root, trailer=b"", header=b"%PDF-1.4\n"):
    """A PDF file of object bodies (object n is objects[n-1]) with a correct xref table; trailer: extra keys."""
    out = bytearray(header)
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer, xref)
    return bytes(out)
