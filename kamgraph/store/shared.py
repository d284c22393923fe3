"""The catalogues shared by every account: our staff and the competitors.

Everything else in the store belongs to one account (its nodes are identified by
``(account, id)``). Staff and competitors are kept once for the whole store on
purpose, so one import could change them for every other account. Before an import
writes anything, :func:`shared_changes` compares the staff and competitors it brings
with the stored ones; :func:`check_shared` refuses any difference that reaches an
account outside the import, unless the user said ``--update-shared``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamgraph.errors import ImportValidationError, ValidationIssue
from kamgraph.formats.records import show
from kamgraph.model import AccountData

if TYPE_CHECKING:
    from kamgraph.store.store import Store

__all__ = ["SharedChange", "shared_changes", "check_shared", "props_of"]

#: Shared kinds -> the word used in messages.
SHARED_KINDS: dict[str, str] = {"staff": "staff member", "competitor": "competitor"}
#: Free attributes are stored as node properties with this prefix.
ATTR_PROPERTY = "attr_"


def props_of(rec: dict[str, Any]) -> dict[str, object]:
    """The stored properties of a staff or competitor record (attributes flattened)."""
    out = {k: v for k, v in rec.items() if k != "attributes" and v is not None and v != []}
    out.update({ATTR_PROPERTY + a: v for a, v in (rec.get("attributes") or {}).items()})
    return out


@dataclass(frozen=True)
class SharedChange:
    """A staff member or competitor that an import would change for other accounts."""

    kind: str
    id: str
    where: str  # file:line of the record in the import
    changes: tuple[tuple[str, Any, Any], ...]  # (field, stored value, imported value)
    accounts: tuple[str, ...]  # other accounts that use it

    def describe(self) -> str:
        """One line: what changes and for whom.

        Examples
        --------
        >>> SharedChange("competitor", "c-hx", "x.yaml:3", (("name", "华信", "EVIL"),),
        ...              ("gd-telecom",)).describe()
        "competitor 'c-hx': name '华信' -> 'EVIL'; also used by account gd-telecom"
        """
        parts = []
        for name, old, new in self.changes:
            field = name[len(ATTR_PROPERTY):] if name.startswith(ATTR_PROPERTY) else name
            before = "(unset)" if old is None else show(old)
            after = "(unset)" if new is None else show(new)
            parts.append(f"{field} {before} -> {after}")
        word = "account" if len(self.accounts) == 1 else "accounts"
        return (f"{SHARED_KINDS[self.kind]} {self.id!r}: {', '.join(parts)}; "
                f"also used by {word} {', '.join(self.accounts)}")


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return float(a) == float(b)
    return bool(a == b)


def _diff(old: Mapping[str, object], new: Mapping[str, object]
          ) -> tuple[tuple[str, object, object], ...]:
    names = sorted(set(old) | set(new), key=lambda n: (n.startswith(ATTR_PROPERTY), n))
    return tuple((n, old.get(n), new.get(n)) for n in names
                 if not _same(old.get(n), new.get(n)))


def shared_changes(store: Store, accounts: Sequence[AccountData]) -> list[SharedChange]:
    """Staff and competitors of ``accounts`` that differ from the stored ones and are
    used by accounts outside ``accounts`` (sorted by kind and id)."""
    importing = {d.account_id for d in accounts}
    wanted: dict[tuple[str, str], tuple[dict[str, object], str]] = {}
    for d in accounts:
        for kind in SHARED_KINDS:
            for rec in d[kind]:
                wanted.setdefault((kind, rec["id"]), (props_of(rec), d.where(kind, rec["id"])))
    if not wanted:
        return []
    rows = store.read("read/shared_records",
                      staff=[i for k, i in wanted if k == "staff"],
                      competitors=[i for k, i in wanted if k == "competitor"])
    out = []
    for r in rows:
        new, where = wanted[(r["kind"], r["id"])]
        others = tuple(sorted(set(r["accounts"]) - importing))
        changes = _diff(r["props"], new)
        if others and changes:
            out.append(SharedChange(r["kind"], r["id"], where, changes, others))
    return sorted(out, key=lambda c: (c.kind, c.id))


def check_shared(store: Store, accounts: Sequence[AccountData], *,
                 update_shared: bool = False) -> list[SharedChange]:
    """The shared changes of an import; refused unless ``update_shared``.

    Raises
    ------
    ImportValidationError
        Naming each staff member or competitor, the file and line it comes from, what
        would change and the other accounts affected.
    """
    changes = shared_changes(store, accounts)
    if changes and not update_shared:
        issues = []
        for c in changes:
            file, _, line = c.where.rpartition(":")
            if not file or not line.isdigit():
                file, line = c.where, ""
            issues.append(ValidationIssue(
                file, int(line) if line else None, c.kind,
                c.describe() + ". Staff and competitors are shared by all accounts: give this "
                "one another id, or import with --update-shared to change it everywhere"))
        raise ImportValidationError(issues)
    return changes
