#!/usr/bin/env python3
"""`bescore batch` sets its exit code from each file's thresholds as `bescore FILE` does (src/engine/thresholds.h):
a resume repository's .bescore.json "fail-under" and "fail-on", or --fail-under and --fail-on (which win over the
file), with the same line on stderr. Usage: test_batch_thresholds.py BESCORE SOURCE_DIR"""
import json
import os
import shutil
import tempfile

from cli_support import check, finish, run, sample


def repo(root, name, resume, config):
    """A folder with .git, one resume and a .bescore.json; the resume's path."""
    folder = os.path.join(root, name)
    os.makedirs(os.path.join(folder, ".git"))
    path = os.path.join(folder, "resume" + os.path.splitext(resume)[1])
    shutil.copy(sample(resume), path)
    with open(os.path.join(folder, ".bescore.json"), "w") as fh:
        json.dump(config, fh)
    return path


def lines(stderr, path):
    return [l for l in stderr.splitlines() if l.startswith(f"bescore: {path}: ")]


def agree(name, path, *options):
    """Runs `bescore OPTIONS PATH` and `bescore OPTIONS batch PATH`; checks that both exit alike and say the same
    line about the file. Returns the single run's exit code."""
    single = run(*options, "--format", "json", path)
    batch = run(*options, "batch", path)
    check(f"{name}: batch exits as the single run does", batch.returncode == single.returncode,
          (single.returncode, batch.returncode, batch.stderr))
    check(f"{name}: batch says why as the single run does", lines(batch.stderr, path) == lines(single.stderr, path),
          (single.stderr, batch.stderr))
    return single.returncode


with tempfile.TemporaryDirectory() as root:
    weak = repo(root, "weak", "weak-backend.md", {"fail-under": 80})
    config = os.path.join(os.path.dirname(weak), ".bescore.json")
    score = json.loads(run("--format", "json", "--no-config", weak).stdout)["score"]
    check("the weak sample scores below 80", score < 80, score)

    code = agree("config fail-under", weak)
    check("config fail-under: exit 1", code == 1, code)
    single = run(weak)
    check("config fail-under: the cause names the config",
          f"bescore: {weak}: score {score} is below fail-under 80 ({config})" in single.stderr.splitlines(), single.stderr)

    code = agree("--fail-under wins over the config", weak, "--fail-under", str(score))
    check("--fail-under at the score: exit 0", code == 0, code)
    b = run("batch", "--fail-under", str(score), weak)
    check("batch's own --fail-under wins over the config too", b.returncode == 0, b.stderr)

    warned = repo(root, "warned", "weak-backend.md", {"fail-on": "warning"})
    code = agree("config fail-on", warned)
    check("config fail-on warning: exit 1", code == 1, code)
    code = agree("--fail-on error with the config's fail-on", warned, "--fail-on", "error")
    b = run("batch", "--fail-on", "error", warned)
    check("batch --fail-on after batch: as before it", b.returncode == code, (code, b.returncode, b.stderr))

    strong = repo(root, "strong", "strong-backend.md", {"fail-under": 60, "fail-on": "error"})
    code = agree("a resume that passes its config", strong)
    check("a resume that passes: exit 0", code == 0, code)

    both = run("batch", weak, strong)
    check("a cohort with one failing file: exit 1", both.returncode == 1, both.stderr)
    check("... and only that file named", len(lines(both.stderr, weak)) == 1 and not lines(both.stderr, strong), both.stderr)

    # --merge judges the shards' rows by the command line's thresholds, as the batch that wrote them would.
    shard = os.path.join(root, "shard.jsonl")
    run("--no-config", "batch", weak, strong, "--out", shard)
    merged = run("batch", "--merge", shard, "--fail-under", "80")
    check("--merge: a row below --fail-under is exit 1", merged.returncode == 1,
          (merged.returncode, merged.stderr))
    check("--merge: and says why", lines(merged.stderr, weak) == [f"bescore: {weak}: score {score} is below --fail-under 80"],
          merged.stderr)
    check("--merge: without a threshold, exit 0", run("batch", "--merge", shard).returncode == 0)

finish()
