#!/usr/bin/env python3
"""Writes tests/extract/colour-profiles.pdf: one page whose words are drawn in ICC colour spaces, as LaTeX's xcolor,
Word and most exporters draw them, and a PDF/A output intent in the catalog. An RGB profile (a matrix and three
gamma curves) names the page's fill colour and the output intent; a grey one (a gamma curve) is named by a form
drawn on the page, inside an Indexed colour space. Both profiles are written here, small but whole, so that
poppler builds little-cms transforms from them as it would from a real file's. src/extract/pdf_words_test.cc reads
it. Deterministic bytes: run it again and the file does not change."""
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "judgement"))
import minipdf  # noqa: E402


def s15(v):
    return struct.pack(">i", round(v * 65536))


def icc_profile(space, tags):
    """An ICC v2.1 display profile: header, tag table, tag data (each 4-byte aligned)."""
    table, data = b"", b""
    offset = 128 + 4 + 12 * len(tags)
    for sig, body in tags:
        while len(body) % 4:
            body += b"\0"
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (struct.pack(">I", size) + b"\0\0\0\0" + struct.pack(">I", 0x02100000) + b"mntr" + space + b"XYZ "
              + b"\0" * 12 + b"acsp" + b"\0" * 24 + struct.pack(">I", 0) + s15(0.9642) + s15(1.0) + s15(0.8249)
              + b"\0" * 48)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def xyz(x, y, z):
    return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)


GAMMA = b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233)  # 2.2
WHITE = xyz(0.9642, 1.0, 0.8249)
RGB = icc_profile(b"RGB ", [(b"wtpt", WHITE), (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
                            (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)), (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
                            (b"rTRC", GAMMA), (b"gTRC", GAMMA), (b"bTRC", GAMMA)])
GREY = icc_profile(b"GRAY", [(b"wtpt", WHITE), (b"kTRC", GAMMA)])


def stream(dictionary, data):
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)


def main():
    page_text = (b"BT /F1 14 Tf 72 720 Td (Ada Example) Tj ET\n"
                 b"/CS0 cs 0.1 0.3 0.6 scn BT /F1 11 Tf 72 690 Td (Backend Engineer building APIs in Go) Tj ET\n"
                 b"/Fm0 Do")
    form_text = b"/CS1 cs 1 scn BT /F1 11 Tf 72 660 Td (EXPERIENCE) Tj ET"
    objects = [
        stream(b"/N 3 /Alternate /DeviceRGB", RGB),                                        # 1
        stream(b"/N 1", GREY),                                                             # 2
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",  # 3
        stream(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
               b"/ColorSpace << /CS1 [/Indexed [/ICCBased 2 0 R] 1 <00FF>] >> >>", form_text),  # 4
        stream(b"", page_text),                                                            # 5
        b"<< /Type /Page /Parent 7 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> "
        b"/ColorSpace << /CS0 [/ICCBased 1 0 R] >> /XObject << /Fm0 4 0 R >> >> >>",     # 6
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",                                      # 7
        b"<< /Type /Catalog /Pages 7 0 R /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 "
        b"/OutputConditionIdentifier (sRGB) /DestOutputProfile 1 0 R >>] >>",             # 8
    ]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "colour-profiles.pdf")
    with open(out, "wb") as fh:
        fh.write(minipdf.objects_to_pdf(objects, 8))


if __name__ == "__main__":
    main()
