"""Opportunities with their buying centers, and dated stances toward the vendors.

Examples
--------
>>> import random, datetime as dt
>>> from kamgraph.model import AccountData
>>> from kamgraph.synth.org import build_org
>>> d = AccountData(); rng = random.Random(0); today = dt.date(2026, 10, 1)
>>> org = build_org(d, rng, "a001", 0, 60, 3, today)
>>> add_opportunities(d, rng, org, today)
>>> {r["role"] for r in d["role"]} >= {"approver", "buyer", "decider"}
True
"""

from __future__ import annotations

import datetime as dt
import random

from kamgraph.model import US, AccountData
from kamgraph.records import StanceRecord
from kamgraph.synth.names import EVIDENCE, STAGES
from kamgraph.synth.org import Org

__all__ = ["add_opportunities", "add_stances", "stance_people"]

_TOPICS = (("核心网扩容", "Core Network Expansion"), ("数据中心升级", "Data Center Upgrade"),
           ("云平台建设", "Cloud Platform"), ("安全运营中心", "Security Operations Center"),
           ("智能运维", "AIOps"), ("传输网改造", "Transport Network Refresh"),
           ("园区网络", "Campus Network"), ("灾备系统", "Disaster Recovery"))
#: seven-point value -> field-scale values that map onto it
_TO_FIELD = {3: (5, 4), 2: (3,), 1: (2, 1), 0: (-1,), -1: (-2,), -2: (-3,), -3: (-5,)}


def _pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return rng.sample(pool, min(n, len(pool))) if pool else []


def add_opportunities(d: AccountData, rng: random.Random, org: Org, today: dt.date) -> None:
    """Two to six opportunities, each with its competitors and a buying center."""
    n = max(2, min(6, 1 + len(org.internal) // 100))
    execs_board = org.execs + [p for p in org.outside if org.rank[p] == 6]
    tech = sorted(org.technical)
    tech_senior = [p for p in tech if org.rank[p] >= 2] or tech
    tech_staff = [p for p in tech if org.rank[p] <= 2] or tech
    mid = [p for p in org.internal if 2 <= org.rank[p] <= 3]
    gate = org.office or org.internal
    for i in range(n):
        oid = f"{org.account}-o{i + 1:02d}"
        cn, en = _TOPICS[(i + rng.randrange(len(_TOPICS))) % len(_TOPICS)]
        comps = sorted(rng.sample(org.competitors, rng.randint(1, len(org.competitors))))
        d["opportunity"].append({
            "id": oid, "name": cn, "name_en": en, "stage": STAGES[rng.randrange(len(STAGES))],
            "value": float(rng.randrange(10, 5000) * 10000),
            "close_date": today + dt.timedelta(days=rng.randint(30, 400)), "competitors": comps})
        cast: list[tuple[str, list[str]]] = [
            ("decider", [org.ceo] if rng.random() < 0.5 else _pick(rng, org.execs, 1)),
            ("approver", _pick(rng, execs_board, rng.randint(1, 2))),
            ("buyer", _pick(rng, org.procurement, rng.randint(1, 2))),
            ("user", _pick(rng, tech_staff, rng.randint(3, 8))),
            ("influencer", _pick(rng, tech_senior, rng.randint(2, 6))),
            ("gatekeeper", _pick(rng, gate, rng.randint(1, 2))),
            ("initiator", _pick(rng, tech_senior, 1)),
            ("coach", _pick(rng, mid, rng.randint(0, 2))),
        ]
        seen: set[tuple[str, str]] = set()
        for role, people in cast:
            for pid in sorted(people):
                if (pid, role) not in seen:
                    seen.add((pid, role))
                    d["role"].append({"opportunity": oid, "person": pid, "role": role})
        # a bid-evaluation committee (issue 12): the influencers and buyers, by majority;
        # drawn without the random generator, so the rest of the account stays the same
        panel = sorted({p for role, ps in cast if role in ("influencer", "buyer") for p in ps})
        if len(panel) >= 3:
            d["body"].append({"id": f"{oid}-eval", "name": "评标委员会",
                              "name_en": "Bid-evaluation committee",
                              "type": "bid-evaluation-committee", "rule": "majority",
                              "chair": panel[0], "members": panel, "opportunity": oid})


def stance_people(d: AccountData, rng: random.Random, org: Org) -> list[str]:
    """People worth assessing: buying-center members, executives, top heads, outsiders,
    and a few more at random; in record order."""
    wanted = {r["person"] for r in d["role"]} | set(org.execs) | set(org.outside)
    wanted |= {p for p in org.internal if org.rank[p] >= 4}
    return [p["id"] for p in d["person"] if p["id"] in wanted or rng.random() < 0.05]


def add_stances(d: AccountData, rng: random.Random, org: Org, assessors: list[str],
                today: dt.date) -> list[str]:
    """Dated stance histories toward us and the competitors; returns the assessed people.

    Each person leans to one vendor (us, a competitor, or nobody); histories drift by
    one notch per assessment. One in ten assessments uses the field scale, and a
    competitor's strong supporter is sometimes recorded as field -10 toward us naming
    that competitor. Every assessment of one person has its own date, so keys stay
    unique whichever way a -10 is written.
    """
    people = stance_people(d, rng, org)
    vendors = [US, *org.competitors]
    out = d.of("stance")
    for pid in people:
        fav = vendors[rng.randrange(len(vendors))] if rng.random() < 0.7 else None
        plan: list[tuple[str, int]] = [(US, rng.randint(1, 3))]
        plan += [(c, rng.randint(1, 2)) for c in org.competitors if c == fav or rng.random() < 0.4]
        days = rng.sample(range(1, 540), sum(k for _, k in plan))
        days.sort(reverse=True)
        di = 0
        for toward, k in plan:
            level = rng.randint(1, 3) if toward == fav else rng.randint(-2, 1)
            for j in range(k):
                on = today - dt.timedelta(days=days[di])
                di += 1
                if j:
                    level = max(-3, min(3, level + rng.choice((-1, 0, 0, 1))))
                rec: StanceRecord = {"person": pid, "toward": toward, "value": level, "on": on}
                if toward != US and level == 2 and rng.random() < 0.3:
                    rec["toward"], rec["value"], rec["scale"] = US, -10, "field"
                    rec["competitor"] = toward
                elif rng.random() < 0.1:
                    vals = _TO_FIELD[level]
                    rec["value"], rec["scale"] = vals[rng.randrange(len(vals))], "field"
                if assessors and rng.random() < 0.9:
                    rec["by"] = assessors[rng.randrange(len(assessors))]
                if rng.random() < 0.6:
                    rec["evidence"] = EVIDENCE[rng.randrange(len(EVIDENCE))]
                out.append(rec)
    return people
