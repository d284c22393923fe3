"""Stores: any Neo4j 5 or the embedded engine, behind one driver code path.

>>> from kamgraph.store import open_store  # doctest: +SKIP
>>> with open_store(resolve_settings()) as store:  # doctest: +SKIP
...     G = store.project("gd-telecom")
"""

from __future__ import annotations

from kamgraph.store.store import Store, open_store

__all__ = ["Store", "open_store"]
