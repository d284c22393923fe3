"""A small named account for the map tests (known stances, roles, owners, ties).

ceo 王强 decides (+2 toward us, up from +1); cto 李明 influences and backs Rival (+3);
eng (a name holding markup) is a user; buy is the buyer; gate the gatekeeper. The
CEO's wife sways him through a hidden family link, and an old classmate sways her:
the hidden chain behind the decider. Sam owns the CEO (A) and the CTO (A and B);
Tina, who has left us, is the CEO's owner B.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

__all__ = ["XSS_NAME", "XSS_NOTE", "account", "graph"]

XSS_NAME = '<img src=x onerror="window.__pwned=1">'
XSS_NOTE = "<script>window.__pwned=2</script>"


def account() -> AccountData:
    d = AccountData()
    D = dt.date
    d["account"].append({"id": "acme", "name": "华信银行", "name_en": "Huaxin Bank"})
    d["competitor"].extend([{"id": "rival", "name": "Rival Corp"},
                            {"id": "other", "name": "Other </script> Co"}])
    d["department"].extend([{"id": "it", "name": "信息科技部", "name_en": "IT"},
                            {"id": "proc", "name": "采购部", "name_en": "Procurement"}])
    d["opportunity"].append({"id": "core", "name": "Core banking", "competitors": ["rival"]})
    d["person"].extend([
        {"id": "ceo", "name": "王强", "name_en": "Wang Qiang", "level": "c-level",
         "title": "CEO", "department": "it"},
        {"id": "cto", "name": "李明", "name_en": "Li Ming", "level": "c-level", "title": "CTO",
         "department": "it", "notes": XSS_NOTE, "hobbies": "golf"},
        {"id": "eng", "name": XSS_NAME, "level": "staff", "department": "it"},
        {"id": "buy", "name": "赵丽", "name_en": "Zhao Li", "level": "manager",
         "department": "proc"},
        {"id": "gate", "name": "Amy", "level": "staff", "department": "proc"},
        {"id": "wife", "name": "陈芳", "affiliation": "family"},
        {"id": "friend", "name": "Old Classmate", "affiliation": "friend"},
    ])
    d["staff"].extend([{"id": "s1", "name": "Sam", "level": "director"},
                       {"id": "s2", "name": "Tina", "level": "manager", "active": False}])
    d["reports_to"].extend([{"person": "cto", "manager": "ceo"},
                            {"person": "eng", "manager": "cto"}])
    d["influence"].extend([
        {"source": "cto", "target": "ceo", "strength": 0.7, "basis": "peer",
         "visibility": "formal"},
        {"source": "wife", "target": "ceo", "strength": 0.8, "basis": "family",
         "visibility": "hidden"},
        {"source": "friend", "target": "wife", "strength": 0.5, "basis": "friend",
         "visibility": "hidden"},
        {"source": "eng", "target": "cto", "strength": 0.4},
    ])
    d["role"].extend([{"opportunity": "core", "person": p, "role": r} for p, r in (
        ("ceo", "decider"), ("eng", "user"), ("cto", "influencer"), ("buy", "buyer"),
        ("gate", "gatekeeper"))])
    d["stance"].extend([
        {"person": "ceo", "toward": "us", "value": 1, "on": D(2026, 1, 1)},
        {"person": "ceo", "toward": "us", "value": 2, "on": D(2026, 6, 1),
         "evidence": "<i>spoke</i> for us"},
        {"person": "cto", "toward": "us", "value": -2, "on": D(2026, 6, 1)},
        {"person": "cto", "toward": "rival", "value": 3, "on": D(2026, 6, 1)},
        {"person": "buy", "toward": "other", "value": 2, "on": D(2026, 6, 1)},
    ])
    d["owns"].extend([{"staff": "s1", "person": "ceo", "role": "A"},
                      {"staff": "s2", "person": "ceo", "role": "B"},
                      {"staff": "s1", "person": "cto", "role": "A"},
                      {"staff": "s1", "person": "cto", "role": "B"}])
    d["knows"].extend([{"source": "s1", "target": "ceo", "strength": 0.6, "circle": "school"},
                       {"source": "ceo", "target": "wife", "strength": 1.0,
                        "circle": "family"}])
    d["sponsors"].append({"staff": "s1", "person": "ceo"})
    return d


def graph(opportunity: str | None = "core", include_private: bool = False) -> nx.MultiDiGraph:
    return graph_from_data(account(), opportunity, include_private=include_private)
