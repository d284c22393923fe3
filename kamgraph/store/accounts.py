"""Write accounts into the store and read them back, record for record.

:func:`save_accounts` replaces the content of several accounts in one transaction, so
an import lands whole or not at all (also when the client is killed midway), and
importing the same file twice gives the same graph. Within an account, nodes are
found by ``(account, id)``; staff and competitors are shared (see
:mod:`kamgraph.store.shared`). :func:`load_account` reads it back into the same
:class:`~kamgraph.model.AccountData` the importers produce.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from neo4j import ManagedTransaction

from kamgraph.errors import NotFound, StoreError
from kamgraph.model import KINDS, PRIVATE_FIELDS, AccountData
from kamgraph.store.shared import ATTR_PROPERTY, check_shared
from kamgraph.store.store import Store, batches, run

__all__ = ["save_account", "save_accounts", "load_account", "list_accounts", "delete_account",
           "erase_person"]

# kind -> (query, fields kept as node/relationship properties; the others become links)
_LINK_FIELDS: dict[str, set[str]] = {
    "department": {"parent"},
    "post": {"department"},
    "person": {"department", "post", "post_since", *PRIVATE_FIELDS},
    "opportunity": {"competitors"},
    "influence": {"source", "target"},
    "stance": {"person", "competitor"},
    "owns": {"staff", "person"},
    "knows": {"source", "target"},
    "sponsors": {"staff", "person"},
    "informs": {"source", "target"},
    "interaction": {"staff", "person"},
    "body": {"chair", "members", "opportunity"},
}


# query -> {row field: id-list parameter}. Per batch, each listed field is sent as a
# position in that list, and the query looks every listed node up once (an index seek
# per distinct node instead of per row; on ArcadeDB the per-row seeks of nodes created
# earlier in the same transaction were most of an import's time).
_LOOKUPS: dict[str, dict[str, str]] = {
    "write/people": {"department": "departments", "post": "posts"},
    "write/private_details": {"person": "people"},
    "write/positions": {"person": "people", "post": "posts"},
    "write/reports_to": {"person": "people", "manager": "people"},
    "write/influences": {"source": "people", "target": "people"},
    "write/roles": {"person": "people", "opportunity": "opportunities"},
    "write/stances": {"person": "people"},
    "write/owns": {"staff": "staff", "person": "people"},
    "write/sponsors": {"staff": "staff", "person": "people"},
    "write/interactions": {"staff": "staff", "person": "people"},
    "write/knows_from_staff": {"source": "staff", "target": "people"},
    "write/knows_from_person": {"source": "people", "target": "people"},
    "write/informs_from_staff": {"source": "staff", "target": "people"},
    "write/informs_from_person": {"source": "people", "target": "people"},
}


def _by_position(rows: list[dict[str, Any]], lookups: dict[str, str]) -> dict[str, Any]:
    """Query parameters for one batch: the id lists of ``lookups`` and the rows with
    those fields replaced by positions in them (a missing id stays null).

    Examples
    --------
    >>> _by_position([{"source": "p2", "target": "p1"}, {"source": "p1", "target": None}],
    ...              {"source": "people", "target": "people"})
    {'rows': [{'source': 0, 'target': 1}, {'source': 1, 'target': None}], 'people': ['p2', 'p1']}
    """
    lists: dict[str, dict[str, int]] = {name: {} for name in lookups.values()}
    pairs = [(field, lists[name]) for field, name in lookups.items()]
    out = []
    for row in rows:
        row = dict(row)
        for field, seen in pairs:
            value = row.get(field)
            if value is not None:
                pos = seen.get(value)
                if pos is None:
                    pos = seen[value] = len(seen)
                row[field] = pos
        out.append(row)
    return {"rows": out, **{name: list(seen) for name, seen in lists.items()}}


def _props(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """A record's stored properties: its own fields, free attributes flattened."""
    drop = _LINK_FIELDS.get(kind, set())
    out = {k: v for k, v in rec.items()
           if k not in drop and k != "attributes" and v is not None and v != []}
    out.update({ATTR_PROPERTY + a: v for a, v in (rec.get("attributes") or {}).items()})
    return out


