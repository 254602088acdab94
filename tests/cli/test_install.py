#!/usr/bin/env python3
"""Installing bescore: the man page and the shell completions name every option, format, subcommand and rule set
that --help does; the man page renders without warnings; the bash completion loads and completes rule ids; and
`cpack -G DEB` makes a package whose binary, unpacked into a temporary root (`dpkg -x`), scores a sample.
A tool that is missing (cpack, dpkg, man, groff) skips its part with a message. Usage: test_install.py BESCORE SOURCE_DIR"""
import glob
import os
import re
import shutil
import subprocess
import tempfile

from cli_support import BIN, SRC, check, finish, run, sample

BUILD = os.path.dirname(os.path.abspath(BIN))
MAN = os.path.join(SRC, "man", "bescore.1")
COMPLETIONS = {shell: os.path.join(SRC, "completions", name)
               for shell, name in (("bash", "bescore.bash"), ("zsh", "_bescore"), ("fish", "bescore.fish"))}


def skip(what, tool):
    print(f"skip {what}: {tool} is not installed")


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def help_of(*args):
    return run(*args, "--help").stdout


def long_options(help_text):
    return set(re.findall(r"^\s+(?:-\w,)?(--[a-z][a-z-]*)", help_text, re.M))


# --- What --help says, and the built-in rule sets ---
top_help = help_of()
batch_help = help_of("batch")
options = long_options(top_help)
batch_options = long_options(batch_help)
formats = re.search(r"--format TEXT:\{([^}]*)\}", top_help).group(1).split(",")
commands = re.findall(r"^  ([a-z]+)\s{2,}\S", top_help.split("Subcommands:")[1], re.M)
rulesets = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SRC, "rules", "*.json"))
                  if not p.endswith(("lexicon.json", "ruleset.schema.json")))
check("--help names options, formats and subcommands", len(options) > 15 and "json" in formats and "batch" in commands,
      f"{sorted(options)} {formats} {commands}")
check("the usage line says bescore, not the path it was run by", "Usage: bescore " in top_help, top_help.splitlines()[1])

man = read(MAN).replace("\\-", "-")
for shell, path in COMPLETIONS.items():
    text = read(path)
    if shell == "fish":  # fish names a long option as `-l name`
        text += " " + " ".join("--" + name for name in re.findall(r"-l ([a-z-]+)", text))
    missing = sorted(o for o in options | batch_options if o not in text)
    check(f"{shell} completion names every option of --help", not missing, missing)
    missing = [w for w in formats + commands + rulesets + ["auto"] if not re.search(rf"\b{re.escape(w)}\b", text)]
    check(f"{shell} completion names every format, subcommand and rule set", not missing, missing)
missing = sorted(o for o in options | batch_options if o not in man)
check("the man page names every option of --help", not missing, missing)
missing = [w for w in formats + commands + rulesets if not re.search(rf"\b{re.escape(w)}\b", man)]
check("the man page names every format, subcommand and rule set", not missing, missing)
check("the man page has exit codes and examples", ".SH EXIT STATUS" in man and ".SH EXAMPLES" in man)


# --- The man page renders cleanly ---
def man_warnings(page):
    if shutil.which("man"):
        r = subprocess.run(["man", "--warnings", "-l", page], capture_output=True, text=True,
                           env={**os.environ, "MANWIDTH": "80", "MAN_KEEP_FORMATTING": "0"})
        return r.returncode, re.sub(".\b", "", r.stdout), r.stderr  # without the overstrikes of bold
    return None


rendered = man_warnings(MAN)
if rendered is None:
    skip("man page rendering", "man")
else:
    code, page, warnings = rendered
    check("man -l renders the page without warnings", code == 0 and warnings == "", warnings[:300])
    check("the rendered page has its sections", all(s in page for s in ("SYNOPSIS", "EXIT STATUS", "EXAMPLES")))
    too_wide = [line for line in page.splitlines() if len(line) > 80]
    check("the rendered page fits 80 columns", not too_wide, too_wide[:2])
if shutil.which("groff"):
    r = subprocess.run(["groff", "-ww", "-z", "-man", MAN], capture_output=True, text=True)
    check("groff -ww finds nothing to warn about", r.returncode == 0 and r.stderr == "", r.stderr[:300])
else:
    skip("groff -ww", "groff")

