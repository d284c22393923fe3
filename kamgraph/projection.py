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
    ``interest_personal``, ``interest_org`` (利益诉求, text or None), ``alias`` (other
    names people call them by, a list),
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
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, cast

import networkx as nx

from kamgraph.errors import AnalysisError
from kamgraph.i18n import N_
from kamgraph.model import KIND_ORDER, KINDS, NODE_ORDER, US, AccountData, Edge, level_rank
from kamgraph.records import BodyAttrs, PersonAttrs, PersonRecord, Record, StanceEntry

#: Market-goal fields of accounts and opportunities; tender milestones of opportunities.
GOAL_FIELDS: tuple[str, ...] = ("goal_type", "goal_target", "goal_by")
TENDER_FIELDS: tuple[str, ...] = ("spec_date", "publish_date", "submit_date", "evaluation_date",
                                  "award_date")

__all__ = ["GOAL_FIELDS", "TENDER_FIELDS", "graph_from_data", "display_name", "people",
           "staff_members", "edges_of_type"]


def display_name(rec: Mapping[str, Any]) -> str:
    """``"王强 Wang Qiang"``, or whichever of the two names exists."""
    name = str(rec.get("name") or rec.get("title") or rec.get("id"))
    en = rec.get("name_en")
    return f"{name} {en}" if en and en != name else name


#: How a field is copied into the graph: (name, default, "list" | "bool" | "").
Copy = tuple[tuple[str, Any, str], ...]


@cache
def _copies(kind: str, names: tuple[str, ...]) -> Copy:
    out = []
    for name in names:
        f = KINDS[kind].field(name)
        how = "list" if f.type in ("list", "reflist") else "bool" if f.type == "bool" else ""
        out.append((name, f.default, how))
    return tuple(out)


def _copied(plan: Copy, rec: Mapping[str, Any]) -> dict[str, Any]:
    """Fields copied into the graph: unset takes the field's default; lists are copied."""
    out = {}
    for name, default, how in plan:
        value = rec.get(name)
        if value is None:
            value = default
        out[name] = list(value or []) if how == "list" else bool(value) if how == "bool" else value
    return out


