#!/usr/bin/env python3
"""The cohort page on a phone: in headless Chromium 390 px wide, the page itself does not scroll sideways (the
charts scale down, the table scrolls in its own box), the charts name rules rather than ids, and each person's row
has their top fix. Usage: test_cohort_phone.py BESCORE SOURCE_DIR"""
import json
import os
import re
import struct
import tempfile

from cli_support import SRC, check, chromium, finish, headless, run

PHONE = 390
# Headless Chromium lays a window out at least 500 px wide, so the page goes in a 390 px frame (srcdoc: same origin)
# and, once laid out, the wrapper reads the page's and the frame's widths, each chart's drawn width and the table
# box's scroll into <body data-probe>.
WRAPPER = """<!DOCTYPE html><html><body style="margin:0"><iframe id="phone" width="%d" height="844" style="border:0"
srcdoc="%s"></iframe><script>document.getElementById('phone').addEventListener('load', function () {
  var w = this.contentWindow, d = this.contentDocument, box = d.querySelector('.scroll'), table = d.getElementById('resumes');
  document.body.setAttribute('data-probe', JSON.stringify({
    viewport: w.innerWidth, page: d.documentElement.scrollWidth, body: d.body.scrollWidth,
    charts: Array.prototype.map.call(d.querySelectorAll('svg'), function (s) { return Math.ceil(s.getBoundingClientRect().width); }),
    box: box ? box.clientWidth : -1, table: table ? table.scrollWidth : -1}));
});</script></body></html>"""


def phone_facts(browser, page_html, folder):
    """The page laid out in the phone-width frame: what WRAPPER measured, and the wrapper's path."""
    wrapper = os.path.join(folder, "phone.html")
    with open(wrapper, "w", encoding="utf-8") as fh:
        fh.write(WRAPPER % (PHONE, page_html.replace("&", "&amp;").replace('"', "&quot;")))
    # A loaded machine (ctest -j) can make Chromium dump the page before the frame's load event has run: the probe
    # is then missing, not wrong, and a second or third try measures it.
    for _ in range(3):
        m = re.search(r'data-probe="([^"]*)"', headless(browser, "--window-size=600,900", "--virtual-time-budget=3000",
                                                         "--dump-dom", "file://" + wrapper))
        if m:
            break
    return (json.loads(m.group(1).replace("&quot;", '"')) if m else {}), wrapper


def png_width(path):
    with open(path, "rb") as fh:
        head = fh.read(24)
    return struct.unpack(">I", head[16:20])[0] if head.startswith(b"\x89PNG") else -1


with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "cohort.html")
    samples = os.path.join(SRC, "samples")
    resumes = [os.path.join(samples, n) for n in sorted(os.listdir(samples)) if n.endswith((".txt", ".pdf", ".docx", ".md"))]
    r = run("batch", *resumes, "--out", page)
    check("the cohort page is written", os.path.exists(page), r.stderr[-300:])
    html = open(page, encoding="utf-8").read() if os.path.exists(page) else ""

    labels = re.findall(r'<g class="rule-share" data-rule="([^"]+)"[^>]*><title>[^<]*</title><text[^>]*>([^<]+)</text>', html)
    check("the rule chart labels rules by name, not id", labels and all(name != rule and "/" not in name for rule, name in labels),
          labels[:3])
    check("... e.g. quantified impact", ("impact/quantified", "quantified impact") in labels or not any(
        rule == "impact/quantified" for rule, _ in labels), labels)
    heads = re.findall(r"<th[^>]*><button[^>]*>([^<]+)</button></th>", html)
    fixes = re.findall(r'<td class="topfix" data-v="(\d+)">(.*?)</td>', html)
    check("a Top fix column, one cell per resume", "Top fix" in heads and len(fixes) == len(re.findall(r"<tbody>", html)),
          (heads, len(fixes)))
    weak = json.loads(run("--format", "json", os.path.join(samples, "weak-backend.txt")).stdout)
    worth = {}
    for f in weak["findings"]:
        worth[f["rule"]] = worth.get(f["rule"], 0) + f["points"]
    best = max(worth.values())
    check("the weak resume's top fix is its costliest rule", any(v == str(best) for v, _ in fixes), (best, fixes[:4]))

    browser = chromium()
    if browser:
        facts, probe = phone_facts(browser, html, tmp)
        check("Chromium lays the page out at phone width", facts.get("viewport") == PHONE, facts)
        check("no sideways scrolling of the page", facts and facts["page"] <= facts["viewport"] and
              facts["body"] <= facts["viewport"], facts)
        check("every chart scales into the screen", facts and facts["charts"] and
              all(0 < w <= facts["viewport"] for w in facts["charts"]), facts.get("charts"))
        check("the table scrolls inside its own box", facts and facts["table"] > facts["box"] > 0, facts)
        shot = os.path.join(tmp, "phone.png")
        headless(browser, "--window-size=600,900", "--hide-scrollbars", "--virtual-time-budget=3000",
                 f"--screenshot={shot}", "file://" + probe, cwd=tmp)
        check("a screenshot of the phone-width frame renders", os.path.exists(shot) and png_width(shot) == 600,
              png_width(shot) if os.path.exists(shot) else "no file")
        # With a posting the page has the match section too (who fits, the skills the cohort lacks).
        job_page = os.path.join(tmp, "cohort-job.html")
        run("batch", *resumes, "--job", os.path.join(samples, "jobs", "backend.md"), "--out", job_page)
        os.mkdir(os.path.join(tmp, "job"))
        facts, _ = phone_facts(browser, open(job_page, encoding="utf-8").read(), os.path.join(tmp, "job"))
        check("with --job: no sideways scrolling either", facts and facts["page"] <= facts["viewport"] == PHONE, facts)
        if os.environ.get("BESCORE_KEEP_SCREENSHOT"):  # BESCORE_KEEP_SCREENSHOT=PATH keeps the phone screenshot
            import shutil
            shutil.copy(shot, os.environ["BESCORE_KEEP_SCREENSHOT"])
    else:
        print("skip the phone-width checks: chromium is not installed")

finish()
