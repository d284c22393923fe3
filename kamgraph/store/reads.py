"""Read an account back from the store into the records the importers produce.

One query reads every kind (:data:`ACCOUNT_READ`): a single row with a column per kind,
named by the kind's plural (:attr:`Kind.plural <kamgraph.model.Kind.plural>`), each
``{fields, rows}``: the names of the columns and one list of values per record (a
node's stored properties as the map ``props``; dates as text). One statement and one
Bolt record of lists instead of a query per kind and a record per row: the engines find
the account's people once, and the driver decodes lists several times faster than
records or maps. Private details are a second query in the same read transaction, run
only when asked for.
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

from kamgraph.errors import NotFound
from kamgraph.model import KINDS, AccountData
from kamgraph.store.rows import records
from kamgraph.store.store import Store

__all__ = ["load_account", "list_accounts", "ACCOUNT_READ", "PRIVATE_READ", "KindColumn"]

#: The query that reads every (non-private) record of one account.
ACCOUNT_READ = "read/account_records"
#: The private fields of a kind's records, read only when the user asks for them.
PRIVATE_READ = "read/private_details"


class KindColumn(TypedDict):
    """One kind's column of :data:`ACCOUNT_READ`: the field of each position, the records."""

    fields: list[str]
    rows: list[list[Any]]


def load_account(store: Store, account: str, *, include_private: bool = False) -> AccountData:
    """Read one account back into records (private fields only when asked).

    All reads run in one read transaction, so the account is read consistently.
    """
    p = {"account": account}
    calls = [(ACCOUNT_READ, p)] + ([(PRIVATE_READ, p)] if include_private else [])
    found = store.read_many(calls, native=False)
    if not found[0]:
        known = ", ".join(a["id"] for a in list_accounts(store)) or "none yet"
        raise NotFound(f"no account {account!r} (accounts: {known})")
    columns = cast(dict[str, KindColumn], found[0][0])
    private = {r["person"]: r["props"] for r in found[1]} if include_private else {}
    d = AccountData()
    for kind, k in KINDS.items():
        col = columns[k.plural]
        hidden = {person: {f: v for f, v in props.items() if f in k.private_fields}
                  for person, props in private.items()} if k.private_fields else None
        d[kind].extend(records(kind, col["fields"], col["rows"], hidden))
    return d


def list_accounts(store: Store) -> list[dict[str, Any]]:
    """Every account: id, name, name_en, tier, people, opportunities."""
    return store.read("read/accounts")
