#!/usr/bin/env python3
"""The layers of src/ as the build enforces them: each module may include only modules below it in LAYERS (and
itself). An #include against that order fails, unless it is one of KNOWN_LOOPS: the loops issue 21 found that are
not broken yet, listed file by file so they cannot grow. A loop that is broken must leave the list (a stale entry
fails too). Tests (*_test.cc, test_support.h) may include anything. The libraries CMakeLists.txt declares
(bescore_module(NAME USES ...)) are held to the same order: one per module, linking upward only along a known loop.

Usage: check_layers.py SOURCE_DIR [--pretend FILE=HEADER ...]
  --pretend adds an include that is not in the tree (the ctest `layers_catch_a_bad_edge` shows a bad edge fails)."""
import os
import re
import sys

# Lowest first. core: the data every stage passes on (document.h) and the build's own headers.
LAYERS = ["base", "core", "process", "extract", "rules", "parse", "check", "match", "score", "report", "modules",
          "engine", "batch", "cli"]
CORE_FILES = {"document.h", "version.h", "sanitizers.h"}

# file → headers it includes against the layers today, each a loop issue 21 names, kept until it is broken.
# None left: rules/ gives specs and a vocabulary below both parse/ and check/, which builds the rules (issue 21).
KNOWN_LOOPS = {}


def module_of(rel):
    """The module of a path relative to src/ ("check/rule.h" → "check"), or None for tests."""
    name = os.path.basename(rel)
    if name.endswith("_test.cc") or name == "test_support.h":
        return None
    if "/" not in rel:
        return "core" if name in CORE_FILES else "cli"  # main.cc
    return rel.split("/")[0]


def includes(src):
    found = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith((".h", ".cc")):
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, src)
            with open(path, encoding="utf-8", errors="replace") as fh:
                found[rel] = set(re.findall(r'^\s*#\s*include\s+"([^"]+)"', fh.read(), re.M))
    return found


def declared_uses(source_dir):
    """module → the modules its library links, from the bescore_module(NAME USES ...) lines of CMakeLists.txt."""
    with open(os.path.join(source_dir, "CMakeLists.txt"), encoding="utf-8") as fh:
        text = fh.read()
    uses = {}
    for name, args in re.findall(r"^bescore_module\((\w+)([^)]*)\)", text, re.M):
        words = args.split()
        got = []
        if "USES" in words:
            for w in words[words.index("USES") + 1:]:
                if w in ("LIBS", "EXTRA"):
                    break
                got.append(w)
        uses[name] = got
    return uses


def check_libraries(source_dir):
    """Each module has a library, and a library links upward only along a known loop."""
    problems = []
    uses = declared_uses(source_dir)
    loops = {(module_of(f), module_of(h)) for f, hs in KNOWN_LOOPS.items() for h in hs}
    for mod in LAYERS:
        if mod != "core" and mod not in uses:
            problems.append(f"CMakeLists.txt: no bescore_module({mod} ...) library")
    for mod, used in uses.items():
        for target in used:
            if target in LAYERS and mod in LAYERS and LAYERS.index(target) > LAYERS.index(mod) and (mod, target) not in loops:
                problems.append(f"CMakeLists.txt: bescore_{mod} links bescore_{target}, a module above it")
    return problems


def main():
    args = sys.argv[1:]
    src = os.path.join(args[0], "src")
    found = includes(src)
    pretended = set()
    for extra in args[2::2] if len(args) > 2 and args[1] == "--pretend" else []:
        file, header = extra.split("=", 1)
        found.setdefault(file, set()).add(header)
        pretended.add(header)
    problems, used = [], set()
    for rel, headers in sorted(found.items()):
        mod = module_of(rel)
        if mod is None:
            continue
        if mod not in LAYERS:
            problems.append(f"src/{rel}: module {mod}/ is not in LAYERS (tests/layers/check_layers.py)")
            continue
        for header in sorted(headers):
            target = module_of(header) if "/" in header or header in CORE_FILES else None
            exists = header in pretended or os.path.exists(os.path.join(src, header))
            if target is None or target == mod or not exists:  # a system header, or the module's own
                continue
            if target not in LAYERS:
                problems.append(f"src/{rel}: includes {header} of module {target}/, not in LAYERS")
            elif LAYERS.index(target) > LAYERS.index(mod):
                if header in KNOWN_LOOPS.get(rel, set()):
                    used.add((rel, header))
                else:
                    problems.append(f"src/{rel}: includes {header}: {mod}/ is below {target}/ (layers: {' < '.join(LAYERS)})")
    for rel, headers in KNOWN_LOOPS.items():
        for header in headers:
            if (rel, header) not in used:
                problems.append(f"src/{rel}: no longer includes {header}: take it off KNOWN_LOOPS")
    problems += check_libraries(args[0])
    for p in problems:
        print(p)
    print(f"{len(found)} files, {len(LAYERS)} layers, {len(used)} known loop includes, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
