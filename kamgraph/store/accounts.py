"""Write accounts into the store and read them back, record for record.

:func:`save_accounts` replaces the content of several accounts in one transaction, so
an import lands whole or not at all (also when the client is killed midway), and
importing the same file twice gives the same graph. Within an account, nodes are
found by ``(account, id)``; staff and competitors are shared (see
:mod:`kamgraph.store.shared`). :func:`~kamgraph.store.reads.load_account` reads it
back into the same :class:`~kamgraph.model.AccountData` the importers produce.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from kamgraph.errors import NotFound, StoreError
from kamgraph.history import log as history_log
from kamgraph.i18n import N_, Text
from kamgraph.model import KIND_ORDER, AccountData
from kamgraph.store.reads import list_accounts, load_account
from kamgraph.store.rows import by_position, lookups_of, props, query_kinds, write_rows
from kamgraph.store.shared import check_shared
from kamgraph.store.store import Store, Tx, batches, run

__all__ = ["save_account", "save_accounts", "load_account", "list_accounts", "delete_account",
           "erase_person"]


def _plan(data: AccountData) -> list[tuple[str, list[dict[str, Any]]]]:
    """The (query, rows) pairs that write one account: every kind's write queries, in
    :data:`~kamgraph.model.KIND_ORDER` (referenced kinds first)."""
    staff_ids = {s["id"] for s in data["staff"]}
    steps = [step for kind in KIND_ORDER for step in write_rows(kind, data[kind], staff_ids)]
    return [(q, rows) for q, rows in steps if rows]


_CONTENT = ("private_details", "body", "person", "post", "department", "opportunity")


def _delete_content(tx: Tx, account: str) -> None:
    """Delete what belongs to one account (label by label, through the account indexes),
    keeping the Account node and the shared staff and competitors."""
    for kind in _CONTENT:
        run(tx, f"admin/delete_{kind}", account=account)
    run(tx, "admin/delete_competes_for", account=account)
    run(tx, "admin/delete_serves", account=account)


#: (query, rows in it, the parameters of each batch, the first source row of each batch)
Prepared = list[tuple[str, int, list[dict[str, Any]], list[dict[str, Any]]]]


def _prepare(data: AccountData) -> Prepared:
    """What :func:`save_accounts` sends for one account, computed before its
    transaction: per query, the number of rows and the parameters of each batch."""
    out: Prepared = []
    for name, rows in _plan(data):
        lookups = lookups_of(name)
        parts = list(batches(rows))
        out.append((name, len(rows), [by_position(b, lookups) if lookups else {"rows": b}
                                      for b in parts], [b[0] for b in parts]))
    return out


def _record_of(data: AccountData, name: str, first: dict[str, Any]) -> str:
    """Words naming the record a failed batch starts with, and where it was read."""
    kind = query_kinds()[name]
    rid = first["props"].get("id")
    if kind.key == ("id",) and isinstance(rid, str):
        return Text("{kind} {id!r} ({where})", kind=kind.name, id=rid,
                    where=data.where(kind.name, rid))
    rel = name.split("/", 1)[1].replace("_", " ")
    ends = ", ".join(f"{k} {first[k]!r}" for k in kind.links if first.get(k) is not None)
    return Text(N_("{kind} record {ends} ({where})"), kind=rel, ends=ends,
                where=data.source or Text(N_("given records")))


def _write_one(tx: Tx, data: AccountData, prepared: Prepared) -> dict[str, int]:
    acc = data["account"][0]
    counts: dict[str, int] = {}
    try:
        _delete_content(tx, acc["id"])
        run(tx, "write/account", account=acc["id"], props=props("account", acc))
    except StoreError as e:
        raise StoreError(N_("{where}: replacing account {account!r}: {error}; nothing was "
                            "written"), where=data.source or Text(N_("account")),
                         account=acc["id"], error=e) from e
    for name, n, params, firsts in prepared:
        for p, first in zip(params, firsts, strict=True):
            try:
                run(tx, name, account=acc["id"], **p)
            except (StoreError, UnicodeError, ValueError, TypeError, OverflowError) as e:
                raise StoreError(
                    N_("{where}: writing {record} of account {account!r} failed: {error}; "
                       "nothing was written"),
                    where=data.source or Text(N_("account {id}"), id=acc["id"]),
                    record=_record_of(data, name, first), account=acc["id"], error=e) from e
        counts[name] = n
    return counts


def save_account(store: Store, data: AccountData, *,
                 update_shared: bool = False) -> dict[str, int]:
    """Replace one account's content with ``data`` in a single transaction.

    Returns the number of rows written per query. See :func:`save_accounts`.
    """
    return save_accounts(store, [data], update_shared=update_shared)[0]


def save_accounts(store: Store, accounts: Iterable[AccountData], *,
                  update_shared: bool = False) -> list[dict[str, int]]:
    """Replace the content of several accounts, all in one transaction: every account
    is written, or (on any error, or when the client dies midway) none is.

    Staff and competitors are shared by all accounts: a difference from the stored
    ones that other accounts use is refused (:func:`~kamgraph.store.shared.check_shared`)
    before anything is written, unless ``update_shared``.

    While one account is written, a background thread prepares the next one's
    parameters (Python work that otherwise waits for the store). Accounts are not
    written concurrently: on the embedded engine two write transactions conflict on
    shared pages even for disjoint accounts.
    """
    items = list(accounts)
    store.ensure_schema()
    check_shared(store, items, update_shared=update_shared)
    if not items:
        return []
    with ThreadPoolExecutor(1, thread_name_prefix="kamgraph-prepare") as pool:
        ahead = [pool.submit(_prepare, d) for d in items]  # in order, one at a time

        def work(tx: Tx) -> list[dict[str, int]]:
            out = []
            for d, f, history in zip(items, ahead, histories, strict=True):
                history.begin(tx)
                out.append(_write_one(tx, d, f.result()))
                history.finish(tx)
            return out

        # what each import changes, kept as dated events: read under the write lock (on the
        # embedded engine), so no other writer slips in between the read and the write
        with store.write_guard():
            histories = [history_log.prepare_import(store, d) for d in items]
            return store.transaction(work)


def delete_account(store: Store, account: str) -> None:
    """Remove an account and everything that belongs to it."""
    if not store.read("read/account", account=account):
        raise NotFound(N_("no account {account!r}"), account=account)

    def work(tx: Tx) -> None:
        _delete_content(tx, account)
        history_log.delete_history(tx, account)
        run(tx, "admin/delete_account", account=account)

    store.transaction(work)


def erase_person(store: Store, account: str, person: str) -> None:
    """Erase one person completely (GDPR-style request), private details included."""
    def work(tx: Tx) -> list[dict[str, Any]]:
        rows = run(tx, "admin/erase_person", account=account, person=person)
        if rows and rows[0]["erased"]:  # no history names them; the revision moves on
            history_log.erase_person_history(tx, account, person)
            history_log.append(tx, account, [])
        return rows

    rows = store.transaction(work)
    if rows and rows[0]["erased"]:
        history_log.erase_from_plans(store, account, person)
    if not rows or not rows[0]["erased"]:
        raise NotFound(N_("no person {person!r} in account {account!r}"), person=person,
                       account=account)
