"""Open the configured store, with the account-level functions as methods.

:func:`open_store` connects to Neo4j when a URI is configured, else to the embedded
engine (started when needed), and yields an :class:`AccountStore`: the query runner
:class:`~kamgraph.store.store.Store` plus the account functions of
:mod:`kamgraph.store.accounts`, :mod:`kamgraph.store.reads` and
:mod:`kamgraph.history.cache` as methods, the shorthands the Python API shows
(``store.project(...)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx

from kamgraph.config import Settings
from kamgraph.history.cache import project
from kamgraph.i18n import N_, Text
from kamgraph.model import AccountData
from kamgraph.store import accounts, reads
from kamgraph.store.engine import ensure_engine, write_lock
from kamgraph.store.store import REMOTE_RETRY_S, Store, connect

__all__ = ["AccountStore", "open_store"]


class AccountStore(Store):
    """A :class:`~kamgraph.store.store.Store` with the account-level functions as methods."""

    def accounts(self) -> list[dict[str, Any]]:
        return reads.list_accounts(self)

    def load_account(self, account: str, *, include_private: bool = False) -> AccountData:
        return reads.load_account(self, account, include_private=include_private)

    def save_account(self, data: AccountData) -> dict[str, int]:
        return accounts.save_account(self, data)

    def delete_account(self, account: str) -> None:
        accounts.delete_account(self, account)

    def project(self, account: str, opportunity: str | None = None, *,
                include_private: bool = False, as_of: dt.date | None = None) -> nx.MultiDiGraph:
        """Load one account into the networkx projection the analyzers take (an unchanged
        account comes from the cache; ``as_of``: as it stood on that day)."""
        return project(self, account, opportunity, include_private=include_private,
                       as_of=as_of if as_of is not None else self.as_of)


@contextmanager
def open_store(settings: Settings, *, schema: bool = True) -> Iterator[AccountStore]:
    """Open the configured store for a while: Neo4j when a URI is set, else the embedded engine."""
    if settings.embedded:
        info = ensure_engine(settings.home)
        # a dead local engine does not come back by waiting: retry only briefly
        store = AccountStore(connect(info.uri, (info.user, info.password), 3.0), info.database,
                             description=Text(N_("embedded engine at {home}"), home=settings.home),
                             write_lock=lambda: write_lock(settings.home), embedded=True)
    else:
        assert settings.uri is not None
        auth = (settings.user or "neo4j", settings.password or "") if settings.password else None
        store = AccountStore(connect(settings.uri, auth, REMOTE_RETRY_S), settings.database,
                             description=settings.describe())
    store.cache_dir = settings.home / "cache"
    try:
        store.verify()
        if schema:
            store.ensure_schema()
        yield store
    finally:
        store.close()
