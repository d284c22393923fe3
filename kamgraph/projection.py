"""The networkx projection of one account: the only input the analyzers get.

:func:`graph_from_data` builds it from an :class:`~kamgraph.model.AccountData`;
:func:`kamgraph.store.project` reads the account from the store and calls it.

The graph is a :class:`networkx.MultiDiGraph` keyed by record id (ids are unique
across kinds within one account). Every node has ``kind`` and every edge ``type``.

Graph attributes
    ``account`` (id), ``account_name``, ``tier``, ``opportunity`` (id or None),
    ``competitors`` ({id: display name}: the opportunity's competitors when scoped,
    else the account's), ``private`` (bool: private fields included),
    ``bodies`` ({id: {name, label, type, rule, chair, members, opportunity}}: the decision
    bodies in scope, those of the scoped opportunity and those tied to none).

Node attributes (all kinds)
    ``kind`` (account|department|post|person|staff|competitor|opportunity),
    ``name``, ``name_en``, ``label`` ("王强 Wang Qiang"), ``attributes`` (the free
    properties of the record, ``{}`` when none).

Person nodes add
    ``title``, ``level``, ``rank`` (1 staff .. 6 board, 0 unknown), ``department``,
    ``post``, ``affiliation``, ``outside`` (not on the formal org chart: an affiliation
    other than internal, unless they hold a post of the account or someone reports to
    them, like a chairman or Party secretary at the top of the chart),
    ``oversight`` (discipline|audit|tender-office|evaluation-expert, their own or their
    current post's, or None: keep procedurally neutral),
    ``roles`` (roles in the scoped opportunity, else the standing roles),
    ``standing_roles``, ``opportunity_roles`` ({opportunity id: [roles]}),
    ``stance`` (current stance toward us, -3..3, or None; exclusive support for a
    competitor, +3 or a field-scale -10, implies -2 or -3 toward us unless a later
    assessment toward us says otherwise: history entries marked ``implied``),
    ``stances`` ({toward: current value}, toward = "us" or competitor id),
    ``stance_history`` ({toward: [{value, on, by, evidence}, ...] oldest first}),
    ``trend`` ({toward: latest minus previous value, or None}),
    ``interest_personal``, ``interest_org`` (利益诉求, text or None),
    ``oversight`` (truthy text: keep procedurally neutral, never work on them),
    and ``private`` ({family, hobbies, home_area, notes}) only when asked for.

Staff nodes add
    ``title``, ``level``, ``rank``, ``function``, ``capacity_hours``, ``active``,
    ``supervisor`` (staff id of the direct supervisor, or None).

Account and opportunity nodes add the market goal ``goal_type``, ``goal_target``,
``goal_by``; opportunities also ``stage``, ``value``, ``close_date`` and the tender
milestones ``spec_date``, ``publish_date``, ``submit_date``, ``evaluation_date``,
``award_date``. Department nodes add ``faced_by`` (our functions facing them).

Edges (``type``: direction, attributes)
    ``INFLUENCES``: source sways target; ``strength``, ``basis``, ``visibility``; one
    edge per basis when a pair has several (multiplex).
    ``REPORTS_TO``: person -> manager.
    ``KNOWS``: staff|person -> person; ``strength``, ``circle``, ``since``.
    ``OWNS``: staff -> person; ``role`` ("A"|"B"), ``since``.
    ``SPONSORS``: staff -> person; ``since``.
    ``INFORMS``: staff|person -> person; ``via``, ``reliability``, ``since``.
    ``INTERACTED``: staff -> person; ``id``, ``on``, ``kind``, ``depth``, ``summary``,
    ``initiative``.
    ``MEMBER_OF``: person -> department.  ``PART_OF``: department -> department|account.
    ``HOLDS``: person -> post; ``since``, ``until``.
    ``HAS_ROLE``: person -> opportunity; ``role``.
    ``COMPETES_IN``: competitor -> opportunity.  ``COMPETES_FOR``: competitor -> account.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kamgraph.errors import AnalysisError
from kamgraph.model import PRIVATE_FIELDS, US, AccountData, level_rank

#: Market-goal fields of accounts and opportunities; tender milestones of opportunities.
GOAL_FIELDS: tuple[str, ...] = ("goal_type", "goal_target", "goal_by")
TENDER_FIELDS: tuple[str, ...] = ("spec_date", "publish_date", "submit_date", "evaluation_date",
                                  "award_date")

__all__ = ["GOAL_FIELDS", "TENDER_FIELDS", "graph_from_data", "display_name", "people",
           "staff_members", "edges_of_type"]


def display_name(rec: dict[str, Any]) -> str:
    """``"王强 Wang Qiang"``, or whichever of the two names exists."""
    name = str(rec.get("name") or rec.get("title") or rec.get("id"))
    en = rec.get("name_en")
    return f"{name} {en}" if en and en != name else name


def graph_from_data(
    data: AccountData, opportunity: str | None = None, *, include_private: bool = False
) -> nx.MultiDiGraph:
    """Build the projection of one account, optionally scoped to one opportunity.

    Examples
    --------
    >>> from kamgraph.model import AccountData
    >>> d = AccountData()
    >>> d["account"].append({"id": "acme", "name": "Acme"})
    >>> d["person"].append({"id": "ceo", "name": "王强", "name_en": "Wang Qiang",
    ...                     "level": "c-level"})
    >>> G = graph_from_data(d)
    >>> G.nodes["ceo"]["label"], G.nodes["ceo"]["rank"], G.nodes["ceo"]["stance"]
    ('王强 Wang Qiang', 5, None)
    """
    acc = data["account"][0]
    opp_ids = {o["id"] for o in data["opportunity"]}
    if opportunity is not None and opportunity not in opp_ids:
        raise AnalysisError(f"account {acc['id']!r} has no opportunity {opportunity!r}")
    comps = {c["id"]: display_name(c) for c in data["competitor"]}
    if opportunity is not None:
        opp = next(o for o in data["opportunity"] if o["id"] == opportunity)
        scoped = opp.get("competitors") or []
        if scoped:
            comps = {c: comps[c] for c in scoped if c in comps}
    G = nx.MultiDiGraph(
        account=acc["id"], account_name=display_name(acc), tier=acc.get("tier"),
        opportunity=opportunity, competitors=comps, private=include_private,
    )

    def node(kind: str, rec: dict[str, Any], **extra: Any) -> None:
        G.add_node(rec["id"], kind=kind, name=rec.get("name") or rec.get("title"),
                   name_en=rec.get("name_en"), label=display_name(rec),
                   attributes=dict(rec.get("attributes") or {}), **extra)

    node("account", acc, tier=acc.get("tier"), industry=acc.get("industry"),
         **{f: acc.get(f) for f in GOAL_FIELDS})
    for c in data["competitor"]:
        node("competitor", c)
        G.add_edge(c["id"], acc["id"], type="COMPETES_FOR")
    for d in data["department"]:
        node("department", d, parent=d.get("parent"), faced_by=list(d.get("faced_by") or []))
    for d in data["department"]:
        G.add_edge(d["id"], d.get("parent") or acc["id"], type="PART_OF")
    for p in data["post"]:
        node("post", p, title=p["title"], level=p["level"], rank=level_rank(p["level"]),
             department=p.get("department"), key=bool(p.get("key")))
        G.add_edge(p["id"], p.get("department") or acc["id"], type="PART_OF")
    for o in data["opportunity"]:
        node("opportunity", o, stage=o.get("stage"), value=o.get("value"),
             close_date=o.get("close_date"), competitors=list(o.get("competitors") or []),
             **{f: o.get(f) for f in GOAL_FIELDS + TENDER_FIELDS})
        for c in o.get("competitors") or []:
            G.add_edge(c, o["id"], type="COMPETES_IN")
    for s in data["staff"]:
        node("staff", s, title=s.get("title"), level=s.get("level"),
             rank=level_rank(s.get("level")), function=s.get("function"),
             capacity_hours=s.get("capacity_hours"), active=s.get("active", True) is not False,
             supervisor=s.get("supervisor"))

    opp_roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in data["role"]:
        opp_roles[r["person"]][r["opportunity"]].append(r["role"])
    history: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for s in sorted(data["stance"], key=lambda s: (s["on"], s["toward"])):
        history[s["person"]][s["toward"]].append(
            {"value": s["value"], "on": s["on"], "by": s.get("by"), "evidence": s.get("evidence")})
    # Exclusive support for a competitor implies opposition to us unless a later
    # assessment toward us says otherwise: a field-scale -10 ("leans to a competitor")
    # means -3 toward us, a +3 toward a competitor -2 toward us (same day: implied wins).
    for s in sorted(data["stance"], key=lambda s: (s["on"], s["toward"])):
        if s["toward"] == US:
            continue
        leans = s.get("scale") == "field" and s.get("raw") == -10
        if not leans and s["value"] < 3:
            continue
        us_hist = history[s["person"]][US]
        us_hist.append({"value": -3 if leans else -2, "on": s["on"], "by": s.get("by"),
                        "evidence": f"implied: {'leans to' if leans else 'exclusive supporter of'}"
                                    f" {s['toward']}", "implied": True})
        us_hist.sort(key=lambda h: (h["on"], bool(h.get("implied"))))

    post_oversight = {p["id"]: p.get("oversight") for p in data["post"]}
    on_chart = {r["manager"] for r in data["reports_to"]} | {r["person"] for r in data[
        "reports_to"]} | {p["id"] for p in data["person"] if p.get("post")}
    for p in data["person"]:
        pid = p["id"]
        standing = list(p.get("roles") or [])
        by_opp = {k: sorted(set(v)) for k, v in opp_roles.get(pid, {}).items()}
        hist = {k: list(v) for k, v in history.get(pid, {}).items()}
        current = {k: v[-1]["value"] for k, v in hist.items()}
        trend = {k: (v[-1]["value"] - v[-2]["value"]) if len(v) > 1 else None
                 for k, v in hist.items()}
        extra: dict[str, Any] = {}
        if include_private:
            extra["private"] = {f: p.get(f) for f in PRIVATE_FIELDS if p.get(f) is not None}
        affiliation = p.get("affiliation") or "internal"
        node("person", p, title=p.get("title"), level=p.get("level"),
             rank=level_rank(p.get("level")), department=p.get("department"),
             post=p.get("post"), affiliation=affiliation,
             outside=affiliation != "internal" and pid not in on_chart,
             oversight=p.get("oversight") or post_oversight.get(p.get("post") or "") or None,
             roles=by_opp.get(opportunity, []) if opportunity else standing,
             standing_roles=standing, opportunity_roles=by_opp,
             stance=current.get(US), stances=current, stance_history=hist, trend=trend,
             interest_personal=p.get("interest_personal"), interest_org=p.get("interest_org"),
             **extra)
        if p.get("department"):
            G.add_edge(pid, p["department"], type="MEMBER_OF")
        if p.get("post"):
            G.add_edge(pid, p["post"], type="HOLDS", since=p.get("post_since"), until=None)

    G.graph["bodies"] = {
        b["id"]: {"name": b.get("name"), "label": display_name(b), "type": b.get("type") or "other",
                  "rule": b.get("rule") or "majority", "chair": b.get("chair"),
                  "members": sorted(set(b.get("members") or []) | (
                      {b["chair"]} if b.get("chair") else set())),
                  "opportunity": b.get("opportunity")}
        for b in data["body"] if b.get("opportunity") in (None, opportunity)}
    for h in data["position"]:
        G.add_edge(h["person"], h["post"], type="HOLDS", since=h["since"], until=h.get("until"))
    for r in data["reports_to"]:
        G.add_edge(r["person"], r["manager"], type="REPORTS_TO")
    for r in data["influence"]:
        G.add_edge(r["source"], r["target"], type="INFLUENCES", strength=r["strength"],
                   basis=r.get("basis") or "other", visibility=r.get("visibility") or "formal")
    for r in data["role"]:
        G.add_edge(r["person"], r["opportunity"], type="HAS_ROLE", role=r["role"])
    for r in data["owns"]:
        G.add_edge(r["staff"], r["person"], type="OWNS", role=r["role"], since=r.get("since"))
    for r in data["knows"]:
        G.add_edge(r["source"], r["target"], type="KNOWS", strength=r["strength"],
                   circle=r.get("circle") or "other", since=r.get("since"))
    for r in data["sponsors"]:
        G.add_edge(r["staff"], r["person"], type="SPONSORS", since=r.get("since"))
    for r in data["informs"]:
        G.add_edge(r["source"], r["target"], type="INFORMS", via=r.get("via"),
                   reliability=r.get("reliability"), since=r.get("since"))
    for r in data["interaction"]:
        G.add_edge(r["staff"], r["person"], type="INTERACTED", id=r["id"], on=r["on"],
                   kind=r.get("kind") or "other", depth=r.get("depth") or "office",
                   summary=r.get("summary"), initiative=r.get("initiative"))
    return G


def people(G: nx.MultiDiGraph) -> list[str]:
    """Ids of the person nodes, sorted."""
    return sorted(n for n, k in G.nodes(data="kind") if k == "person")


def staff_members(G: nx.MultiDiGraph) -> list[str]:
    """Ids of the staff nodes, sorted."""
    return sorted(n for n, k in G.nodes(data="kind") if k == "staff")


def edges_of_type(G: nx.MultiDiGraph, type: str) -> list[tuple[str, str, dict[str, Any]]]:
    """``(u, v, data)`` of every edge of one type, in a stable order."""
    return sorted(((u, v, d) for u, v, d in G.edges(data=True) if d.get("type") == type),
                  key=lambda e: (e[0], e[1], sorted((k, str(x)) for k, x in e[2].items())))
