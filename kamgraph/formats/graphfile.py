"""An account's graph as GraphML or GEXF, for Gephi, Cytoscape and networkx.

The projection's attributes hold lists, dicts, dates and ``None``, which
:func:`networkx.write_graphml` and :func:`networkx.write_gexf` refuse.
:func:`flat_graph` turns every attribute into a scalar (text, number or true/false):

* ``None`` and empty values are left out;
* dates become ISO text (``2026-11-05``);
* lists become text joined with ``"; "``;
* dicts become one attribute per key, ``stances.us``, ``attributes.region``; a stance
  history becomes ``stance_history.us`` = ``"2025-11-05: +2; 2026-03-01: +1"``;
* private details appear (as ``private.hobbies`` ...) only when the account was
  projected with ``include_private``.

Examples
--------
>>> import networkx as nx, datetime as dt
>>> G = nx.MultiDiGraph(account="acme", competitors={"c1": "Huaxin"})
>>> G.add_node("p1", kind="person", roles=["decider", "user"], stances={"us": 2},
...            level=None, since=dt.date(2024, 1, 2))
>>> F = flat_graph(G)
>>> dict(F.nodes["p1"])
{'kind': 'person', 'roles': 'decider; user', 'stances.us': 2, 'since': '2024-01-02'}
>>> F.graph
{'account': 'acme', 'competitors.c1': 'Huaxin'}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from kamgraph.model import AccountData

__all__ = ["GRAPH_FORMATS", "flat_graph", "write_graph", "write_graphml", "write_gexf"]

GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf")

Scalar = str | int | float | bool


def _history(items: list[Any]) -> str:
    parts = []
    for h in items:
        if isinstance(h, Mapping) and "value" in h:
            on = h.get("on")
            day = on.isoformat() if isinstance(on, dt.date) else str(on or "")
            parts.append(f"{day}: {int(h['value']):+d}")
        else:
            parts.append(str(h))
    return "; ".join(parts)


def _flat(key: str, value: Any) -> Iterator[tuple[str, Scalar]]:
    if value is None or value == "" or value == [] or value == {}:
        return
    if isinstance(value, bool | int | float | str):
        yield key, value
    elif isinstance(value, dt.date):
        yield key, value.isoformat()
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _flat(f"{key}.{k}", v)
    elif isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        if items and all(isinstance(h, Mapping) for h in items):
            yield key, _history(items)
        else:
            yield key, "; ".join(str(v) for v in items)
    else:
        yield key, str(value)


def _flat_attrs(attrs: Mapping[str, Any]) -> dict[str, Scalar]:
    out: dict[str, Scalar] = {}
    for k, v in attrs.items():
        out.update(_flat(str(k), v))
    return out


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose graph, node and edge attributes are all scalars."""
    import networkx as nx

    F = nx.MultiDiGraph(**_flat_attrs(G.graph))
    for n, a in G.nodes(data=True):
        F.add_node(n, **_flat_attrs(a))
    for u, v, k, a in G.edges(keys=True, data=True):
        F.add_edge(u, v, key=k, **_flat_attrs(a))
    return F


def write_graph(G: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    """Write ``G`` flattened as ``graphml`` or ``gexf`` to ``path``."""
    import networkx as nx

    F = flat_graph(G)
    if fmt == "graphml":
        nx.write_graphml(F, path, encoding="utf-8")
    elif fmt == "gexf":
        for n, a in F.nodes(data=True):
            a.setdefault("label", str(a.get("label") or n))
        nx.write_gexf(F, path, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}")


def _write_account(data: AccountData, out: Path, fmt: str, include_private: bool) -> list[Path]:
    from kamgraph.projection import graph_from_data

    write_graph(graph_from_data(data, include_private=include_private), out, fmt)
    return [out]


def write_graphml(data: AccountData, out: Path, *, include_private: bool = False,
                  **_: Any) -> list[Path]:
    """Write the account's graph as GraphML (attributes flattened, see :func:`flat_graph`)."""
    return _write_account(data, out, "graphml", include_private)


def write_gexf(data: AccountData, out: Path, *, include_private: bool = False,
               **_: Any) -> list[Path]:
    """Write the account's graph as GEXF (attributes flattened, see :func:`flat_graph`)."""
    return _write_account(data, out, "gexf", include_private)
