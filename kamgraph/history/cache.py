"""The projection cache: an unchanged account is not read from the store again.

Every write gives an account a new *stamp* (see :mod:`kamgraph.history.log`).
:func:`account_data` asks the store for the stamp only (one small query) and, when
it has seen that stamp, returns the account without reading it: first from this
process's memory, else from a pickle file under ``<kamgraph home>/cache/accounts``
(folder 0700, files 0600, written atomically; the file of an older stamp is
removed). Only what the analyzers see by default is cached: private fields
(family, hobbies, home area, notes) never reach the cache, and a request with
``include_private`` always reads the store. A cached file is only ever read back
by the same kamgraph code (its name carries a fingerprint of the model and the
account reader) from the user's own private folder.

:func:`project` is what :meth:`kamgraph.store.Store.project` calls: the cached
account, without the people who have left, projected for the analyzers; with
``as_of`` the account as it stood on that day (see :mod:`kamgraph.history.asof`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import networkx as nx

from kamgraph.errors import NotFound
from kamgraph.graph import gc_paused
from kamgraph.i18n import N_
from kamgraph.model import AccountData, today

if TYPE_CHECKING:
    from kamgraph.store.store import Store

__all__ = ["account_data", "account_state", "remember_after_write", "project", "clear_memory",
           "derived", "held", "CacheStats", "STATS"]

_MEMORY: OrderedDict[tuple[str, str, str], tuple[int, AccountData]] = OrderedDict()
_MEMORY_SIZE = 16
T = TypeVar("T")


class CacheStats:
    """Counts of where accounts came from (memory, disk, store), for the bench and tests."""

    def __init__(self) -> None:
        self.memory = self.disk = self.store = 0

    def as_dict(self) -> dict[str, int]:
        return {"memory": self.memory, "disk": self.disk, "store": self.store}


STATS = CacheStats()


def clear_memory() -> None:
    """Forget the accounts, graphs and derived values held in this process (the disk
    cache stays)."""
    _MEMORY.clear()
    _GRAPHS.clear()
    _DERIVED.clear()


@cache
def _fingerprint() -> str:
    """Changes whenever the code that shapes a cached account changes."""
    from kamgraph import __version__, queries
    from kamgraph.store.reads import ACCOUNT_READ

    h = hashlib.sha256(__version__.encode())
    for mod in ("model.py", "store/reads.py", "store/rows.py"):
        h.update((Path(__file__).resolve().parent.parent / mod).read_bytes())
    h.update(queries.get(ACCOUNT_READ).text.encode())  # the query that reads the account
    return h.hexdigest()[:12]


def _prefix(store: Store, account: str) -> str:
    return hashlib.sha256(f"{store.description}\0{account}".encode()).hexdigest()[:20]


def _folder(store: Store) -> Path | None:
    base = getattr(store, "cache_dir", None)
    if base is None:
        return None
    folder = Path(base) / "accounts"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        os.chmod(folder.parent, 0o700)
    except OSError:
        return None
    return folder


def _read_file(path: Path) -> AccountData | None:
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return data if isinstance(data, AccountData) else None


def _write_file(folder: Path, prefix: str, name: str, data: AccountData) -> None:
    for old in folder.glob(f"{prefix}-*.pickle"):
        if old.name != name:
            old.unlink(missing_ok=True)
    # mkstemp makes the file 0600 (os.fchmod does not exist on Windows before 3.13)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / name)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _remember(store: Store, account: str, stamp: str, rev: int, data: AccountData) -> None:
    _MEMORY[(store.description, account, stamp)] = (rev, data)
    while len(_MEMORY) > _MEMORY_SIZE:
        _MEMORY.popitem(last=False)


def remember_after_write(store: Store, account: str, stamp: str, rev: int,
                         data: AccountData) -> None:
    """A writer that knows the account's state after its own write (nobody wrote in
    between: ``rev`` is one more than the revision ``data`` was derived from) hands it
    over, so that the next command in this process does not read it again."""
    _remember(store, account, stamp, rev, data)


def account_state(store: Store, account: str) -> tuple[AccountData, int]:
    """The account as stored now (no private fields) and its revision, from the cache
    when unchanged. Treat the data as read-only: it is shared by later calls."""
    data, rev, _ = _state(store, account)
    return data, rev


def _state(store: Store, account: str) -> tuple[AccountData, int, str | None]:
    from kamgraph.history.log import revision
    from kamgraph.store.reads import load_account

    info = revision(store, account)
    if info is None:
        return load_account(store, account), 0, None  # raises NotFound, naming the accounts
    rev, stamp = info
    if stamp is None:  # written before revisions existed: nothing names this state
        STATS.store += 1
        return load_account(store, account), rev, None
    key = (store.description, account, stamp)
    hit = _MEMORY.get(key)
    if hit is not None:
        _MEMORY.move_to_end(key)
        STATS.memory += 1
        return hit[1], hit[0], stamp
    folder = _folder(store)
    prefix = _prefix(store, account)
    name = f"{prefix}-{stamp}-{_fingerprint()}.pickle"
    data = _read_file(folder / name) if folder is not None else None
    if data is not None:
        STATS.disk += 1
    else:
        data = load_account(store, account)
        STATS.store += 1
        if folder is not None:
            _write_file(folder, prefix, name, data)
    _remember(store, account, stamp, rev, data)
    return data, rev, stamp


def account_data(store: Store, account: str) -> AccountData:
    """The account as stored now (see :func:`account_state`)."""
    return account_state(store, account)[0]


@cache
def _code_fingerprint() -> str:
    """Changes whenever any of kamgraph's code changes (a derived value may depend on any
    analyzer)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(_fingerprint().encode())
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


