"""Erasure: remove a person, one of our staff, or a whole account, and leave no trace.

A person is matched by account and id; our staff are one shared catalogue, so
erasing a staff member removes them from every account they served. Erasing an
account also removes the staff and competitors only it used.

On the embedded engine the erasure ends with a scrub (see
:mod:`kamgraph.store.daemon`): the indexes are rebuilt from the live records and
the database is closed and reopened, which checkpoints the data files and deletes
the write-ahead log, so the erased strings are gone from disk when the command
returns. A Neo4j server keeps its own transaction logs for as long as its
``db.tx_log.rotation.retention_policy`` says; that is the server operator's to set.

Free text in other records (someone else's note, stance evidence, an interaction
summary) may still name the person: :func:`mentions` lists it for review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from kamgraph.errors import NotFound
from kamgraph.store.store import Store

__all__ = ["Erasure", "erase", "erase_account", "mentions"]


@dataclass
class Erasure:
    """What an erasure removed, and what still mentions the erased."""

    what: str
    kind: str  # "person", "staff" or "account"
    names: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    shared_removed: dict[str, list[str]] = field(default_factory=dict)
    scrubbed: bool = False
    mentions: list[Mention] = field(default_factory=list)


class Mention(TypedDict):
    """A node or relationship field whose text contains a name being erased."""

    kind: str
    account: str | None
    id: str | None
    #: the other end, for a relationship
    target: str | None
    field: str
    text: str


def _names(row: Mapping[str, object]) -> list[str]:
    return [n for n in (row.get("name"), row.get("name_en")) if isinstance(n, str) and n.strip()]


def erase(store: Store, account: str, who: str, *, home: Path | None = None,
          report_mentions: bool = False) -> Erasure:
    """Erase person ``who`` of ``account``, or, when no such person exists, our staff
    member ``who`` (who must serve ``account``) from every account.

    ``home``: the embedded engine's home, to scrub its files afterwards.
    """
    with store.write_guard():
        person = store.read("read/person_names", account=account, person=who)
        if person:
            result = Erasure(f"person {who} of account {account}", "person",
                             names=_names(person[0]), accounts=[account])
            rows = store.write("admin/erase_person", account=account, person=who)
            if not rows or not rows[0]["erased"]:
                raise NotFound(f"no person {who!r} in account {account!r}")
        else:
            staff = store.read("read/staff_of_account", account=account, staff=who)
            if not staff or not staff[0]["serves"]:
                hint = (f"; staff member {who!r} does not serve it" if staff else "")
                raise NotFound(f"no person or staff member {who!r} in account {account!r}{hint}")
            rows = store.write("admin/erase_staff", staff=who)
            result = Erasure(f"staff member {who} (served {', '.join(rows[0]['accounts'])})",
                             "staff", names=_names(staff[0]),
                             accounts=sorted(rows[0]["accounts"]))
        _finish(store, result, home, report_mentions)
    return result


def erase_account(store: Store, account: str, *, home: Path | None = None) -> Erasure:
    """Erase an account with everything in it, and the staff and competitors no other
    account uses."""
    from kamgraph.store.accounts import delete_account

    with store.write_guard():
        shared = store.read("admin/shared_of_account", account=account)
        delete_account(store, account)
        removed = store.write("admin/delete_orphan_shared", staff=shared[0]["staff"],
                              competitors=shared[0]["competitors"])
        result = Erasure(f"account {account}", "account", accounts=[account],
                         shared_removed={"staff": sorted(removed[0]["staff"]),
                                         "competitors": sorted(removed[0]["competitors"])})
        _finish(store, result, home, False)
    return result


def mentions(store: Store, names: list[str]) -> list[Mention]:
    """Every node or relationship field whose text contains one of ``names``."""
    if not names:
        return []
    rows = [Mention(kind=r["kind"], account=r["account"], id=r["id"], target=r["target"],
                    field=r["field"], text=r["text"])
            for r in store.read("admin/mentions", names=names)]
    return sorted(rows, key=lambda r: (str(r["account"]), r["kind"], str(r["id"]),
                                       str(r["target"]), r["field"]))


def _finish(store: Store, result: Erasure, home: Path | None, report: bool) -> None:
    if report:
        result.mentions = mentions(store, result.names)
    if home is not None:
        from kamgraph.store.engine import ask_engine

        ask_engine(home, "scrub")
        result.scrubbed = True
