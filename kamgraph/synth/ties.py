"""Influence and acquaintance ties inside one synthetic account.

Both use preferential attachment (a "ticket" list in which every endpoint is
entered again each time it gains a tie), so degrees are heavy-tailed: a few
people sway or know many, most people few.

Examples
--------
>>> import random, datetime as dt
>>> from kamgraph.model import AccountData
>>> from kamgraph.synth.org import build_org
>>> d = AccountData(); rng = random.Random(0)
>>> org = build_org(d, rng, "a001", 0, 60, 3, dt.date(2026, 10, 1))
>>> add_influences(d, rng, org); add_person_knows(d, rng, org, 6.0, dt.date(2026, 10, 1))
>>> len({(r["source"], r["target"]) for r in d["influence"]}) == len(d["influence"])
True
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Literal

from kamgraph.model import AccountData
from kamgraph.synth.org import Org

__all__ = ["add_influences", "add_person_knows"]

_HIDDEN_BASES = ("friend", "former-colleague", "alumni", "club", "friend", "supplier", "other")
_OTHER_CIRCLES = (
    ("former-colleague", 0.25), ("school", 0.1), ("alumni", 0.1), ("friend", 0.15),
    ("club", 0.06), ("neighbour", 0.04), ("business", 0.1), ("supplier", 0.05),
    ("religion", 0.02), ("customer", 0.03), ("other", 0.1),
)


def _strength(rng: random.Random, lo: float = 0.2, hi: float = 0.95) -> float:
    return round(lo + (hi - lo) * rng.random(), 2)


def add_influences(d: AccountData, rng: random.Random, org: Org) -> None:
    """Formal influence along the hierarchy and among peers; hidden influence by
    preferential attachment, aimed mostly at senior people; outsiders on executives."""
    seen: set[tuple[str, str]] = set()
    out = d.of("influence")

    def tie(s: str, t: str, strength: float, basis: str,
            vis: Literal["formal", "hidden"]) -> bool:
        if s == t or (s, t) in seen:
            return False
        seen.add((s, t))
        out.append({"source": s, "target": t, "strength": strength, "basis": basis,
                    "visibility": vis})
        return True

    for pid in org.internal:
        boss = org.manager_of.get(pid)
        if boss is None:
            continue
        if rng.random() < 0.3:
            tie(boss, pid, _strength(rng, 0.4, 0.9), "superior", "formal")
        if rng.random() < (0.45 if org.rank[pid] >= 3 else 0.15):
            tie(pid, boss, _strength(rng, 0.3, 0.85), "advisor", "formal")
    for members in org.members.values():
        if len(members) < 2:
            continue
        for _ in range(len(members) // 3):
            a, b = members[rng.randrange(len(members))], members[rng.randrange(len(members))]
            tie(a, b, _strength(rng, 0.2, 0.7), "peer", "formal")

    # hidden chain: sources by preferential attachment, targets skewed to the top
    tickets = list(org.internal)
    senior = [p for p in org.internal if org.rank[p] >= 3] or org.internal
    for _ in range(int(len(org.internal) * 0.6)):
        src = tickets[rng.randrange(len(tickets))]
        dst = senior[rng.randrange(len(senior))] if rng.random() < 0.6 else \
            org.internal[rng.randrange(len(org.internal))]
        basis = _HIDDEN_BASES[rng.randrange(len(_HIDDEN_BASES))]
        if tie(src, dst, _strength(rng, 0.3, 0.95), basis, "hidden"):
            tickets.append(src)

    aff = {p["id"]: p.get("affiliation", "internal") for p in d["person"]}
    tech_execs = [p for p in org.execs if p in org.technical] or org.execs
    for pid in org.outside:
        kind = aff[pid]
        if kind == "board":
            for e in org.execs[:3]:
                tie(pid, e, _strength(rng, 0.5, 0.9), "board", "formal")
        elif kind == "family":
            tie(pid, org.execs[rng.randrange(len(org.execs))], _strength(rng, 0.7, 0.95),
                "family", "hidden")
        elif kind == "friend":
            tie(pid, org.execs[rng.randrange(len(org.execs))], _strength(rng, 0.5, 0.9),
                "friend", "hidden")
        elif kind == "regulator":
            tie(pid, org.ceo, _strength(rng, 0.4, 0.8), "regulator", "formal")
        else:
            tie(pid, tech_execs[rng.randrange(len(tech_execs))], _strength(rng, 0.4, 0.8),
                "advisor", "hidden")


def add_person_knows(d: AccountData, rng: random.Random, org: Org, per_person: float,
                     today: dt.date) -> None:
    """About ``per_person`` acquaintance rows per person: half within the person's
    department (colleagues), half across the account by preferential attachment.
    Each unordered pair appears once (a repeated pair is redrawn, up to three times)."""
    everyone = org.internal + org.outside
    if len(everyone) < 2 or per_person <= 0:
        return
    seen: set[tuple[str, str]] = set()
    out = d.of("knows")
    tickets = list(everyone)
    members = org.members
    dept_of = org.dept_of
    # lookup tables keep the inner loop to a few float draws per tie
    circle_table = [c for c, w in _OTHER_CIRCLES for _ in range(round(w * 100))]
    n_circles = len(circle_table)
    strengths = [round(0.1 + 0.85 * (i / 99) ** 1.5, 2) for i in range(100)]
    base = today.toordinal()
    dates = [dt.date.fromordinal(base - 200 - i) for i in range(0, 7000, 7)]
    n_dates = len(dates)
    rand = rng.random
    mean = per_person
    for src in everyone:
        k = int(rng.expovariate(1.0 / mean) + 0.5) if mean >= 1 else (1 if rand() < mean else 0)
        sdept = dept_of.get(src)
        mates = members.get(sdept or "", ())
        n_mates = len(mates)
        for _ in range(k):
            for _attempt in range(3):
                if n_mates and rand() < 0.5:
                    dst = mates[int(rand() * n_mates)]
                else:
                    dst = tickets[int(rand() * len(tickets))]
                if dst == src:
                    continue
                pair = (src, dst) if src < dst else (dst, src)
                if pair not in seen:
                    break
            else:
                continue
            seen.add(pair)
            tickets.append(dst)
            tickets.append(src)
            circle = "colleague" if sdept is not None and dept_of.get(dst) == sdept else \
                circle_table[int(rand() * n_circles)]
            out.append({"source": src, "target": dst, "strength": strengths[int(rand() * 100)],
                        "circle": circle, "since": dates[int(rand() * n_dates)]})
