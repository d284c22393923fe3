"""Field coercion and per-record validation, driven by :data:`kamgraph.model.KINDS`.

Both readers (YAML and CSV) turn what they read into ``(kind, raw mapping, Loc)``
and hand it to :func:`coerce_record`, which checks every field against the kind's
:class:`~kamgraph.model.Field` list and returns the normalised record. Problems are
collected in an :class:`Issues` list, never raised one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kamgraph.formats.problems import (
    BAD_CHARS,
    MAX_ID,
    MAX_NAME,
    MAX_NUMBER,
    MAX_TEXT,
    Invalid,
    Issues,
    Loc,
    control_char,
    safe_name,
    show,
    suggest,
)
from kamgraph.formats.values import ATTR_PREFIX, coerce_value, is_empty
from kamgraph.i18n import N_, Text
from kamgraph.model import Kind
from kamgraph.records import Record

# the problems (where, how worded) and the value coercion live in their own modules
__all__ = [
    "MAX_ID",
    "MAX_NAME",
    "MAX_TEXT",
    "MAX_NUMBER",
    "BAD_CHARS",
    "ATTR_PREFIX",
    "control_char",
    "Loc",
    "Issues",
    "Invalid",
    "coerce_value",
    "coerce_record",
    "show",
    "safe_name",
    "suggest",
]


def coerce_record(
    kind: Kind,
    raw: Mapping[Any, Any],
    loc: Loc,
    issues: Issues,
    *,
    implied: Iterable[str] = (),
    unknown_word: str = "field",
) -> Record:
    """Check one written record against its kind and return the normalised record.

    Unknown keys, missing required fields and values that do not fit are added to
    ``issues``; fields that are fine are kept, so later checks can still run on them.
    Fields in ``implied`` are filled in by the caller and not required here.
    Unset optional fields are absent, unless the model gives them a default.

    Examples
    --------
    >>> from kamgraph.model import KINDS
    >>> issues = Issues()
    >>> coerce_record(KINDS["influence"], {"source": "a", "target": "b", "strength": 1},
    ...               Loc("f"), issues)
    {'source': 'a', 'target': 'b', 'strength': 1.0, 'basis': 'other', 'visibility': 'formal'}
    >>> coerce_record(KINDS["knows"], {"source": "a", "strenght": 1}, Loc("f", 3), issues) and None
    >>> for i in issues:
    ...     print(i)
    f:3: strenght: unknown field (did you mean 'strength'?)
    f:3: target: required field is missing
    f:3: strength: required field is missing
    """
    names = [f.name for f in kind.fields]
    for key in raw:
        if str(key) not in names:
            name = safe_name(str(key))
            unknown = (N_("unknown column{hint}") if unknown_word == "column"
                       else N_("unknown field{hint}"))
            issues.add(loc, name, Text(unknown, hint=suggest(name, names)))
    skip = set(implied)
    rec: Record = {}
    for f in kind.fields:
        value = raw.get(f.name)
        if is_empty(value):
            if f.required and f.name not in skip:
                issues.add(loc, f.name, Text(N_("required field is missing")))
            elif f.default is not None:
                rec[f.name] = f.default
            continue
        try:
            rec[f.name] = coerce_value(f, value)
        except Invalid as exc:
            issues.add(loc, f.name, exc.text)
    return rec
