"""Small account graphs built in code, for examples, doctests, notebooks and the tests.

Like networkx's small graph generators, with one builder behind them all:

* :class:`Account` builds an account's records step by step (``.person(...)``,
  ``.infl(...)``, ``.owns(...)`` ..., each returning the builder) or from records per
  kind (``.add(person=[...], knows=[...])``), then gives ``.data`` (an
  :class:`~kamgraph.model.AccountData`) or ``.graph()`` (its projection,
  :func:`kamgraph.projection.graph_from_data`);
* :func:`account` and :func:`graph`: the same from records per kind in one call;
* named accounts with known answers: :func:`lone_decider`, :func:`ceo_swayed_by_spouse`,
  :func:`out_of_touch_owner`, :func:`huaxin_bank`.

Records hold only what is given (the projection fills the model's defaults), except
that :meth:`Account.person` names a person after its id (``"ceo"`` -> ``"Ceo"``) and
sets ``affiliation="internal"`` and ``roles``, as a hand-written account would.

Examples
--------
>>> G = ceo_swayed_by_spouse()
>>> sorted(G.nodes), G.nodes["wife"]["outside"]
(['a', 'ceo', 'wife'], True)
>>> G = Account().person("ceo", "c-level", ("decider",), stance=2).graph()
>>> G.nodes["ceo"]["stance"], G.graph["account"]
(2, 'acme')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data
from kamgraph.records import KnowsRecord

__all__ = ["D0", "Account", "account", "graph", "knows", "lone_decider",
           "out_of_touch_owner", "ceo_swayed_by_spouse", "huaxin_bank", "huaxin_bank_graph",
           "XSS_NAME", "XSS_NOTE"]

#: The date of every stance the builder writes unless told otherwise.
D0 = dt.date(2025, 1, 10)


class Account:
    """Build the records of one account (``acme``, "Acme", tier S unless told otherwise)."""

    def __init__(self, id: str = "acme", name: str = "Acme", *, tier: str | None = "S",
                 **fields: Any) -> None:
        self.data = AccountData()
        rec = {"id": id, "name": name, "tier": tier, **fields}
        self.data["account"].append({k: v for k, v in rec.items() if v is not None})

    @property
    def d(self) -> AccountData:
        """The records built so far (short for :attr:`data`)."""
        return self.data

    def add(self, **kinds: Sequence[Mapping[str, object]]) -> Account:
        """Add records per kind as given (``person=[{...}], knows=[...]``).

        People and staff without a name are named by their id; a person's ``stance``
        is shorthand for a stance toward us on :data:`D0`.
        """
        for kind, recs in kinds.items():
            for r in recs:
                r = dict(r)
                if kind == "person" and "stance" in r:
                    v = r.pop("stance")
                    self.data["stance"].append({"person": r["id"], "toward": "us", "value": v,
                                                "on": D0})
                if kind in ("person", "staff"):
                    r.setdefault("name", r["id"])
                self.data[kind].append(r)
        return self

    def person(self, pid: str, level: str | None = None, roles: tuple[str, ...] = (),
               affiliation: str = "internal", title: str | None = None,
               stance: int | None = None, **kw: Any) -> Account:
        rec: dict[str, Any] = {"id": pid, "name": kw.pop("name", pid.title()), "roles": list(roles),
                               "affiliation": affiliation, **kw}
        if level:
            rec["level"] = level
        if title:
            rec["title"] = title
        self.data["person"].append(rec)
        if stance is not None:
            self.stance(pid, stance)
        return self

    def staff(self, sid: str, level: str = "manager", active: bool = True) -> Account:
        self.data["staff"].append({"id": sid, "name": sid.title(), "level": level,
                                   "active": active})
        return self

    def competitor(self, cid: str) -> Account:
        self.data["competitor"].append({"id": cid, "name": cid.title()})
        return self

    def opportunity(self, oid: str, competitors: tuple[str, ...] = ()) -> Account:
        self.data["opportunity"].append({"id": oid, "name": oid, "competitors": list(competitors)})
        return self

    def role(self, opp: str, pid: str, role: str) -> Account:
        self.data["role"].append({"opportunity": opp, "person": pid, "role": role})
        return self

    def infl(self, s: str, t: str, strength: float, basis: str = "other",
             visibility: str = "formal") -> Account:
        self.data["influence"].append({"source": s, "target": t, "strength": strength,
                                       "basis": basis, "visibility": visibility})
        return self

    def reports(self, p: str, m: str) -> Account:
        self.data["reports_to"].append({"person": p, "manager": m})
        return self

    def stance(self, pid: str, value: int, toward: str = "us", on: dt.date = D0) -> Account:
        self.data["stance"].append({"person": pid, "toward": toward, "value": value, "on": on})
        return self

    def owns(self, sid: str, pid: str, role: str) -> Account:
        self.data["owns"].append({"staff": sid, "person": pid, "role": role})
        return self

    def knows(self, a: str, b: str, strength: float, circle: str = "friend") -> Account:
        self.data.of("knows").append(knows(a, b, strength, circle))
        return self

    def sponsors(self, sid: str, pid: str) -> Account:
        self.data["sponsors"].append({"staff": sid, "person": pid})
        return self

    def informs(self, src: str, pid: str, via: str | None = None) -> Account:
        self.data["informs"].append({"source": src, "target": pid, "via": via,
                                     "reliability": 0.8})
        return self

    def drop(self, kind: str, **match: Any) -> Account:
        """Remove the records of ``kind`` whose fields equal ``match``."""
        self.data.records[kind] = [r for r in self.data[kind]
                                   if not all(r.get(k) == v for k, v in match.items())]
        return self

    def graph(self, opportunity: str | None = None, *,
              include_private: bool = False) -> nx.MultiDiGraph:
        """The account's projection (scoped to ``opportunity`` when given)."""
        return graph_from_data(self.data, opportunity=opportunity,
                               include_private=include_private)


