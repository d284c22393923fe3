"""The formal side of a synthetic account: departments, posts, people, hierarchy.

:func:`build_org` fills an :class:`~kamgraph.model.AccountData` with the account,
its competitors, nested departments, key posts with job history, the people
(executives, department heads, managers, staff and a few outsiders who can sway
the account) and the ``reports_to`` tree, and returns an :class:`Org` index the
later steps (ties, opportunities, coverage) draw on.

Examples
--------
>>> import random, datetime as dt
>>> from kamgraph.model import AccountData
>>> d = AccountData()
>>> org = build_org(d, random.Random(0), "a001", 0, 40, 3, dt.date(2026, 10, 1))
>>> len(d["person"]), len(d["reports_to"]) == len(org.internal) - 1
(40, True)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from kamgraph.model import AccountData, level_rank
from kamgraph.records import PersonRecord, PostRecord
from kamgraph.synth.names import (
    COMPETITORS,
    EXEC_POSTS,
    HOBBIES,
    HOME_AREAS,
    INDUSTRIES,
    PROVINCES,
    SUB_UNITS,
    TOP_DEPARTMENTS,
    person_name,
)

__all__ = ["Org", "build_org", "MIN_PEOPLE"]

#: The smallest account the generator builds (CEO, execs, three departments, outsiders).
MIN_PEOPLE = 12
_TIERS = ("S",) * 1 + ("A",) * 2 + ("B",) * 4 + ("C",) * 3


@dataclass
class Org:
    """Indexes over one generated account that the later steps use."""

    account: str
    competitors: list[str]
    ceo: str
    execs: list[str]                       # CEO first, then the other c-levels
    internal: list[str]                    # everyone on the org chart
    outside: list[str]                     # board, family, friends, regulators, consultants
    rank: dict[str, int]
    dept_of: dict[str, str]
    members: dict[str, list[str]]          # department -> people (head first)
    heads: dict[str, str]                  # department -> head
    technical: set[str] = field(default_factory=set)
    procurement: list[str] = field(default_factory=list)
    office: list[str] = field(default_factory=list)
    manager_of: dict[str, str] = field(default_factory=dict)


def _account(d: AccountData, rng: random.Random, acc: str, index: int, ncomp: int) -> list[str]:
    pid, pcn, pen = PROVINCES[index % len(PROVINCES)]
    iid, icn, ien, industry = INDUSTRIES[(index // len(PROVINCES)) % len(INDUSTRIES)]
    lap = index // (len(PROVINCES) * len(INDUSTRIES))
    suffix = f" {lap + 1}" if lap else ""
    d["account"].append({"id": acc, "name": f"{pcn}{icn}{suffix}",
                         "name_en": f"{pen} {ien}{suffix}",
                         "tier": _TIERS[rng.randrange(len(_TIERS))], "industry": industry,
                         "region": pen})
    n = max(1, min(len(COMPETITORS), rng.randint(max(1, ncomp - 1), ncomp)))
    chosen = sorted(rng.sample(range(len(COMPETITORS)), n))
    for i in chosen:
        cid, cn, en = COMPETITORS[i]
        d["competitor"].append({"id": cid, "name": cn, "name_en": en})
    return [COMPETITORS[i][0] for i in chosen]


def _person(rng: random.Random, pid: str, title: str, level: str, *,
            department: str | None = None, post: str | None = None,
            post_since: dt.date | None = None, roles: list[str] | None = None,
            affiliation: str | None = None) -> PersonRecord:
    name, en = person_name(rng)
    rec: PersonRecord = {"id": pid, "name": name, "name_en": en, "title": title, "level": level}
    if department is not None:
        rec["department"] = department
    if post is not None:
        rec["post"] = post
    if post_since is not None:
        rec["post_since"] = post_since
    if roles is not None:
        rec["roles"] = roles
    if affiliation is not None:
        rec["affiliation"] = affiliation
    return rec


def build_org(d: AccountData, rng: random.Random, acc: str, index: int, people: int,
              competitors: int, today: dt.date) -> Org:
    """Generate the formal structure of account ``acc`` with ``people`` people."""
    comps = _account(d, rng, acc, index, competitors)
    n_out = max(2, round(people * 0.03))
    n_int = people - n_out
    n_exec = max(2, min(1 + len(EXEC_POSTS), n_int // 60 + 2))
    n_dept = max(3, min(n_int // 14, (n_int - n_exec) // 2))
    n_top = max(3, min(len(TOP_DEPARTMENTS), n_dept // 3 + 2))
    seq = iter(range(1, 10**7))

    def new_id(prefix: str) -> str:
        return f"{acc}-{prefix}{next(seq):04d}"

    # departments: the first n_top are top level, the rest nest up to three deep
    depts: list[tuple[str, str, str, bool, int]] = []  # id, name, name_en, technical, depth
    for i in range(n_top):
        cn, en, tech = TOP_DEPARTMENTS[i]
        did = new_id("d")
        depts.append((did, cn, en, tech, 0))
        d["department"].append({"id": did, "name": cn, "name_en": en})
    while len(depts) < n_dept:
        parent = depts[rng.randrange(len(depts))]
        if parent[4] >= 2 and rng.random() < 0.7:
            continue
        scn, sen = SUB_UNITS[rng.randrange(len(SUB_UNITS))]
        did = new_id("d")
        depts.append((did, parent[1] + scn, f"{parent[2]} {sen}", parent[3], parent[4] + 1))
        d["department"].append({"id": did, "name": parent[1] + scn, "name_en": f"{parent[2]} {sen}",
                                "parent": parent[0]})
    parent_of = {r["id"]: r.get("parent") for r in d["department"]}

    org = Org(account=acc, competitors=comps, ceo="", execs=[], internal=[], outside=[],
              rank={}, dept_of={}, members={x[0]: [] for x in depts}, heads={})

    def add(rec: PersonRecord, manager: str | None) -> str:
        d.of("person").append(rec)
        pid = str(rec["id"])
        org.rank[pid] = level_rank(rec.get("level"))
        if rec.get("affiliation", "internal") == "internal":
            org.internal.append(pid)
            if manager:
                d["reports_to"].append({"person": pid, "manager": manager})
                org.manager_of[pid] = manager
        else:
            org.outside.append(pid)
        if rec.get("department"):
            org.dept_of[pid] = rec["department"]
            org.members[rec["department"]].append(pid)
        return pid

    def post(title: str, level: str, dept: str | None, key: bool) -> str:
        pid = new_id("post")
        rec: PostRecord = {"id": pid, "title": title, "level": level, "key": key}
        if dept:
            rec["department"] = dept
        d.of("post").append(rec)
        return pid

    def since() -> dt.date:
        return today - dt.timedelta(days=rng.randint(60, 2500))

    office = depts[0][0]
    ceo_post = post("总经理 CEO", "c-level", None, True)
    org.ceo = add(_person(rng, new_id("p"), "总经理 CEO", "c-level", post=ceo_post,
                          post_since=since(), roles=["decider"]), None)
    org.execs.append(org.ceo)
    for cn, en, tech in EXEC_POSTS[: n_exec - 1]:
        p = post(f"{cn} {en}", "c-level", None, True)
        pid = add(_person(rng, new_id("p"), f"{cn} {en}", "c-level", post=p, post_since=since()),
                  org.ceo)
        org.execs.append(pid)
        if tech:
            org.technical.add(pid)

    # department heads: top-level heads report to an executive, the others to the parent head
    for i, (did, cn, en, tech, depth) in enumerate(depts):
        if depth == 0:
            level = "vp" if i < 2 else "director"
        else:
            level = "director" if depth == 1 else "manager"
        title = f"{cn}总经理 Head of {en}" if depth == 0 else f"{cn}主任 Head of {en}"
        p = post(title, level, did, depth == 0)
        boss = org.execs[i % len(org.execs)] if depth == 0 else org.heads[parent_of[did] or ""]
        pid = add(_person(rng, new_id("p"), title, level, department=did, post=p,
                          post_since=since(),
                          roles=["buyer"] if en == "Procurement" else None), boss)
        org.heads[did] = pid
        if tech:
            org.technical.add(pid)

    # the rest of the chart: sizes are skewed, managers take up to eight reports each
    left = n_int - len(org.internal)
    weights = [rng.paretovariate(1.6) for _ in depts]
    total = sum(weights)
    quota = [int(left * w / total) for w in weights]
    for i in range(left - sum(quota)):
        quota[i % len(quota)] += 1
    for (did, cn, en, tech, depth), q in zip(depts, quota, strict=True):
        head = org.heads[did]
        managers: list[str] = []
        n_mgr = q // 9 if depth < 2 else 0
        for _ in range(n_mgr):
            managers.append(add(_person(rng, new_id("p"), f"{cn}经理 {en} Manager", "manager",
                                        department=did), head))
        for k in range(q - n_mgr):
            boss = managers[k % len(managers)] if managers else head
            if did == office and k < 2:
                title, roles = "总经理秘书 Executive Assistant", ["gatekeeper"]
            else:
                title, roles = (f"{en} Engineer" if tech else f"{en} Specialist"), None
            pid = add(_person(rng, new_id("p"), title, "staff", department=did, roles=roles), boss)
            if did == office:
                org.office.append(pid)
        for pid in org.members[did]:
            if tech:
                org.technical.add(pid)
            if en == "Procurement":
                org.procurement.append(pid)

    # people off the chart who sway it
    kinds = (("board", "董事 Board Director", "board"), ("family", None, None),
             ("friend", None, None), ("regulator", "监管处长 Regulator", "director"),
             ("consultant", "顾问 Consultant", None))
    for i in range(n_out):
        kind = kinds[i % len(kinds)] if i < len(kinds) else kinds[rng.randrange(len(kinds))]
        aff, out_title, out_level = kind
        rec = _person(rng, new_id("p"), out_title or "", out_level or "", affiliation=aff)
        if not out_title:
            del rec["title"]
        if not out_level:
            del rec["level"]
        add(rec, None)

    # job history: some post holders held another post before; some posts had a prior holder
    holders = [p for p in d["person"] if p.get("post")]
    posts = [p["id"] for p in d["post"]]
    for h in holders:
        if rng.random() < 0.35 and len(posts) > 1:
            prev = posts[rng.randrange(len(posts))]
            if prev != h["post"]:
                start = h["post_since"] - dt.timedelta(days=rng.randint(400, 2000))
                d["position"].append({"person": h["id"], "post": prev, "since": start,
                                      "until": h["post_since"]})
    # private details for a share of senior people
    for rec in d.of("person"):
        if org.rank[rec["id"]] >= 4 and rng.random() < 0.4:
            rec["hobbies"] = HOBBIES[rng.randrange(len(HOBBIES))]
            rec["home_area"] = HOME_AREAS[rng.randrange(len(HOME_AREAS))]
            if rng.random() < 0.5:
                rec["family"] = f"spouse: {person_name(rng)[1]}"
    return org
