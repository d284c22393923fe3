"""Our side of a synthetic account: the staff pool, account teams and coverage.

Staff are global and shared across accounts; a few have left (``active: false``)
but still own people, which is one of the coverage gaps the analyzers must find.
Owners A/B are assigned with deliberate gaps (no A, no B, A = B), owners usually
but not always know their people, executives sponsor top people, channels inform
on key people, and dated interactions of varying depth record the contact.
Staff outside an account's team know a few of its people as alumni, former
colleagues or friends: these ties join the accounts into one acquaintance network.

Examples
--------
>>> import random
>>> pool = staff_pool(random.Random(0), 10)
>>> len(pool) >= 12, all(s["id"].startswith("s") for s in pool)
(True, True)
"""

from __future__ import annotations

import datetime as dt
import random

from kamgraph.model import AccountData
from kamgraph.records import InformsRecord, StaffRecord
from kamgraph.synth.names import SUMMARIES, person_name
from kamgraph.synth.org import Org

__all__ = ["staff_pool", "pick_team", "add_coverage"]

_FUNCTIONS = (
    ("sales", "Account Manager", "manager", (250, 600)),
    ("sales", "Account Director", "director", (200, 450)),
    ("solutions", "Solution Expert", "manager", (250, 600)),
    ("delivery", "Delivery Lead", "manager", (300, 600)),
    ("service", "Service Manager", "staff", (300, 600)),
)
_EXECUTIVES = (("CEO", "c-level"), ("President, Carrier BG", "c-level"),
               ("VP Sales", "vp"), ("VP Solutions", "vp"), ("VP Delivery", "vp"),
               ("Regional President", "vp"), ("CTO", "c-level"), ("VP Enterprise BG", "vp"))
_KINDS = ("visit", "visit", "meal", "event", "call", "call", "email", "key-date", "other")
_STAFF_CIRCLES = ("alumni", "former-colleague", "school", "friend", "club", "neighbour")


