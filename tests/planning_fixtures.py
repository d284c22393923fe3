"""Hand-made account data for the planning tests (not collected by pytest)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

D0 = dt.date(2025, 1, 10)


def account(**kinds: list[dict[str, Any]]) -> AccountData:
    """AccountData of account ``acme`` with the given records per kind.

    ``stance`` may be given per person as ``{"id": ..., "stance": v}`` shorthand.
    """
    d = AccountData()
    d["account"].append({"id": "acme", "name": "Acme", "tier": "S"})
    for kind, recs in kinds.items():
        for r in recs:
            r = dict(r)
            if kind == "person" and "stance" in r:
                v = r.pop("stance")
                d["stance"].append({"person": r["id"], "toward": "us", "value": v, "on": D0})
            if kind == "person":
                r.setdefault("name", r["id"])
            if kind == "staff":
                r.setdefault("name", r["id"])
            d[kind].append(r)
    return d


def graph(**kinds: list[dict[str, Any]]) -> nx.MultiDiGraph:
    opp = kinds.pop("_opportunity", None)
    return graph_from_data(account(**kinds), opportunity=opp)  # type: ignore[arg-type]


def knows(a: str, b: str, s: float, circle: str = "friend") -> dict[str, Any]:
    return {"source": a, "target": b, "strength": s, "circle": circle}
