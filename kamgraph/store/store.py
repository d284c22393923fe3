"""One code path to any store: the official neo4j driver speaking Bolt.

:class:`Store` is a plain runner of the named queries of ``cypher/``: reads through
``execute_query`` with the database and ``routing_=READ`` stated, writes in
managed transactions (``execute_write``) that the driver retries on transient
errors. Driver errors are wrapped ``from`` the original in kamgraph errors. This is
the only module that imports ``neo4j``; account-level functions take a store
(:mod:`kamgraph.store.accounts`, :mod:`kamgraph.store.reads`), and
:class:`kamgraph.store.session.AccountStore` adds them as methods for the Python API.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction, RoutingControl
from neo4j import exceptions as nx4

from kamgraph import queries
from kamgraph.errors import EngineBusy, StoreError, StoreUnavailable
from kamgraph.i18n import N_, Text

__all__ = ["Store", "Tx", "connect", "run", "batches", "BATCH_ROWS", "BATCH_BYTES"]

#: A write transaction, as :meth:`Store.transaction` hands it to its work function.
Tx: TypeAlias = ManagedTransaction

T = TypeVar("T")
#: Rows per UNWIND batch, and a byte cap that keeps a batch far below Bolt's 16 MiB.
BATCH_ROWS = 5000
BATCH_BYTES = 4 * 1024 * 1024
#: Longest time a write keeps retrying transient conflicts before it fails "busy, retry".
RETRY_BUDGET_S = 30.0
#: How long a write to a remote Neo4j is retried after transient errors or a lost server:
#: long enough for a cluster to elect a new leader, short enough that a dead server fails
#: a command within seconds.
REMOTE_RETRY_S = 5.0


def _wrap(e: Exception, what: str, where: str | None = None,
          embedded: bool = False) -> StoreError:
    """One line for a driver error, in the user's language. ``where`` names the store (a
    remote one by its URI; "" for none, None for "the store"); only the embedded engine
    gets the hint that it restarts by itself."""
    first = (str(e).strip().splitlines() or [type(e).__name__])[0]
    place = Text(N_("the store")) if where is None else where
    if isinstance(e, nx4.ServiceUnavailable | nx4.SessionExpired):
        hint = Text(N_("; an embedded engine restarts with the next command")) if embedded else ""
        if place:
            return StoreUnavailable(N_("{what}: {where} is not reachable ({detail}){hint}"),
                                    what=what, where=place, detail=first.rstrip(":"), hint=hint)
        return StoreUnavailable(N_("{what}: not reachable ({detail}){hint}"), what=what,
                                detail=first.rstrip(":"), hint=hint)
    if isinstance(e, nx4.AuthError):
        if place:
            return StoreError(N_("{what}: {where} refused the user name or password ({detail})"),
                              what=what, where=place, detail=e.message)
        return StoreError(N_("{what}: refused the user name or password ({detail})"),
                          what=what, detail=e.message)
    if isinstance(e, nx4.Neo4jError):
        return StoreError("{what}: {code}: {detail}", what=what, code=e.code, detail=e.message)
    return StoreError("{what}: {kind}: {detail}", what=what, kind=type(e).__name__, detail=e)


def _transient(e: BaseException) -> bool:
    """A failure that may pass when the write runs again: the driver's transient errors
    (after its own retries), and ArcadeDB's constraint failure of concurrent MERGEs on
    one key, which the driver does not retry (Neo4j locks instead)."""
    for err in (e, e.__cause__):
        if isinstance(err, nx4.TransientError):
            return True
        if isinstance(err, nx4.Neo4jError) and (
                err.is_retryable() or "ConstraintValidation" in str(err)
                or "ConcurrentModification" in str(err)):
            return True
    return False


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _native(value: Any) -> Any:
    """neo4j temporal values to Python ones, recursively (plain values pass at once:
    this runs on every value read)."""
    t = type(value)
    if t in _PLAIN:
        return value
    if t is list:
        return [_native(v) for v in value]
    if t is dict:
        return {k: _native(v) for k, v in value.items()}
    if hasattr(value, "to_native"):
        return value.to_native()
    return value


def _approx_size(row: Any) -> int:
    """An upper bound of a value's encoded size: its repr, up to 4 UTF-8 bytes a char.

    One C-level ``repr`` instead of a Python walk of every value (the walk cost as
    much client time per import as several of the write queries).
    """
    return 16 + 4 * len(repr(row))


def batches(rows: Sequence[dict[str, Any]], max_rows: int | None = None,
            max_bytes: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """Split rows into batches capped by count and by (approximate) encoded size
    (by default :data:`BATCH_ROWS` and :data:`BATCH_BYTES`, read at call time).

    Examples
    --------
    >>> [len(b) for b in batches([{"id": str(i)} for i in range(5)], max_rows=2)]
    [2, 2, 1]
    >>> [len(b) for b in batches([{"id": "x" * 100}] * 5, max_bytes=1000)]
    [2, 2, 1]
    """
    max_rows = BATCH_ROWS if max_rows is None else max_rows
    max_bytes = BATCH_BYTES if max_bytes is None else max_bytes
    for start in range(0, len(rows), max_rows):
        chunk = list(rows[start:start + max_rows])
        if _approx_size(chunk) <= max_bytes:  # the usual case: one repr per batch
            yield chunk
            continue
        batch: list[dict[str, Any]] = []
        size = 0
        for row in chunk:
            s = _approx_size(row)
            if batch and size + s > max_bytes:
                yield batch
                batch, size = [], 0
            batch.append(row)
            size += s
        if batch:
            yield batch


class Store:
    """A database reached through the neo4j driver.

    The caller may own the driver (``Store(driver, database)``) or let
    :func:`kamgraph.store.session.open_store` create and close it.
    """

    def __init__(self, driver: neo4j.Driver, database: str | None, *,
                 description: str = "store",
                 write_lock: Callable[[], AbstractContextManager[None]] | None = None,
                 embedded: bool = False) -> None:
        self.driver = driver
        self.database = database
        self.description = description
        self.embedded = embedded
        self._write_lock = write_lock
        self._guard_depth = 0
        self._schema_ready = False
        #: where the projection cache keeps accounts (kamgraph.history.cache); None: memory only
        self.cache_dir: Path | None = None
        #: projections answer as the account stood on this day when set (``--as-of``)
        self.as_of: dt.date | None = None

    # -- queries -------------------------------------------------------------
    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the read query ``name`` and return its rows as dicts of Python values."""
        q = queries.get(name)
        try:
            records, _, keys = self.driver.execute_query(
                q.text, params, database_=self.database, routing_=RoutingControl.READ)
        except Exception as e:
            raise self._wrap(e, Text(N_("query {path}"), path=q.path)) from e
        return [{k: _native(v) for k, v in zip(keys, r, strict=True)} for r in records]

    def read_many(self, calls: Sequence[tuple[str, Mapping[str, object]]], *,
                  native: bool = True) -> list[list[dict[str, Any]]]:
        """Run several read queries in one read transaction (one round of BEGIN/COMMIT).

        ``native=False`` leaves the values as the driver decoded them (temporal values as
        ``neo4j.time``), for a reader that converts the few it needs itself instead of
        walking every value.
        """

        def work(tx: ManagedTransaction) -> list[list[dict[str, Any]]]:
            return [_rows(tx, name, params, native=native) for name, params in calls]

        try:
            with self.driver.session(database=self.database,
                                     default_access_mode=neo4j.READ_ACCESS) as session:
                return session.execute_read(work)
        except StoreError:
            raise
        except Exception as e:
            raise self._wrap(e, Text(N_("read {names}"),
                                    names=", ".join(n for n, _ in calls[:3]))) from e

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run one write query in its own retried transaction."""
        return self.transaction(lambda tx: run(tx, name, **params))

    def transaction(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work(tx)`` in one managed write transaction (retried when transient).

        ``work`` must be idempotent: it may run more than once. On the embedded engine
        the write lock of its home is held meanwhile (one writer at a time across
        processes). Transient failures the driver gives up on, and ArcadeDB's
        constraint failures of concurrent MERGEs, are retried with backoff for at most
        :data:`RETRY_BUDGET_S` seconds; then the error says "busy, retry".
        """
        with self.write_guard():
            return self._retried(work)

    @contextmanager
    def write_guard(self) -> Iterator[None]:
        """Hold the write lock (embedded engine) across several writes; reentrant, so
        the transactions inside do not wait for it again."""
        outer = self._write_lock is not None and self._guard_depth == 0
        with self._write_lock() if outer and self._write_lock else nullcontext():
            self._guard_depth += 1
            try:
                yield
            finally:
                self._guard_depth -= 1

    def _retried(self, work: Callable[[ManagedTransaction], T]) -> T:
        budget = RETRY_BUDGET_S if self.embedded else REMOTE_RETRY_S
        end = time.monotonic() + budget
        pause = 0.05
        while True:
            try:
                with self.driver.session(database=self.database) as session:
                    return session.execute_write(work)
            except Exception as e:
                if _transient(e) and time.monotonic() + pause < end:
                    time.sleep(pause)
                    pause = min(pause * 2, 2.0)
                    continue
                if _transient(e):
                    raise EngineBusy(N_("{store} is busy (the write kept conflicting with "
                                        "others for {seconds:.0f}s); retry: {error}"),
                                     store=self.description, seconds=budget,
                                     error=self._wrap(e, Text(N_("write")))) from e
                if isinstance(e, StoreError):
                    raise
                raise self._wrap(e, Text(N_("write"))) from e

    def _wrap(self, e: Exception, what: str) -> StoreError:
        return _wrap(e, what, self.description, self.embedded)

    # -- schema ---------------------------------------------------------------
    def ensure_schema(self) -> list[str]:
        """Create the constraints and indexes of ``cypher/schema`` that are missing."""
        if self._schema_ready:
            return []
        wanted = [n for n in queries.names() if n.startswith("schema/")]
        present = {r["name"] for q in ("admin/constraint_names", "admin/index_names")
                   for r in self.read(q)}
        created = []
        # migrations: cypher/migrate/drop_NAME drops constraint NAME of older stores
        for name in queries.names():
            if name.startswith("migrate/drop_") and name[len("migrate/drop_"):] in present:
                self.write(name)
                created.append(name)
        for name in wanted:
            if name.split("/", 1)[1] not in present:
                self.write(name)
                created.append(name)
        self._schema_ready = True
        return created

    def each(self, calls: Sequence[tuple[str, dict[str, Any]]], *,
             autocommit: bool) -> None:
        """Run each write query on its own, as a hand-written loop would: auto-commit
        (``session.run``, one round trip each) or a managed transaction each
        (``execute_query``: BEGIN, RUN, COMMIT). For the bench's row-at-a-time baseline."""
        texts = [(queries.get(name).text, params) for name, params in calls]
        try:
            if autocommit:
                with self.driver.session(database=self.database) as session:
                    for text, params in texts:
                        session.run(text, params).consume()
            else:
                for text, params in texts:
                    self.driver.execute_query(text, params, database_=self.database)
        except Exception as e:
            raise self._wrap(e, Text(N_("write"))) from e

    def verify(self) -> None:
        """Fail with a kamgraph error unless the store answers."""
        try:
            self.driver.verify_connectivity()
        except Exception as e:
            raise _wrap(e, Text(N_("cannot reach the {store}"), store=self.description), "",
                        self.embedded) from e

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a named query inside a transaction; errors name the query file."""
    return _rows(tx, name, params, native=True)


def _rows(tx: ManagedTransaction, name: str, params: Mapping[str, object], *,
          native: bool) -> list[dict[str, Any]]:
    """The rows of a named query; values converted to Python ones (:func:`_native`) unless
    ``native`` is False."""
    q = queries.get(name)
    try:
        result = tx.run(q.text, dict(params))
        keys = result.keys()
        # zip, not Record.data(): data() re-walks every value to convert graph types,
        # which our queries never return, and costs more than the query on big reads
        if not native:
            return [dict(zip(keys, rec, strict=True)) for rec in result]
        return [{k: _native(v) for k, v in zip(keys, rec, strict=True)} for rec in result]
    except nx4.Neo4jError as e:
        if isinstance(e, nx4.TransientError) or e.is_retryable():
            raise
        raise _wrap(e, Text(N_("query {path}"), path=q.path)) from e


def connect(uri: str, auth: tuple[str, str] | None, retry_s: float) -> neo4j.Driver:
    """A driver for ``uri`` (errors wrapped), retrying transient write errors ``retry_s``."""
    try:
        return GraphDatabase.driver(uri, auth=auth, connection_timeout=10.0,
                                    max_transaction_retry_time=retry_s, user_agent="kamgraph")
    except Exception as e:
        raise _wrap(e, Text(N_("cannot open {uri}"), uri=uri)) from e
