#!/usr/bin/env python3
"""The PDF and DOCX readers (and qpdf's part of reading a PDF) are modules loaded when a run needs them (src/modules/optional_modules.h): found in
lib/bescore/ beside the executable (the build tree) or in <prefix>/lib/bescore/ (installed as <prefix>/bin/bescore);
without them a text resume is still scored, and a PDF or DOCX is one error line with exit 2, not a crash.
Usage: test_modules.py BESCORE SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import tempfile

from cli_support import BIN, check, finish, sample

MODULES = os.path.join(os.path.dirname(os.path.abspath(BIN)), "lib", "bescore")


def run(binary, *args):
    return subprocess.run([binary, "--format", "json", *args], capture_output=True, text=True, timeout=60)


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

    # A broken module (not a shared object) is refused the same way.
    os.makedirs(os.path.join(tmp, "bare", "lib", "bescore"))
    with open(os.path.join(tmp, "bare", "lib", "bescore", "bescore-pdf.so"), "w") as fh:
        fh.write("not a shared object\n")
    one_error_line("broken module: PDF", run(bare, pdf), pdf, "cannot read PDF files: bescore-pdf.so cannot be loaded")

finish()