def _plan(data: AccountData) -> list[tuple[str, list[dict[str, Any]]]]:
    """The (query, rows) pairs that write one account, in dependency order."""
    staff_ids = {s["id"] for s in data["staff"]}
    steps: list[tuple[str, list[dict[str, Any]]]] = [
        ("write/competitors", [{"id": c["id"], "props": _props("competitor", c)}
                               for c in data["competitor"]]),
        ("write/departments", [{"props": _props("department", d)} for d in data["department"]]),
        ("write/department_parents", [{"id": d["id"], "parent": d.get("parent")}
                                      for d in data["department"]]),
        ("write/posts", [{"props": _props("post", p), "department": p.get("department")}
                         for p in data["post"]]),
        ("write/staff", [{"id": s["id"], "props": _props("staff", s)} for s in data["staff"]]),
        ("write/people", [{"props": _props("person", p), "department": p.get("department"),
                           "post": p.get("post"), "post_since": p.get("post_since")}
                          for p in data["person"]]),
        ("write/private_details", [
            {"person": p["id"], "props": {f: p[f] for f in PRIVATE_FIELDS if p.get(f)}}
            for p in data["person"] if any(p.get(f) for f in PRIVATE_FIELDS)]),
        ("write/opportunities", [{"props": _props("opportunity", o),
                                  "competitors": list(o.get("competitors") or [])}
                                 for o in data["opportunity"]]),
        ("write/bodies", [{"props": _props("body", b), "members": sorted(
            set(b.get("members") or []) | ({b["chair"]} if b.get("chair") else set())),
            "chair": b.get("chair"), "opportunity": b.get("opportunity")}
            for b in data["body"]]),
        ("write/positions", [dict(r) for r in data["position"]]),
        ("write/reports_to", [dict(r) for r in data["reports_to"]]),
        ("write/influences", [{"source": r["source"], "target": r["target"],
                               "props": _props("influence", r)} for r in data["influence"]]),
        ("write/roles", [dict(r) for r in data["role"]]),
        ("write/stances", [{"person": r["person"], "props": _props("stance", r)}
                           for r in data["stance"]]),
        ("write/owns", [{"staff": r["staff"], "person": r["person"], "props": _props("owns", r)}
                        for r in data["owns"]]),
        ("write/sponsors", [{"staff": r["staff"], "person": r["person"],
                             "props": _props("sponsors", r)} for r in data["sponsors"]]),
        ("write/interactions", [{"staff": r["staff"], "person": r["person"],
                                 "props": _props("interaction", r)} for r in data["interaction"]]),
    ]
    for kind, base in (("knows", "write/knows_from_"), ("informs", "write/informs_from_")):
        for src in ("staff", "person"):
            rows = [{"source": r["source"], "target": r["target"], "props": _props(kind, r)}
                    for r in data[kind] if (r["source"] in staff_ids) == (src == "staff")]
            steps.append((base + src, rows))
    return [(q, rows) for q, rows in steps if rows]


_CONTENT = ("private_details", "body", "person", "post", "department", "opportunity")


def _delete_content(tx: ManagedTransaction, account: str) -> None:
    """Delete what belongs to one account (label by label, through the account indexes),
    keeping the Account node and the shared staff and competitors."""
    for kind in _CONTENT:
        run(tx, f"admin/delete_{kind}", account=account)
    run(tx, "admin/delete_competes_for", account=account)
    run(tx, "admin/delete_serves", account=account)


# query -> (kind of its rows' records, the row field naming the record)
_WHAT: dict[str, tuple[str, str]] = {
    "write/competitors": ("competitor", "id"), "write/departments": ("department", "props"),
    "write/department_parents": ("department", "id"), "write/posts": ("post", "props"),
    "write/staff": ("staff", "id"), "write/people": ("person", "props"),
    "write/private_details": ("person", "person"), "write/opportunities": ("opportunity", "props"),
}