_DERIVED: OrderedDict[tuple[str, str, str, str], object] = OrderedDict()
_DERIVED_SIZE = 512


def derived(store: Store, account: str, name: str, compute: Callable[[], T],
            kind: type[T]) -> T:
    """A value computed from ``account`` as stored now (``compute()``, which must read
    the account through this cache and depend on nothing else but ``name``), kept per
    account stamp in this process and on disk beside the cached account: an unchanged
    account costs one small query and one small file. ``name`` tells the values of one
    account apart (put in it whatever else the value depends on, such as the day).

    Only what the analyzers see may go in: no private fields. Without a stamp (an
    account written before revisions) the value is computed every time. A kept value
    that is not a ``kind`` (a damaged file) is computed again.
    """
    found, key, folder, prefix, file = _held(store, account, name, kind)
    if found is not None:
        return found
    value = compute()
    if key is None:
        return value
    if folder is not None:
        _write_object(folder, prefix, file, value)
    _DERIVED[key] = value
    while len(_DERIVED) > _DERIVED_SIZE:
        _DERIVED.popitem(last=False)
    return value


def held(store: Store, account: str, name: str, kind: type[T]) -> T | None:
    """The value :func:`derived` keeps for ``account`` as stored now under ``name``, or
    None when it would have to compute it (nothing kept, or an account without a stamp)."""
    return _held(store, account, name, kind)[0]


def _held(store: Store, account: str, name: str, kind: type[T]
          ) -> tuple[T | None, tuple[str, str, str, str] | None, Path | None, str, str]:
    """``(value or None, memory key, folder, file prefix, file name)``; the key is None
    without a stamp (nothing is kept then)."""
    from kamgraph.history.log import revision

    info = revision(store, account)
    stamp = None if info is None else info[1]
    if stamp is None:
        return None, None, None, "", ""
    key = (store.description, account, stamp, name)
    hit = _DERIVED.get(key)
    if isinstance(hit, kind):
        _DERIVED.move_to_end(key)
        return hit, key, None, "", ""
    folder = _folder(store)
    tag = hashlib.sha256(name.encode()).hexdigest()[:12]
    prefix = f"{_prefix(store, account)}-{tag}"
    file = f"{prefix}-{stamp}-{_code_fingerprint()}.derived"
    kept = _read_object(folder / file) if folder is not None else None
    if isinstance(kept, kind):
        _DERIVED[key] = kept
        while len(_DERIVED) > _DERIVED_SIZE:
            _DERIVED.popitem(last=False)
        return kept, key, folder, prefix, file
    return None, key, folder, prefix, file


def _read_object(path: Path) -> object:
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _write_object(folder: Path, prefix: str, name: str, value: object) -> None:
    for old in folder.glob(f"{prefix}-*.derived"):
        if old.name != name:
            old.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".derived")  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / name)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


_GRAPHS: OrderedDict[tuple[str, str, str, str | None, dt.date], nx.MultiDiGraph] = OrderedDict()
_GRAPHS_SIZE = 4


def project(store: Store, account: str, opportunity: str | None = None, *,
            include_private: bool = False, as_of: dt.date | None = None) -> nx.MultiDiGraph:
    """The networkx projection of one account (see :mod:`kamgraph.projection`) of the
    people present, as it is now or as it stood at the end of ``as_of``.

    The projection of an unchanged account is the same graph object as the last time
    in this process (the analyzers' per-graph caches then still hold): treat it as
    read-only, and copy it (``G.copy()``) to change it. Python's cycle collector is
    paused meanwhile: reading and projecting make tens of thousands of objects, and each
    automatic collection would walk every object the process holds again.
    """
    with gc_paused():
        return _project(store, account, opportunity, include_private, as_of)


def _project(store: Store, account: str, opportunity: str | None, include_private: bool,
             as_of: dt.date | None) -> nx.MultiDiGraph:
    from kamgraph.history.asof import as_of as back_to
    from kamgraph.history.asof import present
    from kamgraph.history.log import events
    from kamgraph.projection import graph_from_data
    from kamgraph.store.reads import load_account

    if include_private:
        data = load_account(store, account, include_private=True)
    elif as_of is None:
        data, _, stamp = _state(store, account)
        if stamp is not None:
            key = (store.description, account, stamp, opportunity, today())
            G = _GRAPHS.get(key)
            if G is None:
                G = _GRAPHS[key] = graph_from_data(present(data), opportunity)
                while len(_GRAPHS) > _GRAPHS_SIZE:
                    _GRAPHS.popitem(last=False)
            return G
    else:
        data = account_data(store, account)
    if as_of is not None:
        data = back_to(data, events(store, account), as_of)
        if not data["account"]:
            raise NotFound(N_("account {account!r} did not exist on {day}"), account=account,
                           day=as_of)
    return graph_from_data(present(data, as_of), opportunity, include_private=include_private)
