"""CLI test for `--format html` and `--annotate` (issue 11): for every sample and corpus PDF and a few text sources,
the HTML report (same bytes twice, under 1.5 MB for two pages, one box per located finding, each box inside its
page) checked in headless Chromium (no console errors, boxes inside the page images, selecting works both ways,
no sideways scrolling at phone width), and the annotated PDF read back with qpdf (one highlight per located
finding, on its page, over the finding's words, with the finding in /Contents; input untouched).
Chromium or qpdf missing: those checks print SKIP. Usage: test_html_report.py BESCORE SOURCE_DIR"""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from cli_support import BIN, SRC, check, finish

SAMPLES = os.path.join(SRC, "samples")
CORPUS = os.path.normpath(os.path.join(SRC, "..", "shared", "corpus"))


def run(*args, timeout=180):
    """bescore's raw bytes (the HTML report is compared byte for byte)."""
    return subprocess.run([BIN, *args], capture_output=True, timeout=timeout)


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


def find_chromium():
    # Tests install nothing: scripts/test installs chromium before the suite runs; without it the checks are skipped.
    return shutil.which("chromium") or shutil.which("chromium-browser")


# Runs before the page's own script: records uncaught errors and console.error calls.
PROBE_HEAD = """<script>window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
var __ce = console.error; console.error = function () { window.__errors.push([].join.call(arguments, ' ')); __ce.apply(console, arguments); };
</script>"""

# Runs after it: geometry of every box against its page image, selection both ways, width at phone size.
PROBE_TAIL = """<script>(function () {
  var out = {errors: window.__errors, boxes: 0, outside: [], wrongPage: [], pages: 0, overflow: 0};
  document.querySelectorAll('.sheet').forEach(function (s) { out.pages++; });
  document.querySelectorAll('a.box[data-page]').forEach(function (b) {
    out.boxes++;
    var sheet = b.closest('.sheet');
    if (!sheet || sheet.getAttribute('data-page') !== b.getAttribute('data-page')) { out.wrongPage.push(b.id); return; }
    var img = sheet.querySelector('img').getBoundingClientRect(), r = b.getBoundingClientRect();
    if (r.left < img.left - 1 || r.top < img.top - 1 || r.right > img.right + 1 || r.bottom > img.bottom + 1 || r.width < 2 || r.height < 2)
      out.outside.push(b.id);
  });
  out.textBoxes = document.querySelectorAll('.ln a.box').length;
  var pick = document.querySelector('#findings a.pick[href^="#b-"]');
  if (pick) {
    pick.click();
    var n = pick.getAttribute('data-f');
    out.listToBox = document.getElementById('b-' + n).classList.contains('on') && document.getElementById('f-' + n).classList.contains('on');
    var boxes = document.querySelectorAll('a.box'), last = boxes[boxes.length - 1];
    last.click();
    var m = last.getAttribute('data-f');
    out.boxToList = document.getElementById('f-' + m).classList.contains('on') &&
      (m === n || !document.getElementById('f-' + n).classList.contains('on'));
  }
  out.overflow = document.documentElement.scrollWidth - window.innerWidth;
  document.body.setAttribute('data-probe', JSON.stringify(out));
})();</script>"""


def chromium_probe(chromium, html_path, tmp, width=1400):
    probe = html_path.replace(".html", f"-probe{width}.html")
    html = read(html_path).decode("utf-8")
    html = html.replace("<head>\n", "<head>\n" + PROBE_HEAD, 1).replace("</body>", PROBE_TAIL + "</body>", 1)
    with open(probe, "w", encoding="utf-8") as fh:
        fh.write(html)
    # More tries when the probe did not run at all: a headless Chromium starved of CPU (ctest runs tests side by
    # side) can dump the page before its script ran, which says nothing about the page.
    for attempt in range(3):
        profile = tempfile.mkdtemp(prefix="bescore-chromium-", dir=tmp)
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", f"--user-data-dir={profile}", f"--window-size={width},1000",
                 "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"]
        try:
            p = subprocess.run([chromium, *flags, "--dump-dom", "file://" + probe], capture_output=True, text=True, timeout=180)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        m = re.search(r'data-probe="([^"]*)"', p.stdout)
        if m:
            break
    console = [l for l in p.stderr.splitlines() if ":CONSOLE" in l]  # the page itself logs nothing
    if not m:
        return None, console + p.stderr.splitlines()[-3:]
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&")), console


def qpdf_annotations(pdf_path):
    """[(page, subtype, contents, rect)] read back with qpdf --json."""
    j = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf_path],
                                  capture_output=True, text=True, check=True).stdout)
    objects = j["qpdf"][1]
    value = lambda ref: objects["obj:" + ref]["value"] if isinstance(ref, str) and ref.endswith(" R") else ref
    out = []
    for page in j["pages"]:
        annots = value(value(page["object"]).get("/Annots", []))
        for ref in annots:
            a = value(ref)
            if isinstance(a, dict) and "/Value" not in a:
                rect = [float(x) for x in value(a.get("/Rect", [0, 0, 0, 0]))]
                out.append((page["pageposfrom1"], a.get("/Subtype"), str(a.get("/Contents", ""))[2:], rect))
    return out


