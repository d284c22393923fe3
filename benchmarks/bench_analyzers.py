"""Time each analyzer on a generated 500-person account (prints figures; not a test).

Run: ``python benchmarks/bench_analyzers.py [--people 500] [--seed 7] [--synth]``

``--synth`` uses the account generator of ``kamgraph synth`` (first account, first
opportunity) instead of this file's simpler random account. ``analyze_account`` runs the
five analyzers with one shared analysis context (the figure held to 0.3 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time
from collections.abc import Callable
from typing import Any

import networkx as nx

from kamgraph.analyzers import (
    analyze_account,
    best_conversions,
    counterpoints,
    coverage_gaps,
    hidden_chain,
    influence_scores,
    key_persons,
    support_balance,
)
from kamgraph.model import AFFILIATIONS, CIRCLES, INFLUENCE_BASES, LEVELS, AccountData
from kamgraph.projection import graph_from_data

__all__ = ["synth_account", "main"]

D0 = dt.date(2025, 1, 1)
#: The analyzers of a report (and of ``kamgraph bench``).
FIVE = ("key_persons", "hidden_chain", "counterpoints", "support_balance", "coverage_gaps")


def synth_account(n_people: int = 500, seed: int = 7) -> AccountData:
    """A random but plausible account: a hierarchy, hidden links, one contested bid."""
    rnd = random.Random(seed)
    d = AccountData()
    d["account"].append({"id": "big", "name": "Big Account", "tier": "S"})
    for c in ("c1", "c2"):
        d["competitor"].append({"id": c, "name": c.upper()})
    d["opportunity"].append({"id": "opp", "name": "Bid", "competitors": ["c1", "c2"]})
    n_out = n_people // 12
    inside = [f"p{i:04d}" for i in range(n_people - n_out)]
    outside = [f"x{i:04d}" for i in range(n_out)]
    # a hierarchy: level by depth in a random tree rooted at the CEO
    level = {inside[0]: "c-level"}
    for i, p in enumerate(inside[1:], start=1):
        boss = inside[rnd.randrange(0, max(1, i // 3))] if i > 1 else inside[0]
        d["reports_to"].append({"person": p, "manager": boss})
        level[p] = LEVELS[max(0, LEVELS.index(level[boss]) - 1)]
    for p in inside:
        d["person"].append({"id": p, "name": p, "level": level[p], "affiliation": "internal"})
    for x in outside:
        d["person"].append({"id": x, "name": x, "affiliation": rnd.choice(AFFILIATIONS[1:]),
                            "level": rnd.choice([None, "board"])})
    people = inside + outside
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < 2 * n_people:
        a, b = rnd.sample(people, 2)
        pairs.add((a, b))
    for a, b in sorted(pairs):
        hidden = a.startswith("x") or rnd.random() < 0.2
        d["influence"].append({"source": a, "target": b,
                               "strength": round(rnd.uniform(0.1, 0.9), 2),
                               "basis": rnd.choice(INFLUENCE_BASES),
                               "visibility": "hidden" if hidden else "formal"})
    senior = sorted(inside, key=lambda p: (-LEVELS.index(level[p]), p))
    roles = ["decider"] * 4 + ["approver"] * 6 + ["gatekeeper"] * 5 + ["influencer"] * 20 + \
        ["user"] * 15 + ["buyer"] * 3 + ["coach"] * 2
    for i, r in enumerate(roles):
        p = senior[i] if r in ("decider", "approver") else rnd.choice(inside)
        d["role"].append({"opportunity": "opp", "person": p, "role": r})
    for p in rnd.sample(people, n_people // 3):
        d["stance"].append({"person": p, "toward": "us", "value": rnd.randint(-3, 3), "on": D0})
        if rnd.random() < 0.3:
            d["stance"].append({"person": p, "toward": rnd.choice(["c1", "c2"]),
                                "value": rnd.randint(1, 3), "on": D0})
    staff = [f"s{i:03d}" for i in range(n_people // 12)]
    for s in staff:
        d["staff"].append({"id": s, "name": s, "level": rnd.choice(LEVELS[1:5]),
                           "active": rnd.random() > 0.05})
    for p in rnd.sample(people, n_people // 4):
        a, b = rnd.sample(staff, 2)
        d["owns"].append({"staff": a, "person": p, "role": "A"})
        if rnd.random() < 0.8:
            d["owns"].append({"staff": b, "person": p, "role": "B"})
        if rnd.random() < 0.3:
            d["sponsors"].append({"staff": rnd.choice(staff), "person": p})
        for _ in range(rnd.randint(0, 3)):
            d["informs"].append({"source": rnd.choice(staff), "target": p,
                                 "via": rnd.choice([None, rnd.choice(people)])})
    ties: set[tuple[str, str]] = set()
    while len(ties) < 2 * n_people:
        ties.add((rnd.choice(staff + people), rnd.choice(people)))
    for a, b in sorted(ties):
        if a != b:
            d["knows"].append({"source": a, "target": b,
                               "strength": round(rnd.uniform(0.2, 0.9), 2),
                               "circle": rnd.choice(CIRCLES)})
    return d


def _time(fn: Callable[[], Any], repeat: int = 3,
          before: Callable[[], Any] | None = None) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        if before is not None:
            before()
        gc.collect()
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--synth", action="store_true")
    args = ap.parse_args()
    if args.synth:
        from kamgraph.synth import generate

        [data] = generate(1, args.people, seed=args.seed)
        opp = sorted(o["id"] for o in data["opportunity"])[0]
    else:
        data, opp = synth_account(args.people, args.seed), "opp"
    t, G = _time(lambda: graph_from_data(data, opp), 1)
    assert isinstance(G, nx.MultiDiGraph)
    print(f"account: {args.people} people, {G.number_of_nodes()} nodes, "
          f"{G.number_of_edges()} edges; projection {t * 1000:.0f} ms")
    runs: list[tuple[str, Callable[[], Any], Callable[[Any], str]]] = [
        ("influence_scores", lambda: influence_scores(G), lambda r: f"{len(r)} people"),
        ("key_persons", lambda: key_persons(G), lambda r: f"top {r[0].label} {r[0].score:.2f}"),
        ("hidden_chain", lambda: hidden_chain(G),
         lambda r: f"{len(r)} targets, {sum(len(t.influencers) for t in r)} links"),
        ("counterpoints", lambda: counterpoints(G),
         lambda r: f"{len(r.items)} supporters, {len(r.uncountered)} uncountered"),
        ("support_balance", lambda: support_balance(G), lambda r: f"us {r.us:+.2f}"),
        ("best_conversions", lambda: best_conversions(G), lambda r: f"{len(r)} what-ifs"),
        ("coverage_gaps", lambda: coverage_gaps(G), lambda r: f"{len(r)} gaps"),
    ]
    print("each analyzer alone, with its own fresh analysis context (best of 3):")
    for name, fn, what in runs:
        t, res = _time(fn)
        print(f"  {name:18s} {t * 1000:8.1f} ms   {what(res)}")
    five = [fn for name, fn, _ in runs if name in FIVE]

    def in_turn() -> None:
        for fn in five:
            fn()

    t, _ = _time(in_turn)
    print(f"the five in turn, each with its own context:   {t * 1000:8.1f} ms")
    t, rep = _time(lambda: analyze_account(G))
    print(f"analyze_account (the same five at once):       {t * 1000:8.1f} ms   "
          f"{len(rep.key_persons)} key persons, {len(rep.gaps)} gaps")


if __name__ == "__main__":
    main()