#: (query, rows in it, the parameters of each batch, the first source row of each batch)
Prepared = list[tuple[str, int, list[dict[str, Any]], list[dict[str, Any]]]]


def _prepare(data: AccountData) -> Prepared:
    """What :func:`save_accounts` sends for one account, computed before its
    transaction: per query, the number of rows and the parameters of each batch."""
    out: Prepared = []
    for name, rows in _plan(data):
        lookups = _LOOKUPS.get(name)
        parts = list(batches(rows))
        out.append((name, len(rows), [_by_position(b, lookups) if lookups else {"rows": b}
                                      for b in parts], [b[0] for b in parts]))
    return out


def _record_of(data: AccountData, name: str, first: dict[str, Any]) -> str:
    """Words naming the record a failed batch starts with, and where it was read."""
    kind, key = _WHAT.get(name, ("", ""))
    value = first.get(key)
    rid = value.get("id") if isinstance(value, dict) else value
    if kind and isinstance(rid, str):
        return f"{kind} {rid!r} ({data.where(kind, rid)})"
    rel = name.split("/", 1)[1].replace("_", " ")
    ends = ", ".join(f"{k} {v!r}" for k, v in first.items() if k != "props" and v is not None)
    return f"{rel} record {ends} ({data.source or 'given records'})"


def _write_one(tx: ManagedTransaction, data: AccountData, prepared: Prepared) -> dict[str, int]:
    acc = data["account"][0]
    counts: dict[str, int] = {}
    try:
        _delete_content(tx, acc["id"])
        run(tx, "write/account", account=acc["id"], props=_props("account", acc))
    except StoreError as e:
        raise StoreError(f"{data.source or 'account'}: replacing account {acc['id']!r}: {e}; "
                         "nothing was written") from e
    for name, n, params, firsts in prepared:
        for p, first in zip(params, firsts, strict=True):
            try:
                run(tx, name, account=acc["id"], **p)
            except (StoreError, UnicodeError, ValueError, TypeError, OverflowError) as e:
                raise StoreError(
                    f"{data.source or 'account ' + acc['id']}: writing "
                    f"{_record_of(data, name, first)} of account {acc['id']!r} failed: {e}; "
                    "nothing was written") from e
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
    from kamgraph.history.log import prepare_import

    items = list(accounts)
    store.ensure_schema()
    check_shared(store, items, update_shared=update_shared)
    if not items:
        return []
    with ThreadPoolExecutor(1, thread_name_prefix="kamgraph-prepare") as pool:
        ahead = [pool.submit(_prepare, d) for d in items]  # in order, one at a time

        def work(tx: ManagedTransaction) -> list[dict[str, int]]:
            out = []
            for d, f, history in zip(items, ahead, histories, strict=True):
                history.begin(tx)
                out.append(_write_one(tx, d, f.result()))
                history.finish(tx)
            return out

        # what each import changes, kept as dated events: read under the write lock (on the
        # embedded engine), so no other writer slips in between the read and the write
        with store.write_guard():
            histories = [prepare_import(store, d) for d in items]
            return store.transaction(work)


def _rec(kind: str, props: dict[str, Any], **links: Any) -> dict[str, Any]:
    """A record with its fields in the kind's order, unset fields absent."""
    merged = {**props, **{k: v for k, v in links.items() if v is not None and v != []}}
    attrs = {k[len(ATTR_PROPERTY):]: v for k, v in props.items() if k.startswith(ATTR_PROPERTY)}
    if attrs:
        merged["attributes"] = dict(sorted(attrs.items()))
    rec = {f.name: merged[f.name] for f in KINDS[kind].fields
           if merged.get(f.name) is not None and merged.get(f.name) != []}
    if kind == "stance" and "raw" in props:
        rec["raw"] = props["raw"]
    return rec


