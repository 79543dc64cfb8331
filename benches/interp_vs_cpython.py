#!/usr/bin/env python3
"""Interpreter benchmark: each benches/interp/*.py under `pyjit run --interp` and `python3`.

Usage (from the repository root, after `cargo build --release`):

    python3 benches/interp_vs_cpython.py [--runs N] [--filter NAME] [--json FILE]

Runs are interleaved across engines; whole-process wall time; the table shows the median (and
min) of N runs and the ratio pyjit/python3 (below 1.0 means pyjit is faster). Every run's stdout
must equal python3's, or the row is marked MISMATCH. Do not run it while a build is running.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYJIT = os.path.join(ROOT, "target", "release", "pyjit")
PROGRAMS = os.path.join(ROOT, "benches", "interp")


def run(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROGRAMS)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace"))
    return dt, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--filter", default="")
    ap.add_argument("--json", default=os.path.join(ROOT, "target", "bench", "interp.json"))
    args = ap.parse_args()
    if not os.path.exists(PYJIT):
        sys.exit("build first: cargo build --release")
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and args.filter in f)
    engines = {"pyjit --interp": [PYJIT, "run", "--interp"], "python3": [sys.executable]}
    results = {}
    for name in names:
        times = {e: [] for e in engines}
        outs = {e: set() for e in engines}
        for _ in range(args.runs):
            for e, cmd in engines.items():
                dt, out = run(cmd + [name + ".py"])
                times[e].append(dt)
                outs[e].add(out)
        ok = outs["pyjit --interp"] == outs["python3"] and len(outs["python3"]) == 1
        results[name] = {
            e: {"median": statistics.median(t), "min": min(t), "max": max(t)} for e, t in times.items()
        }
        results[name]["checksum_ok"] = ok
        sys.stderr.write(f"  {name} done\n")
    print(f"| program | pyjit --interp (s) | python3 (s) | pyjit/python3 | output |")
    print(f"|---|---|---|---|---|")
    ratios = []
    for name, r in results.items():
        a, b = r["pyjit --interp"]["median"], r["python3"]["median"]
        ratios.append(a / b)
        print(f"| {name} | {a:.3f} (min {r['pyjit --interp']['min']:.3f}) | {b:.3f} (min {r['python3']['min']:.3f}) "
              f"| {a / b:.2f} | {'ok' if r['checksum_ok'] else 'MISMATCH'} |")
    if ratios:
        gm = statistics.geometric_mean(ratios)
        print(f"| geometric mean | | | {gm:.2f} | |")
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"runs": args.runs, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