def staff_pool(rng: random.Random, accounts: int) -> list[StaffRecord]:
    """Our people: executives plus about three staff per account, some inactive."""
    pool: list[StaffRecord] = []
    n_exec = min(len(_EXECUTIVES), 3 + accounts // 15)
    for i in range(n_exec):
        title, level = _EXECUTIVES[i]
        name, en = person_name(rng)
        pool.append({"id": f"s{len(pool) + 1:04d}", "name": name, "name_en": en, "title": title,
                     "level": level, "function": "executive",
                     "capacity_hours": float(rng.randrange(60, 160, 20)), "active": True})
    for _ in range(max(9, accounts * 3 + 5)):
        function, title, level, (lo, hi) = _FUNCTIONS[rng.randrange(len(_FUNCTIONS))]
        name, en = person_name(rng)
        pool.append({"id": f"s{len(pool) + 1:04d}", "name": name, "name_en": en, "title": title,
                     "level": level, "function": function,
                     "capacity_hours": float(rng.randrange(lo, hi, 50)),
                     "active": rng.random() >= 0.04})
    return pool


def pick_team(rng: random.Random, pool: list[StaffRecord], people: int) -> list[str]:
    """An account team: one or two executives and some sales, solutions, delivery staff."""
    execs = [s["id"] for s in pool if s["function"] == "executive"]
    others = [s["id"] for s in pool if s["function"] != "executive"]
    size = max(3, min(len(others), 3 + people // 80))
    team = rng.sample(execs, min(len(execs), rng.randint(1, 2))) + rng.sample(others, size)
    return sorted(team)


def add_coverage(d: AccountData, rng: random.Random, org: Org, pool: list[StaffRecord],
                 team: list[str], key: list[str], today: dt.date) -> None:
    """Owners, staff ties, sponsors, channels and interactions for account ``org``."""
    by_id = {s["id"]: s for s in pool}
    execs = [s for s in team if by_id[s]["function"] == "executive"]
    field = [s for s in team if by_id[s]["function"] != "executive"] or team
    base = today.toordinal()

    def when(lo: int, hi: int) -> dt.date:
        return dt.date.fromordinal(base - rng.randint(lo, hi))

    knows_seen: set[tuple[str, str]] = set()

    def knows(s: str, p: str, lo: float, circle: str) -> None:
        if (s, p) not in knows_seen:
            knows_seen.add((s, p))
            d["knows"].append({"source": s, "target": p,
                               "strength": round(lo + (0.95 - lo) * rng.random(), 2),
                               "circle": circle, "since": when(30, 3000)})

    owners: dict[str, list[str]] = {}
    for pid in key:
        a = field[rng.randrange(len(field))]
        b = field[rng.randrange(len(field))]
        mine: list[str] = []
        if rng.random() >= 0.08:
            d["owns"].append({"staff": a, "person": pid, "role": "A", "since": when(30, 900)})
            mine.append(a)
        if rng.random() >= 0.25:
            if b == a and len(field) > 1 and rng.random() >= 0.1:
                b = next(s for s in field if s != a)
            d["owns"].append({"staff": b, "person": pid, "role": "B", "since": when(30, 900)})
            mine.append(b)
        owners[pid] = mine
        for s in mine:
            if rng.random() < 0.85:
                knows(s, pid, 0.3, "business")
    senior = [p for p in key if org.rank[p] >= 5]
    for pid in senior:
        if execs and rng.random() < 0.6:
            d["sponsors"].append({"staff": execs[rng.randrange(len(execs))], "person": pid,
                                  "since": when(60, 1200)})
            if rng.random() < 0.5:
                knows(d["sponsors"][-1]["staff"], pid, 0.4, "business")

    # team members know a few more people; outsiders of the team know some as old friends
    everyone = org.internal + org.outside
    for _ in range(max(1, len(everyone) // 20)):
        knows(team[rng.randrange(len(team))], everyone[rng.randrange(len(everyone))], 0.2,
              "customer")
    others = [s["id"] for s in pool if s["id"] not in set(team)]
    for _ in range(max(1, len(everyone) // 25)):
        if others:
            knows(others[rng.randrange(len(others))], everyone[rng.randrange(len(everyone))], 0.3,
                  _STAFF_CIRCLES[rng.randrange(len(_STAFF_CIRCLES))])

    # information channels: from owners or coaches, sometimes via someone
    coaches = sorted({r["person"] for r in d["role"] if r["role"] == "coach"}) or org.internal
    for pid in key:
        if rng.random() < 0.3:
            continue
        srcs: set[str] = set()
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.5:
                src = (owners[pid] or field)[0]
            else:
                src = coaches[rng.randrange(len(coaches))]
            if src == pid or src in srcs:
                continue
            srcs.add(src)
            rec: InformsRecord = {"source": src, "target": pid,
                                  "reliability": round(0.3 + 0.7 * rng.random(), 2),
                                  "since": when(30, 1500)}
            if rng.random() < 0.3:
                via = field[rng.randrange(len(field))]
                if via != src:
                    rec["via"] = via
            d.of("informs").append(rec)

    # interactions: mostly office, some social, a few in the family circle
    n = 0
    for pid in key:
        staff = owners[pid] or field
        for _ in range(int(rng.expovariate(1 / 2.5))):
            n += 1
            kind = _KINDS[rng.randrange(len(_KINDS))]
            x = rng.random()
            depth = "family" if x < 0.05 else "social" if x < 0.25 or kind == "meal" else "office"
            if depth == "family":
                kind = "home-visit"
            d["interaction"].append({
                "id": f"{org.account}-i{n:05d}", "staff": staff[rng.randrange(len(staff))],
                "person": pid, "on": when(1, 540), "kind": kind, "depth": depth,
                "summary": SUMMARIES[rng.randrange(len(SUMMARIES))]})
