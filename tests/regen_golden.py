#!/usr/bin/env python3
"""Regenerate golden `.out` files for the pyjit differential test corpus.

Usage (from the repository root):

    python3 tests/regen_golden.py [--check] [FILES...]

With no FILES, every ``tests/programs/**/*.py`` is processed.  Each program is
run as ``python3 BASENAME.py`` (CPython 3.11 is the oracle) with:

  * cwd = the directory containing the program (so sys.argv[0] is the basename),
  * env = a copy of os.environ with PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8
    and PYTHONDONTWRITEBYTECODE removed,
  * stdin = /dev/null, timeout = 60 s.

``--check`` compares instead of writing and exits 1 if any `.out` is stale.

Golden file format (``FILE.out`` next to ``FILE.py``), bytes exactly:

    <program stdout, verbatim>
    # exit: N                      (or "# exit: N (no trailing newline)")
    # stderr-last: LINE            (only when N != 0)

If stdout is non-empty and does not end in "\\n", one "\\n" is appended before
the ``# exit:`` line and the suffix " (no trailing newline)" is added to it.
LINE is the last non-blank line of stderr with trailing whitespace stripped
(for an uncaught exception this is e.g. "ZeroDivisionError: division by zero").
LINE may be empty (e.g. sys.exit(3) prints nothing); the line is then
"# stderr-last: " with the trailing space kept.

A test runner parses it by popping lines from the end: an optional last line
starting with "# stderr-last: ", then the line starting with "# exit: ";
everything before that is the expected stdout (drop the added "\\n" if the
exit line says "(no trailing newline)").
"""
import os
import subprocess
import sys

TIMEOUT = 60
HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def find_programs():
    found = []
    for root, dirs, files in os.walk(PROGRAMS):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                found.append(os.path.join(root, name))
    return found


def golden_for(path):
    path = os.path.abspath(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        ["python3", os.path.basename(path)],
        cwd=os.path.dirname(path),
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    out = proc.stdout
    code = proc.returncode
    exit_line = "# exit: %d" % code
    if out and not out.endswith(b"\n"):
        out += b"\n"
        exit_line += " (no trailing newline)"
    out += exit_line.encode() + b"\n"
    if code != 0:
        last = ""
        for line in proc.stderr.decode("utf-8", "replace").splitlines():
            if line.strip():
                last = line.rstrip()
        out += ("# stderr-last: " + last + "\n").encode("utf-8")
    return out


def main(argv):
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    files = argv or find_programs()
    failures = 0
    for path in files:
        if not path.endswith(".py"):
            print("skipping non-.py argument: %s" % path, file=sys.stderr)
            continue
        out_path = path[:-3] + ".out"
        try:
            data = golden_for(path)
        except subprocess.TimeoutExpired:
            print("TIMEOUT: %s" % path, file=sys.stderr)
            failures += 1
            continue
        if check:
            try:
                with open(out_path, "rb") as f:
                    old = f.read()
            except OSError:
                old = None
            if old != data:
                print("STALE: %s" % out_path)
                failures += 1
        else:
            with open(out_path, "wb") as f:
                f.write(data)
    print("%d program(s), %d problem(s)" % (len(files), failures), file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