def knows(a: str, b: str, strength: float, circle: str = "friend") -> KnowsRecord:
    """A ``knows`` record: ``a`` knows ``b`` through ``circle``."""
    return {"source": a, "target": b, "strength": strength, "circle": circle}


def account(**kinds: Sequence[Mapping[str, object]]) -> AccountData:
    """The records of account ``acme`` given per kind (see :meth:`Account.add`)."""
    return Account().add(**kinds).data


def graph(**kinds: Sequence[Mapping[str, object]]) -> nx.MultiDiGraph:
    """The projection of :func:`account` ``(**kinds)``."""
    return Account().add(**kinds).graph()


def lone_decider() -> nx.MultiDiGraph:
    """One C-level decider, ``ceo``, and nothing else: no owners, channels or sponsor."""
    return Account("a", "A", tier=None).add(person=[
        {"id": "ceo", "name": "CEO", "level": "c-level", "roles": ["decider"]}]).graph()


def out_of_touch_owner(days: int = 120, *, owners: bool = True) -> nx.MultiDiGraph:
    """A C-level decider, ``ceo``, whom owner A ``lin`` knows and last met ``days`` days
    before owner B ``wu``'s visit on 2026-06-01, the account's latest logged contact. Without
    ``owners`` nobody owns the CEO (the two visits stay)."""
    d1 = dt.date(2026, 6, 1)
    acc = (Account("a", "A", tier=None).person("ceo", "c-level", ("decider",))
           .staff("lin", "c-level").staff("wu", "vp").knows("lin", "ceo", 0.7)
           .knows("wu", "ceo", 0.5)
           .add(interaction=[
               {"id": "i1", "staff": "lin", "person": "ceo", "on": d1 - dt.timedelta(days=days)},
               {"id": "i2", "staff": "wu", "person": "ceo", "on": d1}]))
    if owners:
        acc.owns("lin", "ceo", "A").owns("wu", "ceo", "B")
    return acc.graph()


def ceo_swayed_by_spouse() -> nx.MultiDiGraph:
    """A C-level decider, ``ceo``, swayed by his wife, ``wife`` (family, outside the org
    chart), through a hidden family link of strength 0.8."""
    return Account("a", "A", tier=None).add(
        person=[{"id": "ceo", "name": "CEO", "level": "c-level", "roles": ["decider"]},
                {"id": "wife", "name": "Mei", "affiliation": "family"}],
        influence=[{"source": "wife", "target": "ceo", "strength": 0.8, "basis": "family",
                    "visibility": "hidden"}]).graph()


