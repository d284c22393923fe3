"""Warm-path speed on a portfolio-sized acquaintance network (issue 6 target: p50 < 50 ms).

Builds a seeded random heavy-tailed network (preferential attachment plus a few
strong clusters), about a million ties by default, indexes it once, and times
``AcquaintanceIndex.paths`` for random targets. Prints build time and p50/p95/max.

    python benchmarks/bench_paths.py [--people 50000] [--ties 1000000] [--staff 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import numpy as np

from kamgraph.planning import AcquaintanceIndex

CIRCLES = ("colleague", "friend", "school", "alumni", "club", "family", "supplier", "customer")


def network(people: int, ties: int, staff: int, seed: int) -> tuple[list[tuple[str, str, float, str]],
                                                                       list[str], list[str]]:
    rng = np.random.default_rng(seed)
    # heavy-tailed degrees: endpoints drawn with Zipf-like weights (a few hubs know thousands)
    w = 1.0 / np.arange(1, people + 1) ** 0.8
    w /= w.sum()
    perm = rng.permutation(people)
    a = perm[rng.choice(people, size=ties, p=w)]
    b = rng.integers(0, people, size=ties)
    s = np.round(rng.beta(2, 3, size=ties), 3) + 0.001
    c = rng.integers(0, len(CIRCLES), size=ties)
    names = [f"p{i}" for i in range(people)]
    staff_ids = [f"s{i}" for i in range(staff)]
    out = [(names[x], names[y], float(z), CIRCLES[q]) for x, y, z, q in zip(a, b, s, c)]
    # each staff member knows ~30 people
    for i, sid in enumerate(staff_ids):
        for y in rng.integers(0, people, size=30):
            out.append((sid, names[y], float(rng.beta(3, 2)), "business"))
    hostile = [names[x] for x in rng.choice(people, size=people // 50, replace=False)]
    return out, staff_ids, hostile


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--ties", type=int, default=1_000_000)
    ap.add_argument("--staff", type=int, default=300)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("-k", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t0 = time.perf_counter()
    ties, staff, hostile = network(args.people, args.ties, args.staff, args.seed)
    t1 = time.perf_counter()
    ix = AcquaintanceIndex(ties, sources=staff, hostile=hostile)
    t2 = time.perf_counter()
    print(f"network: {args.people} people, {len(ties)} ties ({ix.n_ties} distinct pairs), "
          f"{args.staff} staff, {len(hostile)} hostile; generated in {t1 - t0:.1f} s")
    print(f"index build: {t2 - t1:.2f} s")
    rnd = random.Random(args.seed)
    persons = [n for n in ix.names if n.startswith("p")]
    for label, from_one in (("any staff", False), ("one given staff", True)):
        times: list[float] = []
        found = 0
        for _ in range(args.queries):
            target = rnd.choice(persons)
            src = [rnd.choice(staff)] if from_one else None
            q0 = time.perf_counter()
            res = ix.paths(target, args.k, sources=src)
            times.append((time.perf_counter() - q0) * 1000)
            found += res.found
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"paths k={args.k} from {label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
              f"max {times[-1]:.1f} ms, found {found}/{args.queries}")


if __name__ == "__main__":
    main()