# --- Completions load and complete ---
r = subprocess.run(["bash", "-c", f"source {COMPLETIONS['bash']}; complete -p bescore"], capture_output=True, text=True)
check("the bash completion loads", r.returncode == 0 and "-F _bescore bescore" in r.stdout, r.stdout + r.stderr)
script = (f"source {COMPLETIONS['bash']}; COMP_WORDS=(bescore explain impact/); COMP_CWORD=2; _bescore; "
          'printf "%s\\n" "${COMPREPLY[@]}"; COMP_WORDS=(bescore --format s); COMP_CWORD=2; _bescore; '
          'printf "%s\\n" "${COMPREPLY[@]}"')
r = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                   env={**os.environ, "PATH": BUILD + os.pathsep + os.environ.get("PATH", "")})
words = r.stdout.split()
check("bash completes explain's rule ids from the binary", "impact/quantified" in words, words)
check("bash completes --format values", "sarif" in words, words)
for shell, flag in (("zsh", "-n"), ("fish", "--no-execute")):
    if shutil.which(shell):
        r = subprocess.run([shell, flag, COMPLETIONS[shell]], capture_output=True, text=True)
        check(f"the {shell} completion parses", r.returncode == 0, r.stderr)
    else:
        skip(f"{shell} completion syntax", shell)

# --- cmake --install, and the .deb ---
with tempfile.TemporaryDirectory() as tmp:
    if shutil.which("cmake") and os.path.exists(os.path.join(BUILD, "cmake_install.cmake")):
        prefix = os.path.join(tmp, "prefix")
        r = subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], capture_output=True, text=True)
        check("cmake --install succeeds", r.returncode == 0, r.stderr[-300:])
        for part in ("bin/bescore", "share/bescore/rules/backend.json", "share/bescore/rules/ruleset.schema.json",
                     "share/man/man1/bescore.1.gz", "share/bash-completion/completions/bescore",
                     "share/zsh/vendor-completions/_bescore", "share/fish/vendor_completions.d/bescore.fish",
                     "share/doc/bescore/copyright"):
            check(f"cmake --install puts {part}", os.path.exists(os.path.join(prefix, part)))
    else:
        skip("cmake --install", "cmake (or the build's install script)")

    tools = [t for t in ("cpack", "dpkg-deb", "dpkg-shlibdeps", "fakeroot") if not shutil.which(t)]
    if tools or not os.path.exists(os.path.join(BUILD, "CPackConfig.cmake")):
        skip("the .deb", ", ".join(tools) or "CPackConfig.cmake in the build")
    else:
        out = os.path.join(tmp, "package")
        r = subprocess.run(["cpack", "-G", "DEB", "--config", os.path.join(BUILD, "CPackConfig.cmake"), "-B", out],
                           capture_output=True, text=True, timeout=300)
        debs = glob.glob(os.path.join(out, "*.deb"))
        check("cpack -G DEB makes one package", r.returncode == 0 and len(debs) == 1, (r.stdout + r.stderr)[-500:])
        # Read after cpack: packaging first brings a build that is behind git up to date (the version is git's).
        version = run("--version").stdout.split()[-1]
        if debs:
            field = lambda name: subprocess.run(["dpkg-deb", "-f", debs[0], name], capture_output=True, text=True).stdout.strip()
            depends = field("Depends")
            check("its dependencies come from the shared libraries (poppler for the PDF module, poppler-cpp for page images)",
                  all(lib in depends for lib in ("libpoppler126", "libpoppler-cpp", "libre2")), depends)
            debian_version = re.sub(r"^([0-9.]+)-", r"\1+", version).replace("-", ".")  # 0.1.0-gabc: 0.1.0+gabc
            check("its version is the binary's (git describe)", field("Version") == debian_version, (field("Version"), version))
            root = os.path.join(tmp, "root")
            subprocess.run(["dpkg", "-x", debs[0], root], check=True)
            installed = os.path.join(root, "usr", "bin", "bescore")
            r = subprocess.run([installed, "--format", "json", sample("strong-backend.txt")], capture_output=True, text=True)
            check("the installed binary scores a sample", r.returncode == 0 and '"score"' in r.stdout, r.stderr)
            r = subprocess.run([installed, "--version"], capture_output=True, text=True)
            check("the installed binary says its version", r.stdout.strip() == f"bescore {version}", r.stdout)
            page = os.path.join(root, "usr", "share", "man", "man1", "bescore.1.gz")
            rendered = man_warnings(page) if os.path.exists(page) else (1, "", "no man page in the package")
            if rendered is not None:
                check("the packaged man page renders without warnings", rendered[0] == 0 and rendered[2] == "", rendered[2][:300])
            for part in ("usr/share/bescore/rules/platform.json", "usr/share/bash-completion/completions/bescore",
                         "usr/share/doc/bescore/copyright"):
                check(f"the package has /{part}", os.path.exists(os.path.join(root, part)))

finish()