class _Edges:
    """Adds the edges of one graph in bulk: each edge's attribute dict goes straight into
    the dict-of-dict-of-dict-of-dict that networkx documents for its multigraphs ("Subclasses
    (Advanced)": node -> neighbour -> key -> attributes, shared by ``_succ`` and ``_pred``),
    with the keys ``G.add_edge`` would give (0, 1, ... per ordered pair). ``G.add_edge``
    per edge (and ``add_edges_from``, which calls it) cost 3-4 times as much: on a
    500-person account, as much as the rest of the projection. :meth:`done` clears the
    graph's caches as ``add_edge`` does. tests/test_projection_store.py checks the result
    against ``add_edge``."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.succ, self.pred = G._succ, G._pred
        self.new_keys = G.edge_key_dict_factory

    def add(self, u: str, v: str, attrs: dict[str, object]) -> None:
        succ = self.succ
        if u not in succ or v not in succ:  # an end that is no record: a bare node, as add_edge
            self.G.add_nodes_from((u, v))
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = self.pred[v][u] = self.new_keys()
        keydict[len(keydict)] = attrs  # keys are 0, 1, ... : the count is the next one

    def done(self) -> None:
        nx._clear_cache(self.G)


#: Node attributes that are not copied fields, computed per record by kind.
Derive = Callable[[Record], Mapping[str, object]]


def _ranked(rec: Record) -> dict[str, int]:
    return {"rank": level_rank(rec.get("level"))}


def _stance_history(data: AccountData) -> dict[str, dict[str, list[StanceEntry]]]:
    """Per person and toward, the dated stances oldest first. Exclusive support for a
    competitor implies opposition to us unless a later assessment toward us says
    otherwise: a field-scale -10 ("leans to a competitor") means -3 toward us, a +3
    toward a competitor -2 toward us (same day: implied wins)."""
    history: dict[str, dict[str, list[StanceEntry]]] = defaultdict(lambda: defaultdict(list))
    stances = sorted(data["stance"], key=lambda s: (s["on"], s["toward"]))
    for s in stances:
        history[s["person"]][s["toward"]].append(
            {"value": s["value"], "on": s["on"], "by": s.get("by"), "evidence": s.get("evidence")})
    for s in stances:
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
    return history


def _person_derive(data: AccountData, opportunity: str | None) -> Derive:
    opp_roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in data["role"]:
        opp_roles[r["person"]][r["opportunity"]].append(r["role"])
    history = _stance_history(data)
    post_oversight = {p["id"]: p.get("oversight") for p in data["post"]}
    on_chart = {r["manager"] for r in data["reports_to"]} | {r["person"] for r in data[
        "reports_to"]} | {p["id"] for p in data["person"] if p.get("post")}

    def derive(rec: Record) -> PersonAttrs:
        p = cast(PersonRecord, rec)
        pid = p["id"]
        standing = list(p.get("roles") or [])
        by_opp = {k: sorted(set(v)) for k, v in opp_roles.get(pid, {}).items()}
        hist = {k: list(v) for k, v in history.get(pid, {}).items()}
        current = {k: v[-1]["value"] for k, v in hist.items()}
        affiliation = p.get("affiliation") or "internal"
        return {
            "rank": level_rank(p.get("level")), "affiliation": affiliation,
            "outside": affiliation != "internal" and pid not in on_chart,
            "oversight": p.get("oversight") or post_oversight.get(p.get("post") or "") or None,
            "roles": by_opp.get(opportunity, []) if opportunity else standing,
            "standing_roles": standing, "opportunity_roles": by_opp,
            "stance": current.get(US), "stances": current, "stance_history": hist,
            "trend": {k: (v[-1]["value"] - v[-2]["value"]) if len(v) > 1 else None
                      for k, v in hist.items()},
        }

    return derive


def _derivers(data: AccountData, opportunity: str | None) -> dict[str, Derive]:
    """Kind -> the function giving the derived node attributes of its records."""
    return {"post": _ranked, "staff": _ranked, "person": _person_derive(data, opportunity)}


def _bodies(data: AccountData, opportunity: str | None) -> dict[str, BodyAttrs]:
    """The decision bodies in scope: those of the scoped opportunity and those tied to none."""
    return {
        b["id"]: {"name": b.get("name"), "label": display_name(b), "type": b.get("type") or "other",
                  "rule": b.get("rule") or "majority", "chair": b.get("chair"),
                  "members": sorted(set(b.get("members") or []) | (
                      {b["chair"]} if b.get("chair") else set())),
                  "opportunity": b.get("opportunity")}
        for b in data["body"] if b.get("opportunity") in (None, opportunity)}


def _link_edges(edges: _Edges, e: Edge, rec: Record, account: str) -> None:
    """The edges of one link field of a node record (see :class:`~kamgraph.model.Edge`)."""
    value = rec.get(e.target) if e.target else None
    targets = value if isinstance(value, list) else [value] if value else []
    if not targets and e.to_account:
        targets = [account]
    attrs = {a: rec.get(f) if f else None for a, f in cast(tuple[tuple[str, str], ...], e.attrs
                                                             or ())}
    for t in targets:
        u, v = (t, rec["id"]) if e.reverse else (rec["id"], t)
        edges.add(u, v, {"type": e.type, **attrs})


def graph_from_data(
    data: AccountData, opportunity: str | None = None, *, include_private: bool = False
) -> nx.MultiDiGraph:
    """Build the projection of one account, optionally scoped to one opportunity.

    A loop over the kinds of :data:`~kamgraph.model.KINDS`: each kind with ``node``
    becomes nodes (its listed fields copied, the rest derived), its link fields
    edges (``edges``), and each relationship kind edges of its own (``edge``).

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
        raise AnalysisError(N_("account {account!r} has no opportunity {opportunity!r}"),
                            account=acc["id"], opportunity=opportunity)
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
    derivers = _derivers(data, opportunity)
    nodes = [kind for kind in KIND_ORDER if KINDS[kind].node is not None]
    for kind in sorted(nodes, key=lambda n: NODE_ORDER.index(n) if n in NODE_ORDER
                       else len(NODE_ORDER)):
        k = KINDS[kind]
        assert k.node is not None
        if not data[kind]:
            continue
        derive = derivers.get(kind)
        # the attributes the kind's derive function gives (it gives the same for every record)
        derived = set(derive(data[kind][0])) if derive else set()
        plan = _copies(kind, tuple(a for a in k.node if a not in derived))
        for rec in data[kind]:
            extra = {**_copied(plan, rec), **(derive(rec) if derive else {})}
            attrs = {a: extra[a] for a in k.node}
            if include_private and k.private_fields:
                attrs["private"] = {f: rec.get(f) for f in k.private_fields
                                    if rec.get(f) is not None}
            G.add_node(rec["id"], kind=kind, name=rec.get("name") or rec.get("title"),
                       name_en=rec.get("name_en"), label=display_name(rec),
                       attributes=dict(rec.get("attributes") or {}), **attrs)
    edges = _Edges(G)
    for kind in KIND_ORDER:
        k = KINDS[kind]
        for e in k.edges:
            for rec in data[kind]:
                _link_edges(edges, e, rec, acc["id"])
        if k.edge is not None:
            e = k.edge
            names = cast(tuple[str, ...] | None, e.attrs) or tuple(
                f.name for f in k.fields if f.name not in (e.source, e.target))
            plan = _copies(kind, names)
            for rec in data[kind]:
                edges.add(rec[e.source], rec[e.target], {"type": e.type, **_copied(plan, rec)})
    edges.done()
    G.graph["bodies"] = _bodies(data, opportunity)
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
