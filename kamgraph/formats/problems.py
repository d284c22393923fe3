"""Where a problem with a record is and how it is worded: :class:`Loc`, :class:`Issues`,
:class:`Invalid`, the limits on values and the way values and names are quoted.
Re-exported by :mod:`kamgraph.formats.records`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kamgraph.errors import ValidationIssue
from kamgraph.i18n import N_, Text

__all__ = ["MAX_ID", "MAX_NAME", "MAX_TEXT", "MAX_NUMBER", "BAD_CHARS", "control_char", "Loc",
           "Issues", "Invalid", "show", "safe_name", "suggest"]

#: Longest id (or reference to one), name and other text accepted, in characters.
MAX_ID = 128
MAX_NAME = 300
MAX_TEXT = 10_000
#: Largest number accepted anywhere (no field needs more; the store's integers end at 2**63).
MAX_NUMBER = 1e15
#: Control characters (C0 but tab, line feed and carriage return; DEL; C1) and the lone
#: surrogates a YAML or JSON ``\\ud800`` escape can produce: never part of real data.
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")



def control_char(text: str) -> str | None:
    """Why ``text`` is refused for holding a control character or lone surrogate, or None.

    Examples
    --------
    >>> control_char("Tw\\ud800o")
    'contains a lone surrogate U+D800, which is not text'
    >>> control_char("a\\x00b"), control_char("王强\\n")
    ('contains the control character U+0000', None)
    """
    m = BAD_CHARS.search(text)
    if m is None:
        return None
    code = ord(m.group())
    if 0xD800 <= code <= 0xDFFF:
        return Text(N_("contains a lone surrogate U+{code:04X}, which is not text"), code=code)
    return Text(N_("contains the control character U+{code:04X}"), code=code)


@dataclass(frozen=True)
class Loc:
    """Where a record was read: file, line (YAML) or row (CSV), and per-field lines."""

    file: str
    line: int | None = None
    fields: Mapping[str, int] = field(default_factory=dict)
    row: bool = False

    def at(self, name: str | None) -> int | None:
        """Line of field ``name`` if known, else the record's line."""
        if name is not None and name in self.fields:
            return self.fields[name]
        return self.line

    def where(self, other_file: str | None = None) -> str:
        """``"line 12"`` / ``"row 3"``, prefixed with the file if it differs from ``other_file``.

        Examples
        --------
        >>> Loc("a.yaml", 12).where("a.yaml"), Loc("d/people.csv", 3, row=True).where("x")
        ('line 12', 'd/people.csv row 3')
        """
        if self.line is None:
            text = Text(N_("an earlier record"))
        else:
            text = Text(N_("row {n}") if self.row else N_("line {n}"), n=self.line)
        if other_file is not None and other_file != self.file:
            text = Text("{file} {where}", file=self.file, where=text) if self.file else text
        return text


class Issues(list[ValidationIssue]):
    """A growing list of :class:`~kamgraph.errors.ValidationIssue`."""

    def add(self, loc: Loc, name: str | None, message: str) -> None:
        """Record a problem with field ``name`` (or the whole record) at ``loc``; a
        :class:`~kamgraph.i18n.Text` message reaches the user in their language."""
        self.append(ValidationIssue(loc.file, loc.at(name), name, message))

    def add_at(self, file: str, line: int | None, name: str | None, message: str) -> None:
        """Record a problem at an explicit place."""
        self.append(ValidationIssue(file, line, name, message))


class Invalid(ValueError):
    """A value that does not fit its field; the message says why in plain words."""

    @property
    def text(self) -> str:
        """The message as given (a :class:`~kamgraph.i18n.Text` keeps its translation)."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def show(value: Any) -> str:
    """How a written value is quoted in messages.

    Examples
    --------
    >>> import datetime as dt
    >>> show("ceo"), show(1.5), show(True), show(dt.date(2026, 1, 2))
    ("'ceo'", '1.5', 'true', '2026-01-02')
    """
    if isinstance(value, str):
        return repr(value) if len(value) <= 80 else repr(value[:60]) + f"... ({len(value):,} chars)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def safe_name(name: str) -> str:
    """A field or column name as it may be printed: control characters escaped, cut short.

    Examples
    --------
    >>> safe_name("nmae"), safe_name("a\\x1b[31m"), len(safe_name("x" * 500))
    ('nmae', "'a\\\\x1b[31m'", 63)
    """
    if BAD_CHARS.search(name) or len(name) > 60:
        text = repr(name)
        return text if len(text) <= 60 else text[:60] + "..."
    return name


def suggest(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for a near miss, else ``""``.

    Examples
    --------
    >>> suggest("nmae", ["id", "name"])
    " (did you mean 'name'?)"
    """
    if len(name) > 64:
        return ""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.7)
    return Text(N_(" (did you mean {name!r}?)"), name=close[0]) if close else ""