def words_on(pdf_path, page):
    """pdftotext -bbox words of a page: [(text, x0, y0, x1, y1)] in top-left points of the page as shown."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf_path, "-"], capture_output=True,
                         text=True).stdout
    return [(w[4], float(w[0]), float(w[1]), float(w[2]), float(w[3]))
            for w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml)]


def page_info(pdf_path, page):
    info = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), "-box", pdf_path], capture_output=True, text=True).stdout
    crop = [float(x) for x in re.search(rf"Page\s+{page} CropBox:\s+([\d.\s-]+)", info).group(1).split()]
    rot = int(re.search(rf"Page\s+{page} rot:\s+(\d+)", info).group(1))
    return crop, rot


def to_shown(x, y, crop, rot):
    """PDF user-space point → top-left points of the page as viewers show it (inverse of bescore's mapping)."""
    llx, lly, urx, ury = crop
    return {0: (x - llx, ury - y), 90: (y - lly, x - llx), 180: (urx - x, y - lly), 270: (ury - y, urx - x)}[rot % 360]


def first_word(excerpt):
    m = re.match(r"\W*([\w][\w'’.-]*)", excerpt)
    return m.group(1).rstrip(".") if m else ""


def check_annotations(name, pdf_path, report, tmp):
    out1, out2 = os.path.join(tmp, name + "-a.pdf"), os.path.join(tmp, name + "-b.pdf")
    before = hashlib.sha256(read(pdf_path)).hexdigest()
    p1, p2 = run("--annotate", out1, pdf_path), run("--annotate", out2, pdf_path)
    check(f"{name}: --annotate exits 0", p1.returncode == 0 and p2.returncode == 0, p1.stderr[-300:])
    if p1.returncode or p2.returncode:
        return
    check(f"{name}: the input PDF is untouched", hashlib.sha256(read(pdf_path)).hexdigest() == before)
    check(f"{name}: the annotated PDF has the same bytes on two runs", read(out1) == read(out2))
    if not shutil.which("qpdf"):
        print(f"SKIP {name}: annotations read back (qpdf is not installed)")
        return
    highlights = [a for a in qpdf_annotations(out1) if a[1] == "/Highlight"]
    located = [(i + 1, f) for i, f in enumerate(report["findings"]) if f["location"]["line"] > 0]
    check(f"{name}: one highlight per located finding", len(highlights) == len(located), (len(highlights), len(located)))
    by_number = {}
    for page, _, contents, rect in highlights:
        m = re.match(r"(\d+)\. ", contents)
        if m:
            by_number[int(m.group(1))] = (page, contents, rect)
    misplaced, wrong_text, off_words = [], [], []
    for n, f in located:
        got = by_number.get(n)
        if not got or got[0] != f["location"]["page"]:
            misplaced.append(n)
            continue
        page, contents, rect = got
        if not (contents.startswith(f"{n}. {f['rule']} ") and f["message"] in contents and (not f["fix"] or f["fix"] in contents)):
            wrong_text.append(n)
        word = first_word(f["excerpt"])
        if not word:
            continue
        crop, rot = page_info(out1, page)
        corners = [to_shown(rect[0], rect[1], crop, rot), to_shown(rect[2], rect[3], crop, rot)]
        x0, x1 = sorted([corners[0][0], corners[1][0]])
        y0, y1 = sorted([corners[0][1], corners[1][1]])
        # Words inside the highlight, joined without spaces: pdftotext may split a kerned word ("oth" "er").
        inside = "".join(w[0] for w in words_on(out1, page) if x0 - 2 <= (w[1] + w[3]) / 2 <= x1 + 2
                         and y0 - 2 <= (w[2] + w[4]) / 2 <= y1 + 2)
        if word not in inside:
            off_words.append((n, word))
    check(f"{name}: each highlight is on its finding's page", not misplaced, misplaced[:8])
    check(f"{name}: each highlight's /Contents has the rule, message and fix", not wrong_text, wrong_text[:8])
    check(f"{name}: each highlight covers its finding's first word", not off_words, off_words[:8])


def main():
    chromium = find_chromium()
    if not chromium:
        print("SKIP Chromium checks: chromium is not installed (scripts/test installs it)")
    pdfs = sorted(glob.glob(os.path.join(SAMPLES, "*.pdf"))) + sorted(glob.glob(os.path.join(CORPUS, "*.pdf")))
    texts = [os.path.join(SAMPLES, n) for n in ("strong-backend.txt", "weak-backend.md", "weak-backend.txt",
                                                "strong-backend.tex", "strong-backend.json")]
    tmp = tempfile.mkdtemp(prefix="bescore-html-")
    try:
        rotated = os.path.join(tmp, "weak-backend-rotated.pdf")
        if shutil.which("qpdf"):
            subprocess.run(["qpdf", "--rotate=+90", os.path.join(SAMPLES, "weak-backend.pdf"), rotated], check=True)
            pdfs.append(rotated)
        sizes = {}
        for path in pdfs + texts:
            name = os.path.splitext(os.path.basename(path))[0] + os.path.splitext(path)[1].replace(".", "-")
            report = json.loads(run("--format", "json", path).stdout)
            located = sum(1 for f in report["findings"] if f["location"]["line"] > 0)
            out1, out2 = os.path.join(tmp, name + ".html"), os.path.join(tmp, name + "-2.html")
            p1, p2 = run("--format", "html", "--out", out1, path), run("--format", "html", "--out", out2, path)
            check(f"{name}: --format html --out exits 0 and prints nothing", p1.returncode == 0 and p2.returncode == 0 and
                  not p1.stdout, p1.stderr[-300:])
            if p1.returncode:
                continue
            html = read(out1)
            sizes[name] = len(html)
            check(f"{name}: same bytes on two runs", html == read(out2))
            check(f"{name}: --out and standard output agree", run("--format", "html", path).stdout == html)
            text = html.decode("utf-8")
            boxes = re.findall(r'<a class="box [^"]*" id="b-(\d+)"', text)
            check(f"{name}: one box per located finding", len(boxes) == located, (len(boxes), located))
            check(f"{name}: nothing loaded from elsewhere", not re.search(r'(src|href)="(?!data:|#)', text) and
                  "@import" not in text and text.count("<script") == 1)
            if path.endswith(".pdf"):
                pages = report["document"]["pages"]
                check(f"{name}: one page image per page", text.count('<div class="sheet"') == pages, pages)
                outside = [m for m in re.finditer(r'data-x0="([\d.]+)" data-y0="([\d.]+)" data-x1="([\d.]+)" data-y1="([\d.]+)"', text)
                           if not (0 <= float(m[1]) < float(m[3]) <= 100 and 0 <= float(m[2]) < float(m[4]) <= 100)]
                check(f"{name}: every box's percentages lie inside its page", not outside, [m[0] for m in outside[:3]])
                if pages == 2:
                    check(f"{name}: a two-page report is under 1.5 MB", len(html) < 1.5e6, len(html))
            if chromium:
                probe, console = chromium_probe(chromium, out1, tmp)
                check(f"{name}: Chromium runs the page without console errors", probe is not None and not probe["errors"]
                      and not console, (probe and probe["errors"], console[:3]))
                if probe:
                    drawn = probe["boxes"] + probe["textBoxes"]
                    check(f"{name}: Chromium shows one box per located finding", drawn == located, (drawn, located))
                    check(f"{name}: Chromium: every box lies inside its page image", not probe["outside"] and
                          not probe["wrongPage"], (probe["outside"][:5], probe["wrongPage"][:5]))
                    if located:
                        check(f"{name}: selecting a finding marks its box, selecting a box marks its finding",
                              probe.get("listToBox") and probe.get("boxToList"), probe)
            if path.endswith(".pdf"):
                check_annotations(name, path, report, tmp)
        if chromium:
            for name in ("weak-backend-pdf", "weak-backend-md"):
                probe, _ = chromium_probe(chromium, os.path.join(tmp, name + ".html"), tmp, width=390)
                check(f"{name}: at phone width (390 px) nothing scrolls sideways", probe and probe["overflow"] <= 1,
                      probe and probe["overflow"])
        print("sizes: " + ", ".join(f"{k} {v / 1e3:.0f} kB" for k, v in sizes.items()))

        # Bad input and bad options: one line on stderr, exit 2.
        broken = os.path.join(tmp, "broken.pdf")
        with open(broken, "wb") as fh:
            fh.write(read(os.path.join(SAMPLES, "weak-backend.pdf"))[:900])
        weak_pdf, weak_md = os.path.join(SAMPLES, "weak-backend.pdf"), os.path.join(SAMPLES, "weak-backend.md")
        for label, args in [("a missing file", ["--format", "html", os.path.join(tmp, "nope.pdf")]),
                            ("a truncated PDF", ["--format", "html", "--out", os.path.join(tmp, "x.html"), broken]),
                            ("--annotate on Markdown", ["--annotate", os.path.join(tmp, "x.pdf"), weak_md]),
                            ("--annotate over the input", ["--annotate", weak_pdf, weak_pdf]),
                            ("--out in a missing folder", ["--format", "html", "--out", os.path.join(tmp, "no", "x.html"), weak_md]),
                            ("-o in a missing folder, any format", ["--format", "json", "-o", os.path.join(tmp, "no", "x.json"), weak_md]),
                            ("--format html with two files", ["--format", "html", weak_md, weak_pdf])]:
            before = hashlib.sha256(read(weak_pdf)).hexdigest()
            p = run(*args)
            err = p.stderr.decode()
            check(f"{label}: exit 2 with one line 'bescore: …'", p.returncode == 2 and err.count("\n") == 1 and
                  err.startswith("bescore: "), (p.returncode, err))
            check(f"{label}: the input PDF is untouched", hashlib.sha256(read(weak_pdf)).hexdigest() == before)
        check("no partial files are left behind", not glob.glob(os.path.join(tmp, "*.part")) and
              not os.path.exists(os.path.join(tmp, "x.pdf")))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    finish()


main()
