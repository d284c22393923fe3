"""Stores: any Neo4j 5 or the embedded engine, behind one driver code path.

``kamgraph.store.Store`` is what :func:`open_store` yields: the plain query runner
(:class:`kamgraph.store.store.Store`, which the account functions take) with the
account-level functions as methods (:class:`~kamgraph.store.session.AccountStore`).

>>> from kamgraph.store import open_store  # doctest: +SKIP
>>> with open_store(resolve_settings()) as store:  # doctest: +SKIP
...     G = store.project("gd-telecom")
"""

from __future__ import annotations

from kamgraph.store.session import AccountStore, open_store

#: The store the Python API hands out (see the module text).
Store = AccountStore

__all__ = ["Store", "AccountStore", "open_store"]
