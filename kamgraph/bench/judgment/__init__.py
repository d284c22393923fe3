"""The judgment benchmark: do the analyzers' conclusions hold on networks whose structure
is known, and in a sales director's eyes? (issue 12)

A quality benchmark, not a speed one. Per case it gives: hidden-chain precision and
recall against the known off-line influencers of the decider; key-person top-5 overlap
with the known central people; the rank of the known broker; the counterpoint verdicts
(and whether a person who must never be proposed was); the Spearman correlation of the
key-person score with the known centrality. The expected answers live with the cases
(:mod:`kamgraph.bench.judgment.cases`); the last printed table is ``RESULTS.md`` beside
them. Then, for the demo account, what the plan's owner and sponsor fill-ins do to the
coverage gaps (issue 13: a plan must not leave more or worse gaps than it found): gaps by
severity before and after the plan's proposals, how many it closes and opens, and how many
of its new backups owner A still has to introduce (the plan's own step, which the check
does not list as a gap of the proposal). Run it as
``kamgraph bench --judgment`` or::

    python -m kamgraph.bench.judgment [--markdown]
"""

from __future__ import annotations

import time
from dataclasses import astuple, dataclass

from kamgraph.bench.judgment.cases import Case, all_cases

__all__ = ["JudgmentRow", "HEAD", "measure", "judgment_rows", "markdown", "text",
           "PlanGapRow", "plan_gap_rows", "plan_gaps_markdown", "plan_gaps_text"]

#: Column headings, in the order of :class:`JudgmentRow`'s fields.
HEAD = ("case", "hidden P", "hidden R", "top-5", "broker rank", "Spearman", "counterpoints",
        "ms")


@dataclass(frozen=True)
class JudgmentRow:
    """One case's figures as printed ("" where the case does not test it)."""

    case: str
    P: str = ""
    R: str = ""
    top5: str = ""
    broker: str = ""
    spearman: str = ""
    verdicts: str = ""
    ms: str = ""


def measure(case: Case) -> JudgmentRow:
    """Run the analyzers on one case and compare with its expected answers."""
    from scipy.stats import spearmanr

    from kamgraph.analyzers import (
        Analysis,
        best_conversions,
        counterpoints,
        hidden_chain,
        key_persons,
    )

    G = case.G
    a = Analysis(G)
    t0 = time.perf_counter()
    kp = key_persons(G, ctx=a)
    chain = hidden_chain(G, ctx=a)
    cp = counterpoints(G, ctx=a) if G.graph.get("competitors") else None
    took = time.perf_counter() - t0
    P = R = top5 = broker = spearman = verdicts = ""
    if case.hidden_expected is not None and case.decider:
        t = next(t for t in chain if t.person == case.decider)
        shown = {i.person for i in t.influencers if i.hidden}
        hit = shown & case.hidden_expected
        P = f"{len(hit) / len(shown):.2f}" if shown else "n/a"
        R = f"{len(hit) / len(case.hidden_expected):.2f}"
    order = [k.person for k in kp]
    if case.central:
        want = case.central[:5]
        top5 = f"{len(set(order[:5]) & set(want))}/{min(5, len(want))}"
    if case.broker:
        broker = str(order.index(case.broker) + 1)
    if cp is not None:
        got = {i.supporter: i.verdict for i in cp.items}
        bad: set[str] = set()
        for i in cp.items:  # the counterweights proposed for the supporters under test
            if i.supporter in case.verdicts:
                bad |= {w.person for w in (*i.countered_by, *i.partly_by, *i.candidates)}
        bad &= case.never_proposed
        bad |= {p for w in best_conversions(G) for p in w.changes} & case.never_converted
        parts = [f"{p}: {got.get(p, '-')} ({'ok' if got.get(p) == v else 'expected ' + v})"
                 for p, v in sorted(case.verdicts.items())]
        parts.append("never-proposed ok" if not bad else f"PROPOSED {sorted(bad)}")
        verdicts = "; ".join(parts)
    if case.centrality:
        score = {k.person: k.score for k in kp}
        ps = sorted(case.centrality)
        rho = spearmanr([score[p] for p in ps], [case.centrality[p] for p in ps]).statistic
        spearman = f"{rho:.2f}"
    return JudgmentRow(case.name, P, R, top5, broker, spearman, verdicts, f"{took * 1000:.0f}")


def judgment_rows() -> list[JudgmentRow]:
    """Every case, measured."""
    return [measure(c) for c in all_cases()]


def markdown(rows: list[JudgmentRow]) -> str:
    """The Markdown table of ``RESULTS.md``."""
    lines = ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    lines += ["| " + " | ".join(astuple(r)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def text(rows: list[JudgmentRow]) -> str:
    """Per case, the figures it tests, one a line."""
    out: list[str] = []
    for r in rows:
        out.append(r.case)
        for value, head in zip(astuple(r)[1:], HEAD[1:], strict=True):
            if value:
                out.append(f"  {head:14} {value}")
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class PlanGapRow:
    """The demo's coverage gaps before and after its plan's proposed assignments."""

    scope: str
    before: str
    after: str
    closed: int
    opened: int
    introductions: int = 0


def plan_gap_rows() -> list[PlanGapRow]:
    """Coverage gaps of the demo before and after its plan's proposed assignments (all
    deals, and scoped to the 5GC deal), the plan starting on 2026-12-01."""
    import datetime as dt
    from collections import Counter

    from kamgraph.analyzers import Gap, coverage_gaps
    from kamgraph.demo import demo_path
    from kamgraph.formats import load_paths
    from kamgraph.planning import plan, with_assignments
    from kamgraph.projection import graph_from_data

    def sev(gs: list[Gap]) -> str:
        c = Counter(g.severity for g in gs)
        return f"{len(gs)} ({c['high']} high, {c['medium']} medium, {c['low']} low)"

    [data] = load_paths([demo_path()])
    rows = []
    for opp in (None, "opp-5gc"):
        G = graph_from_data(data, opp)
        P = plan(G, cycle_start=dt.date(2026, 12, 1))
        before, after = coverage_gaps(G), coverage_gaps(with_assignments(G, P))
        b = {(g.kind, g.person, g.staff) for g in before}
        a = {(g.kind, g.person, g.staff) for g in after}
        rows.append(PlanGapRow(opp or "all deals", sev(before), sev(after), len(b - a),
                               len(a - b), sum(1 for t in P.targets if t.introduced_by)))
    return rows


def plan_gaps_markdown(rows: list[PlanGapRow]) -> str:
    """The demo-plan table of ``RESULTS.md``."""
    lines = ["| demo plan | gaps before | gaps after the plan's fill-ins | closed | opened "
             "| new backups to introduce |", "|---|---|---|---|---|---|"]
    lines += [f"| {r.scope} | {r.before} | {r.after} | {r.closed} | {r.opened} "
              f"| {r.introductions} |" for r in rows]
    return "\n".join(lines) + "\n"


def plan_gaps_text(rows: list[PlanGapRow]) -> str:
    """One line per scope."""
    return "".join(f"demo plan ({r.scope}): gaps {r.before} -> {r.after}; "
                   f"closed {r.closed}, opened {r.opened}; "
                   f"new backups to introduce {r.introductions}\n" for r in rows)
