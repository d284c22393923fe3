"""Stores: any Neo4j 5 or the embedded engine, behind one driver code path.

``kamgraph.store.Store`` is what :func:`open_store` yields: the plain query runner
(:class:`kamgraph.store.store.Store`, which the account functions take) with the
account-level functions as methods (:class:`~kamgraph.store.session.AccountStore`).
They are loaded when first asked for, so that importing a module of this package
(``kamgraph.store.reads``...) does not import the account functions and the history
they use.

>>> from kamgraph.store import open_store  # doctest: +SKIP
>>> with open_store(resolve_settings()) as store:  # doctest: +SKIP
...     G = store.project("gd-telecom")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kamgraph.store.session import AccountStore, open_store

    Store = AccountStore

__all__ = ["Store", "AccountStore", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kamgraph.store import session

        return session.open_store if name == "open_store" else session.AccountStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
