"""The projection read from the store is the projection of the records that were saved.

``store.project`` reads an account with one query (``cypher/read/account_records``) and
builds the graph with bulk edges; these tests hold it to
:func:`kamgraph.projection.graph_from_data` of the very records saved (nodes, edges with
their keys and attributes, graph attributes, all in order), on whichever engine the tests
run against, and hold the bulk edges to networkx's own ``add_edge``.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import networkx as nx
import pytest
from test_store import small_account

from kamgraph import projection
from kamgraph.history import cache
from kamgraph.history.asof import present
from kamgraph.model import KINDS, AccountData
from kamgraph.projection import graph_from_data
from kamgraph.store import Store
from kamgraph.store.reads import ACCOUNT_READ
from kamgraph.store.rows import sort_key
from kamgraph.synth import generate


def _dump(G: nx.MultiDiGraph) -> tuple[Any, ...]:
    """Everything a graph holds, in order."""
    return (dict(G.graph), list(G.nodes(data=True)), list(G.edges(keys=True, data=True)),
            [list(G.pred[n].items()) for n in G])


def _as_read(data: AccountData) -> AccountData:
    """``data`` in the order the store gives records back."""
    out = copy.deepcopy(data)
    for kind in KINDS:
        out.records[kind].sort(key=sort_key(kind))
    return out


def _rich() -> AccountData:
    """Every kind, dates in free attributes, a person who left, an opportunity's milestones."""
    d = small_account("acme")
    d["account"][0].update(goal_type="share", goal_by=dt.date(2027, 6, 30))
    d["person"][0]["attributes"] = {"joined": dt.date(2020, 1, 2), "floor": 3, "vip": True,
                                    "nick": "老王"}
    d["department"][0]["attributes"] = {"founded": dt.date(2001, 1, 1)}
    d["person"].append({"id": "gone", "name": "离开", "left": dt.date(2025, 1, 1),
                        "alias": ["老离"]})
    d["knows"].append({"source": "gone", "target": "ceo", "strength": 0.3})
    d["opportunity"][0].update(spec_date=dt.date(2026, 11, 1), award_date=dt.date(2027, 2, 1))
    d["interaction"].append({"id": "i-2", "staff": "s-chen", "person": "cto",
                             "on": dt.date(2026, 6, 1), "kind": "meeting", "next_step": "demo",
                             "next_on": dt.date(2026, 7, 1), "initiative": "them",
                             "summary": "技术交流"})
    return d


@pytest.mark.parametrize("which", ["rich", "synthetic"])
def test_the_store_projection_is_graph_from_data_of_the_saved_records(
        store: Store, which: str) -> None:
    data = _rich() if which == "rich" else generate(1, 60, seed=11)[0]
    store.save_account(data)
    acc = data.account_id
    back = store.load_account(acc, include_private=True)
    expected = _as_read(data)
    for kind in KINDS:
        assert back[kind] == expected[kind], kind
    opp = data["opportunity"][0]["id"]
    for private in (False, True):
        for scope in (None, opp):
            cache.clear_memory()
            got = store.project(acc, scope, include_private=private)
            want = graph_from_data(present(expected), scope, include_private=private)
            assert _dump(got) == _dump(want), (private, scope)


def test_an_account_without_people_or_ties_reads_back(store: Store) -> None:
    d = AccountData()
    d["account"].append({"id": "bare", "name": "空"})
    d["department"].append({"id": "d1", "name": "总部"})
    store.save_account(d)
    [row] = store.read(ACCOUNT_READ, account="bare")
    assert set(row) == {k.plural for k in KINDS.values()}
    assert row["departments"]["rows"] and not row["people"]["rows"] and not row["knows"]["rows"]
    back = store.load_account("bare")
    assert back.records == _as_read(d).records
    assert _dump(store.project("bare")) == _dump(graph_from_data(d))
    assert store.read(ACCOUNT_READ, account="nope") == []


def test_bulk_edges_are_what_add_edge_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """Multiplex pairs get keys 0, 1, ...; an end that is no record becomes a bare node."""
    data = _rich()
    data["knows"].append({"source": "stranger", "target": "ceo", "strength": 0.2})
    G = graph_from_data(data)
    monkeypatch.setattr(projection._Edges, "add",
                        lambda self, u, v, attrs: self.G.add_edge(u, v, **attrs))
    H = graph_from_data(data)
    assert _dump(G) == _dump(H)
    assert G.nodes["stranger"] == {} and G.has_edge("stranger", "ceo")
    assert [k for u, v, k in G.edges(keys=True) if (u, v) == ("spouse", "ceo")] == [0, 1]
    assert dict(G.in_degree()) == dict(H.in_degree())
