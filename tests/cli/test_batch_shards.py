#!/usr/bin/env python3
"""`bescore batch` past one machine: shards written as JSON Lines (to files or stdout) and `batch --merge`
joining them into the cohort a single run gives, byte for byte (CSV, HTML, JSON Lines, summary, exit status);
the GNU parallel recipe of docs/batch.md (skipped when parallel is not installed); --exclude; files that are
not resumes skipped with a reason row. Usage: test_batch_shards.py BESCORE SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import tempfile

from cli_support import BIN, SRC, check, finish, sample


def run(*args, stdin=None, cwd=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=120, input=stdin, cwd=cwd)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


tmp = tempfile.mkdtemp(prefix="bescore-shards-")
try:
    # A cohort with a file that fails (empty) and two that are not resumes (a posting, a cover letter), beside
    # real resumes.
    folder = os.path.join(tmp, "in")
    os.makedirs(folder)
    names = ["strong-backend.txt", "weak-backend.pdf", "new-grad.txt", "platform.txt", "senior-backend.txt",
             "mobile-to-backend.txt", "strong-backend.docx", "weak-backend.md"]
    for n in names:
        shutil.copy(sample(n), os.path.join(folder, n))
    shutil.copy(os.path.join(SRC, "samples", "jobs", "backend.md"), os.path.join(folder, "posting.md"))
    open(os.path.join(folder, "empty.txt"), "w").close()
    with open(os.path.join(folder, "cover-letter.txt"), "w") as fh:
        fh.write("Dear Hiring Manager,\n\nI am writing to apply for the Backend Engineer position at Acme. I have five "
                 "years of experience building APIs in Go and PostgreSQL.\n\nThank you for your time and "
                 "consideration.\n\nSincerely,\nAda Example\n")
    listing = sorted(os.path.join(folder, f) for f in os.listdir(folder))
    half = len(listing) // 2

    # --- one run over the list, and two shards of it merged
    single, parts = {}, {}
    for ext in ("csv", "html", "jsonl"):
        r = run("batch", "-", "--out", os.path.join(tmp, f"single.{ext}"), "--jobs", "2", stdin="\n".join(listing))
        single[ext] = (read(os.path.join(tmp, f"single.{ext}")), r.stdout, r.returncode)
    r1 = run("batch", "-", "--out", os.path.join(tmp, "part-1.jsonl"), stdin="\n".join(listing[:half]))
    r2 = run("batch", "-", "--out", "-", stdin="\n".join(listing[half:]))  # a shard on stdout
    check("shard on stdout (--out -): JSON Lines only, no summary", r2.stdout and
          all(json.loads(line)["file"] for line in r2.stdout.splitlines()), r2.stdout[:200])
    with open(os.path.join(tmp, "part-2.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(r2.stdout)
    shards = [os.path.join(tmp, "part-1.jsonl"), os.path.join(tmp, "part-2.jsonl")]
    check("the shards' lines appended are the single run's JSON Lines",
          read(shards[0]) + read(shards[1]) == single["jsonl"][0])
    for ext in ("csv", "html", "jsonl"):
        out = os.path.join(tmp, f"merged.{ext}")
        r = run("batch", "--merge", *shards, "--out", out)
        merged = (read(out) if os.path.exists(out) else "", r.stdout, r.returncode)
        check(f"--merge .{ext}: the same bytes, summary and exit status as the single run", merged == single[ext],
              (merged[1:], single[ext][1:]))
    check("the single run: exit 2 for the empty file", single["csv"][2] == 2, single["csv"][2])
    check("summary: the failed file and the skipped posting counted apart",
          single["csv"][1].startswith(f"scored {len(listing) - 3}, failed 1, skipped 2 (not resumes)\n"), single["csv"][1][:80])
    rows = [json.loads(line) for line in single["jsonl"][0].splitlines()]
    skipped = [j for j in rows if "skipped" in j]
    check("a job posting and a cover letter are skipped with their reasons, not scored",
          skipped == [{"file": os.path.join(folder, "cover-letter.txt"), "skipped": "this reads as a cover letter, not a resume"},
                      {"file": os.path.join(folder, "posting.md"), "skipped": "this reads as a job posting, not a resume"}],
          skipped)
    r = run("batch", "--merge", *shards, "-", "--out", os.path.join(tmp, "m.csv"), stdin=read(shards[0]))
    check("--merge reads a shard from stdin too (rows of all three)",
          read(os.path.join(tmp, "m.csv")).count("\n") == 1 + len(listing) + half, r.stderr)
    with open(os.path.join(tmp, "bad.jsonl"), "w") as fh:
        fh.write('{"file": "a.txt", "score": 50}\nnot json\n')
    r = run("batch", "--merge", os.path.join(tmp, "bad.jsonl"), "--out", os.path.join(tmp, "bad.csv"))
    check("--merge: a line that is not a batch's is a one-line error naming the shard and line, exit 2",
          r.returncode == 2 and r.stderr.strip() == f"bescore: {tmp}/bad.jsonl:2: not a line of a bescore batch's JSON Lines",
          r.stderr)
    for n, bad in enumerate(['{"file": "y"}', '{"file": "x", "score": "high"}', '{"file": "x", "score": 1e300}',
                             '{"file": "x", "score": -3}', '{"file": "x", "score": 50, "error": "both"}']):
        with open(os.path.join(tmp, "odd.jsonl"), "w") as fh:
            fh.write(bad + "\n")
        out = os.path.join(tmp, f"odd{n}.html")
        r = run("batch", "--merge", os.path.join(tmp, "odd.jsonl"), "--out", out)
        check(f"--merge refuses {bad} (a score must be a whole number 0-100, or an error, or a skip) and leaves no file",
              r.returncode == 2 and "odd.jsonl:1: not a line" in r.stderr and not any(
                  f.startswith(f"odd{n}.html") for f in os.listdir(tmp)), (r.stderr, os.listdir(tmp)))
    fifo_dir = os.path.join(tmp, "fifo")
    os.mkdir(fifo_dir)
    shutil.copy(os.path.join(SRC, "samples", "strong-backend.txt"), fifo_dir)
    os.mkfifo(os.path.join(fifo_dir, "part.tex"))
    r = run("batch", fifo_dir, "--out", os.path.join(tmp, "fifo.csv"))
    check("a FIFO named .tex is not opened to look for \\input (it would block): an error row, the rest scored",
          r.returncode == 2 and "part.tex: not a regular file" in r.stderr and "scored 1, failed 1" in r.stdout + r.stderr, r.stdout + r.stderr)
    closed = subprocess.run(["bash", "-c", f"{BIN} batch {fifo_dir}/strong-backend.txt --out - | true; echo rc=${{PIPESTATUS[0]}} >&2"],
                            capture_output=True, text=True, timeout=60)
    check("--out - into a closed pipe: the lost results are an error, exit 2",
          "rc=2" in closed.stderr and "standard output: write failed" in closed.stderr, closed.stderr)
    r = run("batch", "--merge", *shards, "--redact")
    check("--merge --redact is a usage error (placeholders are numbered per shard)", r.returncode == 2 and "--redact" in r.stderr,
          r.stderr)

    # --- the recipe of docs/batch.md with GNU parallel: two jobs of the list, in order, merged
    if not shutil.which("parallel"):
        print("SKIP GNU parallel recipe: parallel is not installed (apt-get install parallel)")
    else:
        out = os.path.join(tmp, "parallel.jsonl")
        recipe = f"parallel --pipe --keep-order -N {half} {BIN} batch - --jobs 1 --out - > {out}"
        subprocess.run(["bash", "-c", recipe], input="\n".join(listing) + "\n", text=True, timeout=300, stderr=subprocess.PIPE)
        check("GNU parallel --pipe -k: the shards' output is the single run's JSON Lines", read(out) == single["jsonl"][0])
        r = run("batch", "--merge", out, "--out", os.path.join(tmp, "parallel.html"))
        check("GNU parallel: the merged page is the single run's", read(os.path.join(tmp, "parallel.html")) == single["html"][0])

    # --- --exclude: by file name, by folder, repeatable; excluded files have no row at all
    os.makedirs(os.path.join(folder, "drafts"))
    shutil.copy(sample("weak-backend.txt"), os.path.join(folder, "drafts", "old.txt"))
    r = run("batch", folder, "--exclude", "*.pdf", "--exclude", "drafts/*", "--exclude", "posting.md", "--exclude", "cover-*",
            "--out", os.path.join(tmp, "ex.csv"))
    files = [line.split(",")[0] for line in read(os.path.join(tmp, "ex.csv")).splitlines()[1:]]
    expected = [f for f in listing if not f.endswith((".pdf", "posting.md", "cover-letter.txt"))]
    check("--exclude: globs on the file name and on folders, each given once", files == expected, files)

    # --- a LaTeX resume split with \input: the part is skipped with the name of the file that pulls it in
    tex = os.path.join(tmp, "tex")
    shutil.copytree(os.path.join(SRC, "samples", "tex"), os.path.join(tex, "tex"))
    shutil.copy(sample("strong-backend.tex"), tex)
    r = run("batch", tex, "--out", os.path.join(tmp, "tex.jsonl"))
    lines = [json.loads(line) for line in read(os.path.join(tmp, "tex.jsonl")).splitlines()]
    check("LaTeX: the main file is scored, its \\input part skipped with the reason, exit 0",
          r.returncode == 0 and [("score" in j, j.get("skipped")) for j in lines] ==
          [(True, None), (False, f"a part of {tex}/strong-backend.tex (\\input), not a resume on its own")],
          (r.returncode, [(j["file"], j.get("skipped")) for j in lines]))
finally:
    shutil.rmtree(tmp, ignore_errors=True)
finish()
