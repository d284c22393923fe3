"""The judgment benchmark: do the analyzers' conclusions hold on networks whose structure
is known, and in a sales director's eyes? (issue 12)

Per case it prints: hidden-chain precision and recall against the known off-line
influencers of the decider; key-person top-5 overlap with the known central people;
the rank of the known broker; the counterpoint verdicts (and whether a person who must
never be proposed was); the Spearman correlation of the key-person score with the
known centrality. The expected answers live with the cases (benchmarks/judgment/cases.py).
Then, for the demo account, what the plan's owner and sponsor fill-ins do to the coverage
gaps (issue 13: a plan must leave fewer gaps than it found): gaps by severity before and
after the plan's proposals, how many it closes and opens.

    python -m benchmarks.bench_judgment [--markdown]
"""

from __future__ import annotations

import argparse
import time

from scipy.stats import spearmanr

from benchmarks.judgment.cases import Case, cases
from kamgraph.analyzers import Analysis, best_conversions, counterpoints, hidden_chain, key_persons


def measure(case: Case) -> dict[str, str]:
    G = case.G
    a = Analysis(G)
    t0 = time.perf_counter()
    kp = key_persons(G, ctx=a)
    chain = hidden_chain(G, ctx=a)
    cp = counterpoints(G, ctx=a) if G.graph.get("competitors") else None
    took = time.perf_counter() - t0
    row = {"case": case.name, "P": "", "R": "", "top5": "", "broker": "", "verdicts": "",
           "spearman": "", "ms": f"{took * 1000:.0f}"}
    if case.hidden_expected is not None and case.decider:
        t = next(t for t in chain if t.person == case.decider)
        shown = {i.person for i in t.influencers if i.hidden}
        hit = shown & case.hidden_expected
        row["P"] = f"{len(hit) / len(shown):.2f}" if shown else "n/a"
        row["R"] = f"{len(hit) / len(case.hidden_expected):.2f}"
    order = [k.person for k in kp]
    if case.central:
        want = case.central[:5]
        row["top5"] = f"{len(set(order[:5]) & set(want))}/{min(5, len(want))}"
    if case.broker:
        row["broker"] = str(order.index(case.broker) + 1)
    if cp is not None:
        got = {i.supporter: i.verdict for i in cp.items}
        bad = set()
        for i in cp.items:  # the counterweights proposed for the supporters under test
            if i.supporter in case.verdicts:
                bad |= {w.person for w in (*i.countered_by, *i.partly_by, *i.candidates)}
        bad &= case.never_proposed
        bad |= {p for w in best_conversions(G) for p in w.changes} & case.never_converted
        parts = [f"{p}: {got.get(p, '-')} ({'ok' if got.get(p) == v else 'expected ' + v})"
                 for p, v in sorted(case.verdicts.items())]
        parts.append("never-proposed ok" if not bad else f"PROPOSED {sorted(bad)}")
        row["verdicts"] = "; ".join(parts)
    if case.centrality:
        score = {k.person: k.score for k in kp}
        ps = sorted(case.centrality)
        rho = spearmanr([score[p] for p in ps], [case.centrality[p] for p in ps]).statistic
        row["spearman"] = f"{rho:.2f}"
    return row


def plan_gaps() -> list[dict[str, str]]:
    """Coverage gaps of the demo before and after its plan's proposed assignments."""
    import datetime as dt
    from collections import Counter

    from kamgraph.analyzers import coverage_gaps
    from kamgraph.demo import demo_path
    from kamgraph.importers import load_paths
    from kamgraph.planning import plan, with_assignments
    from kamgraph.projection import graph_from_data

    [data] = load_paths([demo_path()])
    rows = []
    for opp in (None, "opp-5gc"):
        G = graph_from_data(data, opp)
        P = plan(G, cycle_start=dt.date(2026, 12, 1))
        before, after = coverage_gaps(G), coverage_gaps(with_assignments(G, P))
        b = {(g.kind, g.person, g.staff) for g in before}
        a = {(g.kind, g.person, g.staff) for g in after}

        def sev(gs: list) -> str:
            c = Counter(g.severity for g in gs)
            return f"{len(gs)} ({c['high']} high, {c['medium']} medium, {c['low']} low)"

        rows.append({"scope": opp or "all deals", "before": sev(before), "after": sev(after),
                     "closed": str(len(b - a)), "opened": str(len(a - b))})
    return rows


COLS = ("case", "P", "R", "top5", "broker", "spearman", "verdicts", "ms")
HEAD = ("case", "hidden P", "hidden R", "top-5", "broker rank", "Spearman", "counterpoints",
        "ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()
    rows = [measure(c) for c in cases()]
    gaps = plan_gaps()
    if args.markdown:
        print("| " + " | ".join(HEAD) + " |")
        print("|" + "---|" * len(HEAD))
        for r in rows:
            print("| " + " | ".join(r[c] or "" for c in COLS) + " |")
        print("\n| demo plan | gaps before | gaps after the plan's fill-ins | closed | opened |")
        print("|---|---|---|---|---|")
        for g in gaps:
            print(f"| {g['scope']} | {g['before']} | {g['after']} | {g['closed']} | "
                  f"{g['opened']} |")
        return
    for r in rows:
        print(f"{r['case']}")
        for c, h in zip(COLS[1:], HEAD[1:], strict=True):
            if r[c]:
                print(f"  {h:14} {r[c]}")
    for g in gaps:
        print(f"demo plan ({g['scope']}): gaps {g['before']} -> {g['after']}; "
              f"closed {g['closed']}, opened {g['opened']}")


if __name__ == "__main__":
    main()
