#!/usr/bin/env python3
"""Benchmarks, whole-process wall time, engines run side by side.

Usage (from the repository root, after `cargo build --release`):

    python3 benches/interp_vs_cpython.py [--suite interp|jit] [--runs N] [--filter NAME] [--json FILE]

Suite `interp` (benches/interp/*.py): `pyjit run --interp` against `python3`.
Suite `jit` (benches/jit/*.py): `pyjit run --jit` against `--interp`, `python3` and `pypy3` (skipped
with a message when not installed).

Ratio columns are OTHER / FIRST engine's median time: above 1.0 the first engine is faster.
Runs are interleaved across engines; the table shows the median of N runs (JSON also has min and
max). Every engine's stdout must equal python3's, or the row is marked MISMATCH. Do not run it
while a build is running.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYJIT = os.path.join(ROOT, "target", "release", "pyjit")


def run(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace"))
    return dt, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--suite", choices=["interp", "jit"], default="interp")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--filter", default="")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    args.json = args.json or os.path.join(ROOT, "target", "bench", args.suite + ".json")
    programs = os.path.join(ROOT, "benches", args.suite)
    if not os.path.exists(PYJIT):
        sys.exit("build first: cargo build --release")
    names = sorted(f[:-3] for f in os.listdir(programs) if f.endswith(".py") and args.filter in f)
    if args.suite == "interp":
        engines = {"pyjit --interp": [PYJIT, "run", "--interp"], "python3": [sys.executable]}
    else:
        engines = {"pyjit --jit": [PYJIT, "run", "--jit"], "pyjit --interp": [PYJIT, "run", "--interp"],
                   "python3": [sys.executable]}
        pypy = shutil.which("pypy3")
        if pypy:
            engines["pypy3"] = [pypy]
        else:
            sys.stderr.write("pypy3 not installed (apt-get install -y pypy3): its column is skipped\n")
    first = next(iter(engines))
    results = {}
    for name in names:
        times = {e: [] for e in engines}
        outs = {e: set() for e in engines}
        for _ in range(args.runs):
            for e, cmd in engines.items():
                dt, out = run(cmd + [name + ".py"], programs)
                times[e].append(dt)
                outs[e].add(out)
        ok = all(o == outs["python3"] for o in outs.values()) and len(outs["python3"]) == 1
        results[name] = {
            e: {"median": statistics.median(t), "min": min(t), "max": max(t)} for e, t in times.items()
        }
        results[name]["checksum_ok"] = ok
        sys.stderr.write(f"  {name} done\n")
    others = [e for e in engines if e != first]
    print("| program | " + " | ".join(f"{e} (s)" for e in engines) + " | "
          + " | ".join(f"{e} / {first}" for e in others) + " | output |")
    print("|---" * (len(engines) + len(others) + 2) + "|")
    ratios = {e: [] for e in others}
    for name, r in results.items():
        a = r[first]["median"]
        cells = [f"{r[e]['median']:.3f}" for e in engines]
        rs = []
        for e in others:
            ratios[e].append(r[e]["median"] / a)
            rs.append(f"{r[e]['median'] / a:.2f}")
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(rs)
              + f" | {'ok' if r['checksum_ok'] else 'MISMATCH'} |")
    if results:
        print("| geometric mean | " + " | " * (len(engines) - 1) + " | "
              + " | ".join(f"{statistics.geometric_mean(ratios[e]):.2f}" for e in others) + " | |")
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"runs": args.runs, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
