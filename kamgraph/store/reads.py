"""Read an account back from the store into the records the importers produce.

Every kind is read by its query (:attr:`Kind.read_query <kamgraph.model.Kind.read_query>`),
all in one read transaction. A kind with an ``anchor`` is read grouped: one row per
account person with the list of their ties (ArcadeDB returns that several times
faster than one row per tie), each tie a map of its fields with dates as text. Other
kinds come one row per record: ``props`` plus a column per link field.
"""

from __future__ import annotations

from typing import Any

from kamgraph.errors import NotFound
from kamgraph.model import KINDS, AccountData
from kamgraph.records import Record
from kamgraph.store.rows import record, sort_key
from kamgraph.store.store import Store

__all__ = ["load_account", "list_accounts", "PRIVATE_READ"]

#: The private fields of a kind's records, read only when the user asks for them.
PRIVATE_READ = "read/private_details"


def _records(kind: str, rows: list[dict[str, Any]]) -> list[Record]:
    k = KINDS[kind]
    if k.anchor:
        recs = [record(kind, tie, **{k.anchor: r["anchor"]}) for r in rows for tie in r["ties"]]
    else:
        recs = [record(kind, r["props"], **{link: r[link] for link in k.links}) for r in rows]
    return sorted(recs, key=sort_key(kind))


def load_account(store: Store, account: str, *, include_private: bool = False) -> AccountData:
    """Read one account back into records (private fields only when asked).

    All reads run in one read transaction, so the account is read consistently.
    """
    p = {"account": account}
    names = [k.read_query for k in KINDS.values()]
    if include_private:
        names.append(PRIVATE_READ)
    res = dict(zip(names, store.read_many([(n, p) for n in names]), strict=True))
    if not res[KINDS["account"].read_query]:
        known = ", ".join(a["id"] for a in list_accounts(store)) or "none yet"
        raise NotFound(f"no account {account!r} (accounts: {known})")
    d = AccountData()
    private = {r["person"]: r["props"] for r in res.get(PRIVATE_READ, [])}
    for kind, k in KINDS.items():
        rows = res[k.read_query]
        if private and k.private_fields:
            rows = [{**r, "props": {**r["props"], **{
                f: v for f, v in private.get(r["props"]["id"], {}).items()
                if f in k.private_fields}}} for r in rows]
        d[kind].extend(_records(kind, rows))
    return d


def list_accounts(store: Store) -> list[dict[str, Any]]:
    """Every account: id, name, name_en, tier, people, opportunities."""
    return store.read("read/accounts")
