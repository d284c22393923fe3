"""Small named account graphs with known answers, for examples, doctests and notebooks.

Like networkx's small graph generators: each function returns a fresh projected
graph (:func:`kamgraph.projection.graph_from_data`) built from a few records.

Examples
--------
>>> G = ceo_swayed_by_spouse()
>>> sorted(G.nodes), G.nodes["wife"]["outside"]
(['a', 'ceo', 'wife'], True)
"""

from __future__ import annotations

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

__all__ = ["lone_decider", "ceo_swayed_by_spouse"]


def _account() -> AccountData:
    d = AccountData()
    d["account"].append({"id": "a", "name": "A"})
    return d


def lone_decider() -> nx.MultiDiGraph:
    """One C-level decider, ``ceo``, and nothing else: no owners, channels or sponsor."""
    d = _account()
    d["person"].append({"id": "ceo", "name": "CEO", "level": "c-level", "roles": ["decider"]})
    return graph_from_data(d)


def ceo_swayed_by_spouse() -> nx.MultiDiGraph:
    """A C-level decider, ``ceo``, swayed by his wife, ``wife`` (family, outside the org
    chart), through a hidden family link of strength 0.8."""
    d = _account()
    d["person"].extend([{"id": "ceo", "name": "CEO", "level": "c-level", "roles": ["decider"]},
                        {"id": "wife", "name": "Mei", "affiliation": "family"}])
    d["influence"].append({"source": "wife", "target": "ceo", "strength": 0.8,
                           "basis": "family", "visibility": "hidden"})
    return graph_from_data(d)
