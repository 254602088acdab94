#!/usr/bin/env python3
"""The PDF and DOCX readers (and qpdf's part of reading a PDF) are modules loaded when a run needs them (src/modules/optional_modules.h): found in
lib/bescore/ beside the executable (the build tree) or in <prefix>/lib/bescore/ (installed as <prefix>/bin/bescore);
without them a text resume is still scored, and a PDF or DOCX is one error line with exit 2, not a crash.
Usage: test_modules.py BESCORE SOURCE_DIR"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish, sample

sys.path.insert(0, os.path.join(SRC, "tests", "judgement"))
import minipdf  # noqa: E402

MODULES = os.path.join(os.path.dirname(os.path.abspath(BIN)), "lib", "bescore")


def run(binary, *args):
    return subprocess.run([binary, "--format", "json", *args], capture_output=True, text=True, timeout=60)


def linked_pdf(path):
    """A one-page resume whose GitHub profile only a link on the word "GitHub" gives (its text names no profile)."""
    lines = ["Ada Lovelace", "ada@example.com | GitHub", "EXPERIENCE", "Backend Engineer, Acme | 2020 - 2023",
             "- Built a Go API serving 2,000 requests a second", "SKILLS", "Go, SQL, Kafka", "EDUCATION",
             "BSc Computer Science, 2019"]
    ops = b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (740 - 16 * i, line.encode()) for i, line in enumerate(lines))
    stream = b"BT /F1 11 Tf " + ops + b" ET"
    objects = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Annot /Subtype /Link /Rect [170 720 210 732] /Border [0 0 0] "
               b"/A << /S /URI /URI (https://github.com/ada-lovelace) >> >>",
               b"<< /Type /Page /Parent 5 0 R /MediaBox [0 0 612 792] /Contents 2 0 R "
               b"/Resources << /Font << /F1 1 0 R >> >> /Annots [3 0 R] >>",
               b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Catalog /Pages 5 0 R >>"]
    with open(path, "wb") as fh:
        fh.write(minipdf.objects_to_pdf(objects, 6))
    return path


def document(r):
    return json.loads(r.stdout)["document"] if r.stdout.startswith("{") else {}


def one_error_line(name, r, path, cause):
    errs = r.stderr.strip().splitlines()
    check(f"{name}: exit 2", r.returncode == 2, r.returncode)
    check(f"{name}: one line naming the file and the cause", len(errs) == 1 and errs[0].startswith(f"bescore: {path}: ")
          and cause in errs[0], errs)


pdf, docx, txt = sample("strong-backend.pdf"), sample("strong-backend.docx"), sample("strong-backend.txt")
expected = {f: run(BIN, f).stdout for f in (pdf, docx, txt)}
check("the build tree's modules read a PDF and a DOCX", all('"score"' in expected[f] for f in (pdf, docx)))

# Both modules in one process (several files; a batch's parent loads both before it forks): the same reports.
both = subprocess.run([BIN, "--format", "json", pdf, docx], capture_output=True, text=True, timeout=60)
check("a PDF and a DOCX in one run: each report as alone", both.returncode == 0 and
      [json.dumps(r, sort_keys=True) for r in json.loads(both.stdout)] ==
      [json.dumps(json.loads(expected[f]), sort_keys=True) for f in (pdf, docx)], both.stderr)

with tempfile.TemporaryDirectory() as tmp:
    # Installed layout: <prefix>/bin/bescore and <prefix>/lib/bescore/*.so.
    os.makedirs(os.path.join(tmp, "prefix", "bin"))
    installed = shutil.copy(BIN, os.path.join(tmp, "prefix", "bin", "bescore"))
    shutil.copytree(MODULES, os.path.join(tmp, "prefix", "lib", "bescore"))
    for f in (pdf, docx, txt):
        check(f"installed layout: {os.path.basename(f)} gives the same report", run(installed, f).stdout == expected[f])

    # No modules at all: text still scored, PDF and DOCX refused on one line each.
    os.makedirs(os.path.join(tmp, "bare"))
    bare = shutil.copy(BIN, os.path.join(tmp, "bare", "bescore"))
    check("no modules: a text resume is still scored", run(bare, txt).stdout == expected[txt])
    one_error_line("no modules: PDF", run(bare, pdf), pdf, "cannot read PDF files: the module bescore-pdf.so is missing")
    one_error_line("no modules: DOCX", run(bare, docx), docx, "cannot read DOCX files: the module bescore-docx.so is missing")
    r = run(bare, "--timeout", "5", pdf, txt)
    check("no modules, two files: the text one is still reported", r.returncode == 2 and '"score"' in r.stdout, r.stderr)

    # The PDF reader without qpdf's module: a PDF whose text spells its profile out reads as with it; what only qpdf
    # does (--annotate) is one error line naming the missing module.
    os.makedirs(os.path.join(tmp, "text-only", "lib", "bescore"))
    text_only = shutil.copy(BIN, os.path.join(tmp, "text-only", "bescore"))
    shutil.copy(os.path.join(MODULES, "bescore-pdf.so"), os.path.join(tmp, "text-only", "lib", "bescore"))
    check("no PDF objects module: a PDF naming its GitHub profile reads as with it", run(text_only, pdf).stdout == expected[pdf])
    one_error_line("no PDF objects module: --annotate", run(text_only, "--annotate", os.path.join(tmp, "out.pdf"), pdf), pdf,
                   "the module bescore-pdfobjects.so is missing")

    # Link targets are read from the PDF's bytes (src/extract/pdf_uri_scan.cc): a profile only a link gives is found
    # without qpdf's module, in a plain object and in a compressed object stream; an encrypted copy needs the module,
    # and without it the report says the links were not read.
    linked = linked_pdf(os.path.join(tmp, "linked.pdf"))
    packed, locked = os.path.join(tmp, "packed.pdf"), os.path.join(tmp, "locked.pdf")
    subprocess.run(["qpdf", "--object-streams=generate", linked, packed], check=True)
    subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", linked, locked], check=True)
    with open(packed, "rb") as fh:
        check("qpdf put the link in a compressed object stream", b"ada-lovelace" not in fh.read())
    for f in (linked, packed, locked):
        name = os.path.basename(f)
        full = document(run(BIN, f))
        check(f"{name}: the profile only a link gives is found", full.get("contacts", {}).get("github", "").endswith(
            "github.com/ada-lovelace"), full.get("contacts"))
        without = document(run(text_only, f))
        if f == locked:
            check(f"{name}, no PDF objects module: the profile is missed and the report says why",
                  not without.get("contacts", {}).get("github") and any("link targets not read" in n for n in
                                                                      without.get("notes", [])), without.get("notes"))
        else:
            check(f"{name}, no PDF objects module: read as with it", without == full, without.get("contacts"))

    # A broken module (not a shared object) is refused the same way.
    os.makedirs(os.path.join(tmp, "bare", "lib", "bescore"))
    with open(os.path.join(tmp, "bare", "lib", "bescore", "bescore-pdf.so"), "w") as fh:
        fh.write("not a shared object\n")
    one_error_line("broken module: PDF", run(bare, pdf), pdf, "cannot read PDF files: bescore-pdf.so cannot be loaded")

# The PDF module is opened with its own symbols first (RTLD_DEEPBIND, process/shared_module.h). That is sound only
# while the executable copies no library object into itself: a copy relocation (std::cout named directly in
# position-independent-executable code) would leave poppler naming the library's own, never constructed, object.
readelf = shutil.which("readelf")
if readelf:
    relocations = subprocess.run([readelf, "-rW", BIN], capture_output=True, text=True, check=True).stdout
    check("readelf lists the executable's relocations", "Relocation section" in relocations, relocations[:200])
    copies = [line for line in relocations.splitlines() if re.search(r"\bR_\w+_COPY\b", line)]
    check("the executable has no copy relocation (CMakeLists.txt: its code is built -fPIC)", not copies, copies)
else:
    print("skip the copy relocation check: readelf is not installed")


def first_scope(env_extra):
    """The objects the dynamic loader searches first for the PDF module's symbols (LD_DEBUG=scopes), and the run."""
    env = dict(os.environ, LD_DEBUG="scopes", **env_extra)
    r = subprocess.run([BIN, "--format", "json", pdf], capture_output=True, text=True, timeout=60, env=env)
    lines = r.stderr.splitlines()
    for i, line in enumerate(lines):
        if "object=" in line and line.rstrip().endswith("bescore-pdf.so [0]") and i + 1 < len(lines):
            return lines[i + 1].split("scope 0:", 1)[-1].split(), r
    return [], r


sanitized = readelf and "libasan" in subprocess.run([readelf, "-dW", BIN], capture_output=True, text=True).stdout
scope, r = first_scope({})
check("the PDF module's own libraries are searched first (RTLD_DEEPBIND), the program's under the sanitizers",
      scope and os.path.basename(scope[0]) == ("bescore" if sanitized else "bescore-pdf.so"), scope[:3])
if not sanitized:  # a preloaded library must come before the sanitizer runtime, which then refuses to start
    libm = next((p for p in ("/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6") if os.path.exists(p)), None)
    if libm:
        scope, preloaded = first_scope({"LD_PRELOAD": libm})
        check("with a library preloaded (an allocator could be), the program's libraries are searched first",
              scope and os.path.basename(scope[0]) == "bescore", scope[:3])
        check("with a library preloaded, the same report", preloaded.stdout == expected[pdf] and preloaded.returncode == 0,
              preloaded.returncode)

finish()