#: A person's name and a private note holding markup (the maps must escape them).
XSS_NAME = '<img src=x onerror="window.__pwned=1">'
XSS_NOTE = "<script>window.__pwned=2</script>"


def huaxin_bank() -> AccountData:
    """A small bank with known stances, roles, owners and ties, for the maps.

    ceo 王强 decides (+2 toward us, up from +1); cto 李明 influences and backs Rival (+3);
    eng (a name holding markup, :data:`XSS_NAME`) is a user; buy is the buyer; gate the
    gatekeeper. The CEO's wife sways him through a hidden family link, and an old
    classmate sways her: the hidden chain behind the decider. Sam owns the CEO (A) and
    the CTO (A and B); Tina, who has left us, is the CEO's owner B.
    """
    D = dt.date
    return Account("acme", "华信银行", tier=None, name_en="Huaxin Bank").add(
        competitor=[{"id": "rival", "name": "Rival Corp"},
                    {"id": "other", "name": "Other </script> Co"}],
        department=[{"id": "it", "name": "信息科技部", "name_en": "IT"},
                    {"id": "proc", "name": "采购部", "name_en": "Procurement"}],
        opportunity=[{"id": "core", "name": "Core banking", "competitors": ["rival"]}],
        person=[
            {"id": "ceo", "name": "王强", "name_en": "Wang Qiang", "level": "c-level",
             "title": "CEO", "department": "it"},
            {"id": "cto", "name": "李明", "name_en": "Li Ming", "level": "c-level",
             "title": "CTO", "department": "it", "notes": XSS_NOTE, "hobbies": "golf"},
            {"id": "eng", "name": XSS_NAME, "level": "staff", "department": "it"},
            {"id": "buy", "name": "赵丽", "name_en": "Zhao Li", "level": "manager",
             "department": "proc"},
            {"id": "gate", "name": "Amy", "level": "staff", "department": "proc"},
            {"id": "wife", "name": "陈芳", "affiliation": "family"},
            {"id": "friend", "name": "Old Classmate", "affiliation": "friend"},
        ],
        staff=[{"id": "s1", "name": "Sam", "level": "director"},
               {"id": "s2", "name": "Tina", "level": "manager", "active": False}],
        reports_to=[{"person": "cto", "manager": "ceo"}, {"person": "eng", "manager": "cto"}],
        influence=[
            {"source": "cto", "target": "ceo", "strength": 0.7, "basis": "peer",
             "visibility": "formal"},
            {"source": "wife", "target": "ceo", "strength": 0.8, "basis": "family",
             "visibility": "hidden"},
            {"source": "friend", "target": "wife", "strength": 0.5, "basis": "friend",
             "visibility": "hidden"},
            {"source": "eng", "target": "cto", "strength": 0.4},
        ],
        role=[{"opportunity": "core", "person": p, "role": r} for p, r in (
            ("ceo", "decider"), ("eng", "user"), ("cto", "influencer"), ("buy", "buyer"),
            ("gate", "gatekeeper"))],
        stance=[
            {"person": "ceo", "toward": "us", "value": 1, "on": D(2026, 1, 1)},
            {"person": "ceo", "toward": "us", "value": 2, "on": D(2026, 6, 1),
             "evidence": "<i>spoke</i> for us"},
            {"person": "cto", "toward": "us", "value": -2, "on": D(2026, 6, 1)},
            {"person": "cto", "toward": "rival", "value": 3, "on": D(2026, 6, 1)},
            {"person": "buy", "toward": "other", "value": 2, "on": D(2026, 6, 1)},
        ],
        owns=[{"staff": "s1", "person": "ceo", "role": "A"},
              {"staff": "s2", "person": "ceo", "role": "B"},
              {"staff": "s1", "person": "cto", "role": "A"},
              {"staff": "s1", "person": "cto", "role": "B"}],
        knows=[knows("s1", "ceo", 0.6, "school"), knows("ceo", "wife", 1.0, "family")],
        sponsors=[{"staff": "s1", "person": "ceo"}],
    ).data


def huaxin_bank_graph(opportunity: str | None = "core",
                      include_private: bool = False) -> nx.MultiDiGraph:
    """The projection of :func:`huaxin_bank` (scoped to its opportunity ``core``)."""
    return graph_from_data(huaxin_bank(), opportunity, include_private=include_private)
