"""Checks shared by the capture functions: names to ids, dates, one-line errors.

People and staff are named by id or by an unambiguous name (Chinese name, English
name or both, case ignored). A problem raises :class:`CaptureError`, which names the
command and the field and says that nothing was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kamgraph.errors import ImportValidationError, ValidationIssue
from kamgraph.formats.records import Issues, Loc, coerce_record, suggest
from kamgraph.i18n import N_, Text
from kamgraph.model import KINDS, AccountData, today
from kamgraph.projection import display_name

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["CaptureError", "fail", "find_person", "find_staff", "checked", "day"]


class CaptureError(ImportValidationError):
    """A capture was refused; nothing was written. The message is one line per problem."""

    def __str__(self) -> str:
        return "; ".join(f"{i.file}: {i.field + ': ' if i.field else ''}{i.message}"
                         for i in self.issues) + "; nothing was written"

    def localized(self) -> str:
        """As ``str(self)``, in the current language."""
        from kamgraph.i18n import _

        return _("{problems}; nothing was written").format(
            problems="; ".join(i.localized() for i in self.issues))


def fail(command: str, field: str | None, message: str) -> CaptureError:
    return CaptureError([ValidationIssue(f"kamgraph {command}", None, field, message)])


def _names(rec: Mapping[str, Any]) -> set[str]:
    out = {str(rec.get("id", "")).lower()}
    for name in (rec.get("name"), rec.get("name_en"), *(rec.get("alias") or ())):
        if name:
            out.add(str(name).strip().lower())
    out.add(display_name(dict(rec)).lower())
    return out


def _find(command: str, field: str, what: str, text: str,
          records: Iterable[Mapping[str, Any]], where: str) -> str:
    recs = list(records)
    for r in recs:
        if r.get("id") == text:
            return str(r["id"])
    wanted = text.strip().lower()
    hits = [r for r in recs if wanted in _names(r)]
    if len(hits) == 1:
        return str(hits[0]["id"])
    if len(hits) > 1:
        listed = ", ".join(f"{display_name(dict(r))} ({r['id']})" for r in hits[:5])
        raise fail(command, field, Text(N_("{text!r} could be {n} {what}s: {listed}; give the id"),
                                        text=text, n=len(hits), what=what, listed=listed))
    known = [str(r["id"]) for r in recs] + [str(r.get("name_en") or "") for r in recs]
    raise fail(command, field, Text(N_("no {what} {text!r} in {where}{hint}"), what=what,
                                    text=text, where=where, hint=suggest(text, known)))


def find_person(data: AccountData, text: str, command: str, field: str = "person") -> str:
    """The id of the account's person named ``text`` (id or unambiguous name)."""
    return _find(command, field, Text(N_("person")), text, data["person"],
                 Text(N_("account {account}"), account=data.account_id))


def find_staff(store: Store, data: AccountData, text: str, command: str,
               field: str = "staff") -> str:
    """The id of one of our staff: anyone by id, or by name among those serving the account."""
    for r in data["staff"]:
        if r["id"] == text:
            return text
    if store.read("read/staff_by_id", ids=[text]):
        return text
    return _find(command, field, Text(N_("staff member")), text, data["staff"],
                 Text(N_("the staff of account {account}"), account=data.account_id))


def find_staff_or_person(store: Store, data: AccountData, text: str, command: str,
                         field: str) -> tuple[str, str]:
    """``(id, "staff"|"person")`` for a tie or channel source."""
    try:
        return find_staff(store, data, text, command, field), "staff"
    except CaptureError:
        pass
    try:
        return find_person(data, text, command, field), "person"
    except CaptureError:
        raise fail(command, field, Text(N_("{text!r} is neither one of our staff nor a person "
                                           "of account {account}"),
                                        text=text, account=data.account_id)) from None


def day(command: str, field: str, value: dt.date | str | None, *,
        future: bool = False) -> dt.date:
    """A capture's date: today when not given; never later than today unless ``future``."""
    if value is None:
        return today()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise fail(command, field, Text(N_("{value!r} is not a date (YYYY-MM-DD)"),
                                            value=value)) from None
    if not future and value > today():
        raise fail(command, field, Text(N_("{value} is in the future"), value=value))
    return value


def checked(command: str, kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` checked and coerced exactly as an import checks a record of ``kind``."""
    issues = Issues()
    rec = coerce_record(KINDS[kind], {k: v for k, v in raw.items() if v is not None},
                        Loc(f"kamgraph {command}"), issues)
    if issues:
        raise CaptureError(list(issues))
    return rec
