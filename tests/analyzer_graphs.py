"""A small builder of hand-made accounts for the analyzer tests (not collected by pytest)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

D0 = dt.date(2025, 1, 10)


class Acc:
    """Build an AccountData of account ``acme`` step by step."""

    def __init__(self) -> None:
        self.d = AccountData()
        self.d["account"].append({"id": "acme", "name": "Acme", "tier": "S"})

    def person(self, pid: str, level: str | None = None, roles: tuple[str, ...] = (),
               affiliation: str = "internal", title: str | None = None,
               stance: int | None = None, **kw: Any) -> Acc:
        rec: dict[str, Any] = {"id": pid, "name": kw.pop("name", pid.title()), "roles": list(roles),
                               "affiliation": affiliation, **kw}
        if level:
            rec["level"] = level
        if title:
            rec["title"] = title
        self.d["person"].append(rec)
        if stance is not None:
            self.stance(pid, stance)
        return self

    def staff(self, sid: str, level: str = "manager", active: bool = True) -> Acc:
        self.d["staff"].append({"id": sid, "name": sid.title(), "level": level, "active": active})
        return self

    def competitor(self, cid: str) -> Acc:
        self.d["competitor"].append({"id": cid, "name": cid.title()})
        return self

    def opportunity(self, oid: str, competitors: tuple[str, ...] = ()) -> Acc:
        self.d["opportunity"].append({"id": oid, "name": oid, "competitors": list(competitors)})
        return self

    def role(self, opp: str, pid: str, role: str) -> Acc:
        self.d["role"].append({"opportunity": opp, "person": pid, "role": role})
        return self

    def infl(self, s: str, t: str, strength: float, basis: str = "other",
             visibility: str = "formal") -> Acc:
        self.d["influence"].append({"source": s, "target": t, "strength": strength,
                                    "basis": basis, "visibility": visibility})
        return self

    def reports(self, p: str, m: str) -> Acc:
        self.d["reports_to"].append({"person": p, "manager": m})
        return self

    def stance(self, pid: str, value: int, toward: str = "us", on: dt.date = D0) -> Acc:
        self.d["stance"].append({"person": pid, "toward": toward, "value": value, "on": on})
        return self

    def owns(self, sid: str, pid: str, role: str) -> Acc:
        self.d["owns"].append({"staff": sid, "person": pid, "role": role})
        return self

    def knows(self, a: str, b: str, strength: float, circle: str = "friend") -> Acc:
        self.d["knows"].append({"source": a, "target": b, "strength": strength, "circle": circle})
        return self

    def sponsors(self, sid: str, pid: str) -> Acc:
        self.d["sponsors"].append({"staff": sid, "person": pid})
        return self

    def informs(self, src: str, pid: str, via: str | None = None) -> Acc:
        self.d["informs"].append({"source": src, "target": pid, "via": via, "reliability": 0.8})
        return self

    def drop(self, kind: str, **match: Any) -> Acc:
        """Remove the records of ``kind`` whose fields equal ``match``."""
        self.d.records[kind] = [r for r in self.d[kind]
                                if not all(r.get(k) == v for k, v in match.items())]
        return self

    def graph(self, opportunity: str | None = None) -> nx.MultiDiGraph:
        return graph_from_data(self.d, opportunity=opportunity)