# kind -> (query, the field that holds the account person each row is grouped by).
# Rows come as (anchor, ties): one row per person with the list of their ties, which
# ArcadeDB returns several times faster than one row per tie.
_GROUPED_READS: tuple[tuple[str, str, str], ...] = (
    ("position", "read/positions", "person"),
    ("reports_to", "read/reports_to", "person"),
    ("role", "read/roles", "person"),
    ("influence", "read/influences", "source"),
    ("stance", "read/stances", "person"),
    ("owns", "read/owns", "person"),
    ("knows", "read/knows", "target"),
    ("sponsors", "read/sponsors", "person"),
    ("informs", "read/informs", "target"),
    ("interaction", "read/interactions", "person"),
)


def _sort_key(kind: str) -> Any:
    key = KINDS[kind].key
    return lambda r: tuple(str(r.get(k, "")) for k in key)


def load_account(store: Store, account: str, *, include_private: bool = False) -> AccountData:
    """Read one account back into records (private fields only when asked).

    All reads run in one read transaction, so the account is read consistently.
    """
    p = {"account": account}
    names = ["read/account", "read/competitors", "read/departments", "read/posts",
             "read/people", "read/opportunities", "read/staff", "read/bodies"]
    names += [q for _, q, _ in _GROUPED_READS]
    if include_private:
        names.append("read/private_details")
    res = dict(zip(names, store.read_many([(n, p) for n in names]), strict=True))
    if not res["read/account"]:
        known = ", ".join(a["id"] for a in list_accounts(store)) or "none yet"
        raise NotFound(f"no account {account!r} (accounts: {known})")
    d = AccountData()
    d["account"].append(_rec("account", res["read/account"][0]["props"]))
    d["competitor"].extend(_rec("competitor", r["props"]) for r in res["read/competitors"])
    d["department"].extend(_rec("department", r["props"], parent=r["parent"])
                           for r in res["read/departments"])
    d["post"].extend(_rec("post", r["props"], department=r["department"])
                     for r in res["read/posts"])
    private = {r["person"]: r["props"] for r in res.get("read/private_details", [])}
    for r in res["read/people"]:
        priv = {k: v for k, v in private.get(r["props"]["id"], {}).items() if k in PRIVATE_FIELDS}
        d["person"].append(_rec("person", r["props"], department=r["department"], post=r["post"],
                                post_since=r["post_since"], **priv))
    d["opportunity"].extend(_rec("opportunity", r["props"], competitors=r["competitors"])
                            for r in res["read/opportunities"])
    for kind, query, anchor in _GROUPED_READS:
        recs = [_rec(kind, tie, **{anchor: r["anchor"]}) for r in res[query] for tie in r["ties"]]
        d[kind].extend(sorted(recs, key=_sort_key(kind)))
    d["body"].extend(_rec("body", r["props"], members=r["members"], chair=r["chair"],
                          opportunity=r["opportunity"]) for r in res["read/bodies"])
    staff = {r["props"]["id"]: _rec("staff", r["props"]) for r in res["read/staff"]}
    d["staff"].extend(staff[k] for k in sorted(staff))
    return d


def list_accounts(store: Store) -> list[dict[str, Any]]:
    """Every account: id, name, name_en, tier, people, opportunities."""
    return store.read("read/accounts")


def delete_account(store: Store, account: str) -> None:
    """Remove an account and everything that belongs to it."""
    if not store.read("read/account", account=account):
        raise NotFound(f"no account {account!r}")

    def work(tx: ManagedTransaction) -> None:
        from kamgraph.history.log import delete_history

        _delete_content(tx, account)
        delete_history(tx, account)
        run(tx, "admin/delete_account", account=account)

    store.transaction(work)


def erase_person(store: Store, account: str, person: str) -> None:
    """Erase one person completely (GDPR-style request), private details included."""
    from kamgraph.history.log import append, erase_person_history

    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        rows = run(tx, "admin/erase_person", account=account, person=person)
        if rows and rows[0]["erased"]:  # no history names them; the revision moves on
            erase_person_history(tx, account, person)
            append(tx, account, [])
        return rows

    rows = store.transaction(work)
    if rows and rows[0]["erased"]:
        from kamgraph.history.review import erase_from_plans

        erase_from_plans(store, account, person)
    if not rows or not rows[0]["erased"]:
        raise NotFound(f"no person {person!r} in account {account!r}")
